using Microsoft.EntityFrameworkCore;
using Winwin.Data;
using Winwin.Live.Features.Live;

namespace Winwin.Live.Features.Control;

// Staff views may show contact data: these records never go to public surfaces.
public sealed record StaffEventSummary(string Slug, string Name, string Municipality, DateTime StartsAt, EventPhase Phase, int Deals);

public sealed record StaffOrganization(int Id, string Name, OrganizationKind Kind, string? Sector, string? Table,
    string? ContactName, string? ContactEmail, string? ContactPhone, bool IsPresent)
{
    /// <summary>How the deal form shows and finds it: by name or by table number.</summary>
    public string Label => Table is null ? Name : $"{Name} · {Table}";
}

public sealed record StaffListing(int Id, int OrganizationId, string OrganizationName, ListingKind Kind, CategoryDto Category, string Title, ListingStatus Status);

public sealed record StaffCategory(int Id, CategoryDto Category);

public sealed record StaffDeal(DealDto Deal, string RecordedBy);

public sealed record EventDesk(int EventId, EventDto Event, IReadOnlyList<StaffOrganization> Organizations,
    IReadOnlyList<StaffListing> Listings, IReadOnlyList<StaffCategory> Categories);

/// <summary>Reads for the control panel.</summary>
public sealed class ControlQueries(IDbContextFactory<WinwinDbContext> dbFactory)
{
    public async Task<IReadOnlyList<StaffEventSummary>> ListEventsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var events = await db.Events.AsNoTracking()
            .Select(e => new { e.Slug, e.Name, e.Municipality, e.StartsAt, e.Phase, Deals = db.Deals.Count(d => d.EventId == e.Id && d.Status == DealStatus.Announced) })
            .ToListAsync(cancellationToken);
        return [.. events.OrderByDescending(e => e.StartsAt).Select(e => new StaffEventSummary(e.Slug, e.Name, e.Municipality, e.StartsAt, e.Phase, e.Deals))];
    }

    public async Task<EventDesk?> GetDeskAsync(string slug, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var ev = await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Slug == slug, cancellationToken);
        if (ev is null)
        {
            return null;
        }
        var organizations = await db.Organizations.AsNoTracking().Where(o => o.EventId == ev.Id).OrderBy(o => o.Name)
            .Select(o => new StaffOrganization(o.Id, o.Name, o.Kind, o.Sector, o.TableNumber, o.ContactName, o.ContactEmail, o.ContactPhone, o.IsPresent))
            .ToListAsync(cancellationToken);
        var listings = await db.Listings.AsNoTracking().Where(l => l.EventId == ev.Id)
            .Include(l => l.Organization).Include(l => l.Category)
            .OrderBy(l => l.Organization!.Name).ThenBy(l => l.Id)
            .ToListAsync(cancellationToken);
        var categories = await db.Categories.AsNoTracking().Where(c => c.EventId == ev.Id && !c.IsRetired).OrderBy(c => c.SortOrder)
            .ToListAsync(cancellationToken);
        return new EventDesk(ev.Id, ev.ToDto(), organizations,
            [.. listings.Select(l => new StaffListing(l.Id, l.OrganizationId, l.Organization!.Name, l.Kind, l.Category!.ToDto(), l.Title, l.Status))],
            [.. categories.Select(c => new StaffCategory(c.Id, c.ToDto()))]);
    }

    public async Task<IReadOnlyList<StaffDeal>> RecentDealsAsync(int eventId, int count, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var deals = await db.Deals.AsNoTracking().AsSplitQuery()
            .Where(d => d.EventId == eventId)
            .OrderByDescending(d => d.Number).Take(count)
            .Include(d => d.Category)
            .Include(d => d.Parties).ThenInclude(p => p.Organization)
            .Include(d => d.Fulfils)
            .ToListAsync(cancellationToken);
        return [.. deals.Select(d => new StaffDeal(d.ToDto(), d.RecordedByName))];
    }
}
