using Microsoft.EntityFrameworkCore;
using Winwin.Data;
using Winwin.Live.Features.Live;

namespace Winwin.Live.Features.Events;

// Staff views may show contact data: these records never go to public surfaces.
public sealed record StaffEventSummary(string Slug, string Name, string Municipality, DateTime StartsAt, EventPhase Phase, bool IsArchived, int Deals, int Organizations);

public sealed record StaffOrganization(int Id, string Name, OrganizationKind Kind, string? Sector, string? Table,
    string? ContactName, string? ContactEmail, string? ContactPhone, bool IsPresent,
    string? Description, string? Website, string? Notes, Guid Version, DateTime? ContactsErasedAt, bool ShowInReport, bool DeclinesFollowUp = false)
{
    /// <summary>How the deal form shows and finds it: by name or by table number.</summary>
    public string Label => Table is null ? Name : $"{Name} · {Table}";
}

public sealed record StaffListing(int Id, int OrganizationId, string OrganizationName, ListingKind Kind, CategoryDto Category, string Title, ListingStatus Status,
    int CategoryId, string? Description, string? Table, Guid Version);

public sealed record StaffCategory(int Id, CategoryDto Category, bool IsRetired = false, bool InUse = false, decimal? DefaultValue = null);

/// <summary>
/// One event's settings as staff change them: with the <c>Version</c> a change must name, whether it is archived, and
/// all its categories (retired ones included) with their ids. <c>RegistrationClosesAt</c> is the coordinator's date (null: the
/// public form closes when the event starts, <c>RegistrationEndsAt</c>); <c>ResultsEmbedSites</c> the sites that may frame the
/// public results page.
/// </summary>
public sealed record StaffEvent(string Slug, string Name, string Municipality, string Venue, DateTime StartsAt, DateTime EndsAt, EventPhase Phase,
    string DefaultLanguage, bool RequiresRatification, bool ShowSocialValue, string? BoardSecondLanguage, BilingualMode BoardBilingualMode,
    bool IsArchived, Guid Version, IReadOnlyList<StaffCategory> Categories, DateTime? RegistrationClosesAt, DateTime RegistrationEndsAt, string? ResultsEmbedSites);

/// <summary>One event as the control panel works on it. <c>Categories</c> are those in use; <c>AllCategories</c> include retired ones.</summary>
public sealed record EventDesk(int EventId, EventDto Event, IReadOnlyList<StaffOrganization> Organizations,
    IReadOnlyList<StaffListing> Listings, IReadOnlyList<StaffCategory> Categories,
    IReadOnlyList<StaffCategory> AllCategories, Guid Version, bool IsArchived, bool RequiresRatification = false,
    DateTime? RegistrationClosesAt = null, string? ResultsEmbedSites = null);

