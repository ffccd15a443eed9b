using Microsoft.EntityFrameworkCore;
using Winwin.Data;
using Winwin.Live.Features.Live;
using Winwin.Live.Features.Public;

namespace Winwin.Live.Features.Deals;

// What a desk keeps in the browser to record deals while the network is away. It is staff data, yet it holds no
// contact details: a tablet left on a table shows nothing a participant's phone could not show.

/// <summary>An event as the browser desk works on it, at <c>Seq</c> (the desk follows the change feed from there).</summary>
public sealed record DeskDataDto(string Slug, string Name, EventPhase Phase, bool RequiresRatification, long Seq,
    IReadOnlyList<DeskCategoryDto> Categories, IReadOnlyList<DeskOrganizationDto> Organizations, IReadOnlyList<DeskListingDto> Listings);

/// <summary>A category the desk can choose, with its label in the desk's language and its default social value.</summary>
public sealed record DeskCategoryDto(int Id, string Key, string Label, decimal? DefaultValue);

public sealed record DeskOrganizationDto(int Id, string Name, OrganizationKind Kind, string? Table, bool IsPresent);

public sealed record DeskListingDto(int Id, int OrganizationId, ListingKind Kind, int CategoryId, string Title, ListingStatus Status);

/// <summary>
/// A deal as the desk lists it: with its version (for a correction), its status and reason, its private match form, and what
/// each party answered on its own link (in the order of <c>Deal.Parties</c>).
/// </summary>
public sealed record DeskDealDto(DealDto Deal, Guid Version, string? StatusReason, string RecordedBy, decimal? EstimatedValue, int? CategoryId, string PrivateToken,
    IReadOnlyList<PartyAnswer> Answers);

/// <summary>
/// The answer of the typing-time check: the problems of the draft by field (<c>parties[1].gives</c>, <c>estimatedValue</c>),
/// and the fields whose only problem is a mention of money that the facilitator may confirm (sent again with
/// <c>confirmMoneyMentions</c>).
/// </summary>
public sealed record DealCheckDto(IReadOnlyDictionary<string, string[]> Problems, IReadOnlyList<string> ToConfirm);

/// <summary>Reads for the browser desk.</summary>
public sealed class DeskQueries(IDbContextFactory<WinwinDbContext> dbFactory, PublicText text)
{
    /// <summary>How many recent deals the desk lists.</summary>
    public const int RecentDeals = 30;

    /// <summary>The event's name, or null when there is no such event.</summary>
    public async Task<string?> NameAsync(string slug, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Events.Where(e => e.Slug == slug).Select(e => e.Name).SingleOrDefaultAsync(cancellationToken);
    }

    public async Task<DeskDataDto?> GetAsync(string slug, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        // The Seq is read first: a change committed while the rest is read is replayed by the feed, and replaying is harmless.
        var ev = await db.Events.AsNoTracking().Include(e => e.Categories).SingleOrDefaultAsync(e => e.Slug == slug, cancellationToken);
        if (ev is null)
        {
            return null;
        }
        var organizations = await db.Organizations.AsNoTracking().Where(o => o.EventId == ev.Id).OrderBy(o => o.Name)
            .Select(o => new DeskOrganizationDto(o.Id, o.Name, o.Kind, o.TableNumber, o.IsPresent))
            .ToListAsync(cancellationToken);
        var listings = await db.Listings.AsNoTracking().Where(l => l.EventId == ev.Id).OrderBy(l => l.Id)
            .Select(l => new DeskListingDto(l.Id, l.OrganizationId, l.Kind, l.CategoryId, l.Title, l.Status))
            .ToListAsync(cancellationToken);
        var categories = ev.Categories.Where(c => !c.IsRetired).OrderBy(c => c.SortOrder)
            .Select(c => new DeskCategoryDto(c.Id, c.Key, text.Category(c.ToDto()), c.DefaultValue)).ToList();
        return new DeskDataDto(ev.Slug, ev.Name, ev.Phase, ev.RequiresRatification, ev.LastSeq, categories, organizations, listings);
    }

    /// <summary>The event's latest deals, newest first, whatever their status; null when the event does not exist.</summary>
    public async Task<IReadOnlyList<DeskDealDto>?> RecentDealsAsync(string slug, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var eventId = await db.Events.Where(e => e.Slug == slug).Select(e => (int?)e.Id).SingleOrDefaultAsync(cancellationToken);
        if (eventId is null)
        {
            return null;
        }
        var deals = await db.Deals.WithDetails().Where(d => d.EventId == eventId).OrderByDescending(d => d.Number).Take(RecentDeals)
            .ToListAsync(cancellationToken);
        return [.. deals.Select(d => new DeskDealDto(d.ToDto(), d.Version, d.StatusReason, d.RecordedByName, d.EstimatedValue, d.CategoryId, d.PrivateToken,
            [.. d.Parties.OrderBy(p => p.Position).Select(p => p.Answer)]))];
    }
}
