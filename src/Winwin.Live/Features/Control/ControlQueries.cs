using Winwin.Live.Features.Deals;
using Winwin.Live.Features.Events;

namespace Winwin.Live.Features.Control;

/// <summary>The reads of the desk pages, each answered by the feature that owns it.</summary>
public sealed class ControlQueries(EventQueries events, DealQueries deals)
{
    public Task<EventDesk?> GetDeskAsync(string slug, CancellationToken cancellationToken = default) => events.GetDeskAsync(slug, cancellationToken);

    public Task<IReadOnlyList<StaffDeal>> RecentDealsAsync(int eventId, int count, CancellationToken cancellationToken = default) =>
        deals.RecentDealsAsync(eventId, count, cancellationToken);

    public Task<IReadOnlyList<StaffDeal>> PendingDealsAsync(int eventId, CancellationToken cancellationToken = default) =>
        deals.PendingDealsAsync(eventId, cancellationToken);
}