/// <summary>
/// Reads of the events for the control panel: the list of events, and one event's desk, which every staff panel of the
/// event receives (its organisations, listings and categories are defined here with it, so that the panels of
/// Organizations, Listings, Suggestions, ... use the desk without using one another).
/// </summary>
public sealed class EventQueries(IDbContextFactory<WinwinDbContext> dbFactory)
{
    /// <summary>Every event, those in use first, the latest first; the same order on every call (the address breaks ties).</summary>
    public async Task<IReadOnlyList<StaffEventSummary>> ListEventsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var events = await db.Events.AsNoTracking()
            .Select(e => new
            {
                e.Slug,
                e.Name,
                e.Municipality,
                e.StartsAt,
                e.Phase,
                e.IsArchived,
                Deals = db.Deals.Count(d => d.EventId == e.Id && d.Status == DealStatus.Announced),
                Organizations = db.Organizations.Count(o => o.EventId == e.Id),
            })
            .ToListAsync(cancellationToken);
        return [.. events.OrderBy(e => e.IsArchived).ThenByDescending(e => e.StartsAt).ThenBy(e => e.Slug, StringComparer.Ordinal)
            .Select(e => new StaffEventSummary(e.Slug, e.Name, e.Municipality, e.StartsAt, e.Phase, e.IsArchived, e.Deals, e.Organizations))];
    }

    /// <summary>One event's settings and categories, without its organisations and listings.</summary>
    public async Task<StaffEvent?> GetEventAsync(string slug, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var ev = await db.Events.AsNoTracking().Include(e => e.Categories).SingleOrDefaultAsync(e => e.Slug == slug, cancellationToken);
        if (ev is null)
        {
            return null;
        }
        return new StaffEvent(ev.Slug, ev.Name, ev.Municipality, ev.Venue, ev.StartsAt, ev.EndsAt, ev.Phase, ev.DefaultLanguage,
            ev.RequiresRatification, ev.ShowSocialValue, ev.BoardSecondLanguage, ev.BoardBilingualMode, ev.IsArchived, ev.Version,
            await CategoriesAsync(db, ev, cancellationToken), ev.RegistrationClosesAt, ev.RegistrationEndsAt,
            ev.ResultsEmbedSites);
    }

    public async Task<EventDesk?> GetDeskAsync(string slug, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var ev = await db.Events.AsNoTracking().Include(e => e.Categories).SingleOrDefaultAsync(e => e.Slug == slug, cancellationToken);
        if (ev is null)
        {
            return null;
        }
        var organizations = await StaffOrganizations(db.Organizations.AsNoTracking().Where(o => o.EventId == ev.Id).OrderBy(o => o.Name))
            .ToListAsync(cancellationToken);
        var listings = await db.Listings.AsNoTracking().Where(l => l.EventId == ev.Id)
            .Include(l => l.Organization).Include(l => l.Category)
            .OrderBy(l => l.Organization!.Name).ThenBy(l => l.Id)
            .ToListAsync(cancellationToken);
        var categories = await CategoriesAsync(db, ev, cancellationToken);
        return new EventDesk(ev.Id, ev.ToDto(), organizations,
            [.. listings.Select(StaffListingOf)],
            [.. categories.Where(c => !c.IsRetired)],
            categories, ev.Version, ev.IsArchived, ev.RequiresRatification, ev.RegistrationClosesAt, ev.ResultsEmbedSites);
    }

    /// <summary>The event's categories in their order, retired ones included, each saying whether a listing, a deal or a registration uses it.</summary>
    private static async Task<List<StaffCategory>> CategoriesAsync(WinwinDbContext db, Event ev, CancellationToken cancellationToken)
    {
        var used = await db.Listings.Where(l => l.EventId == ev.Id).Select(l => l.CategoryId)
            .Union(db.Deals.Where(d => d.EventId == ev.Id && d.CategoryId != null).Select(d => d.CategoryId!.Value))
            .Union(db.Registrations.Where(r => r.EventId == ev.Id).SelectMany(r => r.Entries).Select(e => e.CategoryId))
            .ToListAsync(cancellationToken);
        return [.. ev.Categories.OrderBy(c => c.SortOrder)
            .Select(c => new StaffCategory(c.Id, c.ToDto(), c.IsRetired, used.Contains(c.Id), c.DefaultValue))];
    }

    /// <summary>Organisations as staff see them (contact data included): the one projection of the panel and the API.</summary>
    public static IQueryable<StaffOrganization> StaffOrganizations(IQueryable<Organization> organizations) =>
        organizations.Select(o => new StaffOrganization(o.Id, o.Name, o.Kind, o.Sector, o.TableNumber, o.ContactName, o.ContactEmail, o.ContactPhone, o.IsPresent,
            o.Description, o.Website, o.Notes, o.Version, o.ContactsErasedAt, o.ShowInReport, o.DeclinesFollowUp));

    /// <summary>A listing as staff see it, read with its organisation and category.</summary>
    public static StaffListing StaffListingOf(Listing l) =>
        new(l.Id, l.OrganizationId, l.Organization!.Name, l.Kind, l.Category!.ToDto(), l.Title, l.Status, l.CategoryId, l.Description, l.Organization.TableNumber, l.Version);
}
