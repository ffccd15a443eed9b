using Microsoft.EntityFrameworkCore;
using Winwin.Data;
using Winwin.Live.Features.Live;

namespace Winwin.Live.Features.Deals;

/// <summary>
/// A deal as staff see it: with its version for edits, its status and reason, its value, its private link, its history, and
/// what each party answered on its own link (in the order of <c>Deal.Parties</c>).
/// </summary>
public sealed record StaffDeal(DealDto Deal, string RecordedBy, Guid Version, string? StatusReason, decimal? EstimatedValue, int? CategoryId,
    string PrivateToken, IReadOnlyList<StaffDealHistory> History, IReadOnlyList<PartyAnswer> Answers);

/// <summary>A page of deals as staff see them, the number of deals the filters match, and whether more follow.</summary>
public sealed record StaffDealPage(IReadOnlyList<StaffDeal> Items, int Total, bool HasMore);

public sealed record StaffDealHistory(DealAction Action, string ActorName, DateTime At, string? Detail);

/// <summary>Reads of the deals for the control panel and the API: the latest, those waiting for a notary, a page, one deal.</summary>
public sealed class DealQueries(IDbContextFactory<WinwinDbContext> dbFactory)
{
    public Task<IReadOnlyList<StaffDeal>> RecentDealsAsync(int eventId, int count, CancellationToken cancellationToken = default) =>
        DealsAsync(deals => deals.Where(d => d.EventId == eventId).OrderByDescending(d => d.Number).Take(count), cancellationToken);

    /// <summary>The deals waiting for a notary, oldest first.</summary>
    public Task<IReadOnlyList<StaffDeal>> PendingDealsAsync(int eventId, CancellationToken cancellationToken = default) =>
        DealsAsync(deals => deals.Where(d => d.EventId == eventId && d.Status == DealStatus.Pending).OrderBy(d => d.Number), cancellationToken);

    /// <summary>
    /// A page of an event's deals for scripts, by number: those numbered after <paramref name="after"/> (the cursor), at most
    /// <paramref name="pageSize"/>; <c>Total</c> counts every deal the filters match (statuses, none meaning all, and a
    /// number after <paramref name="since"/>), whatever the cursor. Null when there is no such event.
    /// </summary>
    public async Task<StaffDealPage?> PageAsync(string slug, IReadOnlyCollection<DealStatus> statuses, int since, int after, int pageSize,
        CancellationToken cancellationToken = default)
    {
        int eventId;
        int total;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            if (await EventIdAsync(db, slug, cancellationToken) is not { } id)
            {
                return null;
            }
            eventId = id;
            total = await Matching(db.Deals, eventId, statuses, since).CountAsync(cancellationToken);
        }
        // One more than asked tells whether a next page exists without counting again.
        var deals = await DealsAsync(all => Matching(all, eventId, statuses, Math.Max(since, after)).OrderBy(d => d.Number).Take(pageSize + 1),
            cancellationToken);
        return new StaffDealPage([.. deals.Take(pageSize)], total, deals.Count > pageSize);
    }

    /// <summary>One deal of an event by its number; null when the event or the deal does not exist.</summary>
    public async Task<StaffDeal?> GetAsync(string slug, int number, CancellationToken cancellationToken = default)
    {
        int eventId;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            if (await EventIdAsync(db, slug, cancellationToken) is not { } id)
            {
                return null;
            }
            eventId = id;
        }
        return (await DealsAsync(deals => deals.Where(d => d.EventId == eventId && d.Number == number), cancellationToken)).SingleOrDefault();
    }

    private static Task<int?> EventIdAsync(WinwinDbContext db, string slug, CancellationToken cancellationToken) =>
        db.Events.Where(e => e.Slug == slug).Select(e => (int?)e.Id).SingleOrDefaultAsync(cancellationToken);

    private static IQueryable<Deal> Matching(IQueryable<Deal> deals, int eventId, IReadOnlyCollection<DealStatus> statuses, int after)
    {
        var matching = deals.Where(d => d.EventId == eventId && d.Number > after);
        return statuses.Count == 0 ? matching : matching.Where(d => statuses.Contains(d.Status));
    }

    private async Task<IReadOnlyList<StaffDeal>> DealsAsync(Func<IQueryable<Deal>, IQueryable<Deal>> which, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var deals = await which(db.Deals.WithDetails().Include(d => d.History)).ToListAsync(cancellationToken);
        return [.. deals.Select(ToStaff)];
    }

    private static StaffDeal ToStaff(Deal d) => new(d.ToDto(), d.RecordedByName, d.Version, d.StatusReason, d.EstimatedValue, d.CategoryId, d.PrivateToken,
        [.. d.History.OrderBy(h => h.At).ThenBy(h => h.Id).Select(h => new StaffDealHistory(h.Action, h.ActorName, h.At, h.Detail))],
        [.. d.Parties.OrderBy(p => p.Position).Select(p => p.Answer)]);
}
