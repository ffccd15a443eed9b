using Winwin.Data;

namespace Winwin.Live.Features.Report;

// The report's input: plain facts about one event, with labels already in the reader's language.

public sealed record ReportEvent(string Slug, string Name, string Municipality, string Venue, DateTime StartsAt, DateTime EndsAt);

public sealed record ReportOrganization(int Id, string Name, OrganizationKind Kind, string? Sector, bool ShowInReport);

public sealed record ReportListing(int OrganizationId, ListingKind Kind, ListingStatus Status);

/// <summary>
/// An announced deal: when, what category, win-win or not, its estimated value, its follow-up and its parties (in their
/// order), with what each gives (<c>Gives[i]</c> is what party <c>PartyIds[i]</c> gives; null when not read).
/// </summary>
public sealed record ReportDeal(int Number, DateTime RecordedAt, string? Category, bool IsReciprocal, decimal? EstimatedValue,
    FollowUpStatus FollowUp, IReadOnlyList<int> PartyIds, IReadOnlyList<string?>? Gives = null);

public sealed record ReportInput(ReportEvent Event, IReadOnlyList<ReportOrganization> Organizations, IReadOnlyList<ReportListing> Listings,
    IReadOnlyList<ReportDeal> Deals);

// The report's figures.

/// <summary>A label and how many; <c>Label</c> null means "not given" (no category, no sector).</summary>
public sealed record ReportCount(string? Label, int Count);

/// <summary>Deals recorded in the ten minutes from <c>From</c> (UTC).</summary>
public sealed record TimelineSlot(DateTime From, int Count);

public sealed record Contributor(string Name, OrganizationKind Kind, int Deals, int WinWinDeals);

/// <summary>How the follow-up stands: one count per status, and the realisation rate.</summary>
/// <remarks>
/// <c>FollowedUp</c> counts the deals whose status is no longer "not contacted"; <c>Realised</c> the deals done or partly done.
/// The realisation rate is <c>Realised / FollowedUp</c>, null while no deal has been followed up.
/// </remarks>
public sealed record FollowUpFigures(IReadOnlyDictionary<FollowUpStatus, int> ByStatus, int FollowedUp, int Realised, decimal? RealisationRate, decimal RealisedValue)
{
    public int this[FollowUpStatus status] => ByStatus[status];
}

public sealed record ImpactReport(
    ReportEvent Event,
    int Organizations, int Companies, int Associations, int OrganizationsInDeals,
    int Offers, int Requests, int RequestsFulfilled,
    int Deals, int WinWinDeals, decimal? ReciprocityRate,
    decimal SocialValue, int DealsWithValue,
    IReadOnlyList<ReportCount> ByCategory, IReadOnlyList<ReportCount> BySector,
    FollowUpFigures FollowUp,
    IReadOnlyList<Contributor> TopContributors,
    IReadOnlyList<TimelineSlot> Timeline);

/// <summary>
/// Computes the impact report of one event from plain facts: no database, no clock, no language. Every figure here
/// is defined in one place; the tests compute them from a known dataset by hand.
/// </summary>
public static class ReportCalculator
{
    public static readonly TimeSpan SlotLength = TimeSpan.FromMinutes(10);

    public const int TopContributorCount = 10;

    /// <summary>Rates are fractions (0.5 = 50 %) rounded to four decimals, so that a printed percentage has at most two.</summary>
    public static decimal? Rate(int part, int whole) => whole == 0 ? null : Math.Round((decimal)part / whole, 4, MidpointRounding.AwayFromZero);

    public static ImpactReport Compute(ReportInput input)
    {
        var deals = input.Deals;
        var organizations = input.Organizations.ToDictionary(o => o.Id);
        var winWin = deals.Count(d => d.IsReciprocal);
        var partyIds = deals.SelectMany(d => d.PartyIds).ToHashSet();

        return new ImpactReport(
            input.Event,
            Organizations: input.Organizations.Count,
            Companies: input.Organizations.Count(o => o.Kind == OrganizationKind.Company),
            Associations: input.Organizations.Count(o => o.Kind == OrganizationKind.Association),
            OrganizationsInDeals: input.Organizations.Count(o => partyIds.Contains(o.Id)),
            Offers: input.Listings.Count(l => l.Kind == ListingKind.Offer && l.Status != ListingStatus.Withdrawn),
            Requests: input.Listings.Count(l => l.Kind == ListingKind.Request && l.Status != ListingStatus.Withdrawn),
            RequestsFulfilled: input.Listings.Count(l => l.Kind == ListingKind.Request && l.Status == ListingStatus.Fulfilled),
            Deals: deals.Count,
            WinWinDeals: winWin,
            ReciprocityRate: Rate(winWin, deals.Count),
            SocialValue: deals.Sum(d => d.EstimatedValue ?? 0),
            DealsWithValue: deals.Count(d => d.EstimatedValue is not null),
            ByCategory: Ranked(deals.GroupBy(d => d.Category).Select(g => new ReportCount(g.Key, g.Count()))),
            BySector: Ranked(deals
                .SelectMany(d => d.PartyIds.Select(id => organizations.TryGetValue(id, out var o) ? Sector(o.Sector) : null).Distinct())
                .GroupBy(sector => sector)
                .Select(g => new ReportCount(g.Key, g.Count()))),
            FollowUp: FollowUpOf(deals),
            TopContributors: TopContributors(deals, input.Organizations),
            Timeline: Timeline(input.Event, deals));
    }

