using Winwin.Data;
using Winwin.Live.Features.Live;

namespace Winwin.Live.Features.Deals;

/// <summary>
/// The screens' counters after a deal is announced, worked out from those before it instead of counted again after a
/// save: the announcement is then written in one save with its feed entry. The counts are those of
/// <see cref="LiveQueries.CountAsync"/>; a test checks that both agree.
/// </summary>
public static class DealCounters
{
    /// <param name="before">The counters before the announcement (the deal not yet counted).</param>
    /// <param name="deal">The announced deal.</param>
    /// <param name="fulfilled">The listings the deal fulfils; they were open until now.</param>
    public static CountersDto WithAnnounced(CountersDto before, Deal deal, IEnumerable<Listing> fulfilled) => before with
    {
        Deals = before.Deals + 1,
        WinWinDeals = before.WinWinDeals + (deal.IsReciprocal ? 1 : 0),
        OpenRequests = before.OpenRequests - fulfilled.Count(l => l.Kind == ListingKind.Request),
        SocialValue = before.SocialValue + (deal.EstimatedValue ?? 0),
    };
}
