using Microsoft.EntityFrameworkCore;
using Winwin.Data;
using Winwin.Live.Features.Live;

namespace Winwin.Live.Features.Deals;

/// <summary>A deal as staff see it: with its version for edits, its status and reason, its value, its private link and its history.</summary>
public sealed record StaffDeal(DealDto Deal, string RecordedBy, Guid Version, string? StatusReason, decimal? EstimatedValue, int? CategoryId,
    string PrivateToken, IReadOnlyList<StaffDealHistory> History);

public sealed record StaffDealHistory(DealAction Action, string ActorName, DateTime At, string? Detail);

/// <summary>Reads of the deals for the control panel: the latest, and those waiting for a notary.</summary>
public sealed class DealQueries(IDbContextFactory<WinwinDbContext> dbFactory)
{
    public Task<IReadOnlyList<StaffDeal>> RecentDealsAsync(int eventId, int count, CancellationToken cancellationToken = default) =>
        DealsAsync(deals => deals.Where(d => d.EventId == eventId).OrderByDescending(d => d.Number).Take(count), cancellationToken);

    /// <summary>The deals waiting for a notary, oldest first.</summary>
    public Task<IReadOnlyList<StaffDeal>> PendingDealsAsync(int eventId, CancellationToken cancellationToken = default) =>
        DealsAsync(deals => deals.Where(d => d.EventId == eventId && d.Status == DealStatus.Pending).OrderBy(d => d.Number), cancellationToken);

    private async Task<IReadOnlyList<StaffDeal>> DealsAsync(Func<IQueryable<Deal>, IQueryable<Deal>> which, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var deals = await which(db.Deals.WithDetails().Include(d => d.History)).ToListAsync(cancellationToken);
        return [.. deals.Select(ToStaff)];
    }

    private static StaffDeal ToStaff(Deal d) => new(d.ToDto(), d.RecordedByName, d.Version, d.StatusReason, d.EstimatedValue, d.CategoryId, d.PrivateToken,
        [.. d.History.OrderBy(h => h.At).ThenBy(h => h.Id).Select(h => new StaffDealHistory(h.Action, h.ActorName, h.At, h.Detail))]);
}