    /// <summary>Per status (every status listed, zero included), followed up = not "not contacted", realised = done + partly done.</summary>
    public static FollowUpFigures FollowUpOf(IReadOnlyList<ReportDeal> deals)
    {
        var byStatus = Enum.GetValues<FollowUpStatus>().ToDictionary(s => s, s => deals.Count(d => d.FollowUp == s));
        var followedUp = deals.Count - byStatus[FollowUpStatus.NotContacted];
        var realised = deals.Where(d => d.FollowUp is FollowUpStatus.Done or FollowUpStatus.PartlyDone).ToList();
        return new FollowUpFigures(byStatus, followedUp, realised.Count, Rate(realised.Count, followedUp), realised.Sum(d => d.EstimatedValue ?? 0));
    }

    /// <summary>
    /// The organisations that agreed to be named (<see cref="Organization.ShowInReport"/>), by number of deals, then win-win deals,
    /// then name; only those with at least one deal; ten at most.
    /// </summary>
    public static IReadOnlyList<Contributor> TopContributors(IReadOnlyList<ReportDeal> deals, IReadOnlyList<ReportOrganization> organizations) =>
        [.. organizations.Where(o => o.ShowInReport)
            .Select(o => new Contributor(o.Name, o.Kind, deals.Count(d => d.PartyIds.Contains(o.Id)), deals.Count(d => d.IsReciprocal && d.PartyIds.Contains(o.Id))))
            .Where(c => c.Deals > 0)
            .OrderByDescending(c => c.Deals).ThenByDescending(c => c.WinWinDeals).ThenBy(c => c.Name, StringComparer.CurrentCulture)
            .Take(TopContributorCount)];

    /// <summary>
    /// Deals per ten minutes from the start to the end of the event; a deal recorded before the start counts in the first slot,
    /// one recorded after the end in the last (a deal typed in just after the gong was concluded during the event).
    /// </summary>
    public static IReadOnlyList<TimelineSlot> Timeline(ReportEvent ev, IReadOnlyList<ReportDeal> deals)
    {
        var slots = Math.Max(1, (int)Math.Ceiling((ev.EndsAt - ev.StartsAt) / SlotLength));
        var counts = new int[slots];
        foreach (var deal in deals)
        {
            var index = (int)Math.Floor((deal.RecordedAt - ev.StartsAt) / SlotLength);
            counts[Math.Clamp(index, 0, slots - 1)]++;
        }
        return [.. counts.Select((count, i) => new TimelineSlot(ev.StartsAt + (SlotLength * i), count))];
    }

    private static string? Sector(string? sector) => string.IsNullOrWhiteSpace(sector) ? null : sector.Trim();

    /// <summary>Most first; equal counts by label; "not given" last.</summary>
    private static List<ReportCount> Ranked(IEnumerable<ReportCount> counts) =>
        [.. counts.OrderBy(c => c.Label is null).ThenByDescending(c => c.Count).ThenBy(c => c.Label, StringComparer.CurrentCulture)];
}

/// <summary>The key figures of one edition, for comparing a municipality's bourses year after year.</summary>
public sealed record EditionFigures(string Slug, string Name, DateTime StartsAt, int Organizations, int Offers, int Requests, int Deals,
    decimal? ReciprocityRate, decimal? RealisationRate, decimal SocialValue)
{
    public static EditionFigures Of(ImpactReport report) => new(report.Event.Slug, report.Event.Name, report.Event.StartsAt,
        report.Organizations, report.Offers, report.Requests, report.Deals, report.ReciprocityRate, report.FollowUp.RealisationRate, report.SocialValue);
}
