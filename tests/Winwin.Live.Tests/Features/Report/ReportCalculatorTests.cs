using Winwin.Data;
using Winwin.Live.Features.Report;

namespace Winwin.Live.Tests.Features.Report;

/// <summary>
/// A small bourse whose figures were worked out by hand (see the comments): the calculator must find exactly the same.
/// </summary>
public class ReportCalculatorTests
{
    private static DateTime At(int hour, int minute, int second = 0) => new(2026, 3, 12, hour, minute, second, DateTimeKind.Utc);

    private static readonly ReportEvent Event = new("namur-2026", "Bourse Winwin de Namur", "Namur", "Hôtel de ville", At(17, 0), At(19, 0));

    // Six organisations: three companies (1, 3, 5), three associations (2, 4, 6); 3 has not agreed to be named; 6 has no deal.
    private static readonly ReportOrganization[] Organizations =
    [
        new(1, "Imprimerie Gilson", OrganizationKind.Company, "Imprimerie", ShowInReport: true),
        new(2, "Les Petits Débrouillards", OrganizationKind.Association, "Jeunesse", ShowInReport: true),
        new(3, "Garage Piron", OrganizationKind.Company, "Automobile", ShowInReport: false),
        new(4, "Restos du Cœur", OrganizationKind.Association, "Aide alimentaire", ShowInReport: true),
        new(5, "Fiduciaire Dumont", OrganizationKind.Company, Sector: "  ", ShowInReport: true),
        new(6, "Club photo", OrganizationKind.Association, "Jeunesse", ShowInReport: true),
    ];

    // Offers: 2 (the withdrawn one does not count). Requests: 3, of which 2 fulfilled.
    private static readonly ReportListing[] Listings =
    [
        new(1, ListingKind.Offer, ListingStatus.Open),
        new(3, ListingKind.Offer, ListingStatus.Fulfilled),
        new(5, ListingKind.Offer, ListingStatus.Withdrawn),
        new(2, ListingKind.Request, ListingStatus.Fulfilled),
        new(4, ListingKind.Request, ListingStatus.Open),
        new(4, ListingKind.Request, ListingStatus.Fulfilled),
        new(6, ListingKind.Request, ListingStatus.Withdrawn),
    ];

    private static readonly ReportDeal[] Deals =
    [
        new(1, At(17, 5), "Matériel", IsReciprocal: true, 500m, FollowUpStatus.Done, [1, 2]),
        new(2, At(17, 12), "Matériel", IsReciprocal: false, 250m, FollowUpStatus.PartlyDone, [3, 4]),
        new(3, At(16, 58), "Savoir-faire", IsReciprocal: true, null, FollowUpStatus.InProgress, [1, 4]),
        new(4, At(18, 40), null, IsReciprocal: true, 1000m, FollowUpStatus.NotFeasible, [2, 5]),
        new(5, At(18, 59, 59), "Visibilité", IsReciprocal: false, 125.5m, FollowUpStatus.NotContacted, [1, 2, 3]),
        new(6, At(19, 3), "Matériel", IsReciprocal: true, null, FollowUpStatus.Cancelled, [4, 5]),
    ];

    private static ImpactReport Compute() => ReportCalculator.Compute(new ReportInput(Event, Organizations, Listings, Deals));

    [Fact]
    public void Compute_KnownBourse_OrganisationsListingsAndDealsAsCountedByHand()
    {
        var r = Compute();

        Assert.Equal((6, 3, 3), (r.Organizations, r.Companies, r.Associations));
        Assert.Equal(5, r.OrganizationsInDeals); // 1 to 5 take part in a deal, 6 does not
        Assert.Equal((2, 3, 2), (r.Offers, r.Requests, r.RequestsFulfilled));
        Assert.Equal((6, 4), (r.Deals, r.WinWinDeals)); // deals 1, 3, 4 and 6 are win-win
        Assert.Equal(0.6667m, r.ReciprocityRate); // 4 / 6 = 0.666…
        Assert.Equal(1875.5m, r.SocialValue); // 500 + 250 + 1000 + 125.5
        Assert.Equal(4, r.DealsWithValue);
    }

    [Fact]
    public void Compute_KnownBourse_CategoriesAndSectorsRankedMostFirstNotGivenLast()
    {
        var r = Compute();

        Assert.Equal([new("Matériel", 3), new("Savoir-faire", 1), new("Visibilité", 1), new(null, 1)], r.ByCategory);
        // Per deal, each sector among its parties once: Imprimerie 1, 3, 5; Jeunesse 1, 4, 5; Aide alimentaire 2, 3, 6;
        // Automobile 2, 5; no sector (organisation 5, blank) 4, 6.
        Assert.Equal([new("Aide alimentaire", 3), new("Imprimerie", 3), new("Jeunesse", 3), new("Automobile", 2), new(null, 2)], r.BySector);
    }

    [Fact]
    public void Compute_KnownBourse_RealisationRateIsDoneAndPartlyDoneOverFollowedUp()
    {
        var f = Compute().FollowUp;

        Assert.Equal([1, 0, 1, 1, 1, 1, 1], Enum.GetValues<FollowUpStatus>().Select(s => f[s]));
        Assert.Equal(5, f.FollowedUp); // all but deal 5, never contacted
        Assert.Equal(2, f.Realised); // deal 1 done, deal 2 partly done
        Assert.Equal(0.4m, f.RealisationRate); // 2 / 5
        Assert.Equal(750m, f.RealisedValue); // 500 + 250
    }

    [Fact]
    public void Compute_KnownBourse_TimelinePerTenMinutesEarlyAndLateDealsInTheEdgeSlots()
    {
        var timeline = Compute().Timeline;

        Assert.Equal(12, timeline.Count); // 17:00 to 19:00
        Assert.Equal(At(17, 0), timeline[0].From);
        Assert.Equal(At(18, 50), timeline[^1].From);
        // 16:58 (early) and 17:05 in the first slot; 17:12 in the second; 18:40 in the eleventh; 18:59:59 and 19:03 (late) in the last.
        Assert.Equal([2, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2], timeline.Select(s => s.Count));
    }

    [Fact]
    public void Compute_KnownBourse_TopContributorsOnlyThoseWhoAgreedAndHaveADeal()
    {
        var top = Compute().TopContributors;

        // Garage Piron (2 deals) did not agree; Club photo has no deal. Three organisations tie on 3 deals, 2 win-win: by name.
        Assert.Equal(
            [new Contributor("Imprimerie Gilson", OrganizationKind.Company, 3, 2), new Contributor("Les Petits Débrouillards", OrganizationKind.Association, 3, 2),
             new Contributor("Restos du Cœur", OrganizationKind.Association, 3, 2), new Contributor("Fiduciaire Dumont", OrganizationKind.Company, 2, 2)],
            top);
    }

    [Fact]
    public void FollowUpOf_CityFigures_RealisationRateOfTheFollowedUpDeals()
    {
        // The city that tallied by hand: 292 matches, 134 done, 113 in progress, 7 never contacted, 38 not feasible.
        var deals = new List<ReportDeal>();
        void Add(int count, FollowUpStatus status) =>
            deals.AddRange(Enumerable.Range(0, count).Select(i => new ReportDeal(deals.Count + i + 1, At(17, 30), null, false, null, status, [1, 2])));
        Add(134, FollowUpStatus.Done);
        Add(113, FollowUpStatus.InProgress);
        Add(7, FollowUpStatus.NotContacted);
        Add(38, FollowUpStatus.NotFeasible);

        var f = ReportCalculator.FollowUpOf(deals);

        Assert.Equal((285, 134), (f.FollowedUp, f.Realised));
        Assert.Equal(0.4702m, f.RealisationRate); // 134 / 285 = 0.47017…
    }

    [Fact]
    public void Compute_NoDeals_RatesUnknownNotZeroTimelineEmpty()
    {
        var r = ReportCalculator.Compute(new ReportInput(Event, Organizations, [], []));

        Assert.Null(r.ReciprocityRate);
        Assert.Null(r.FollowUp.RealisationRate);
        Assert.Equal(0, r.Deals);
        Assert.Empty(r.TopContributors);
        Assert.All(r.Timeline, s => Assert.Equal(0, s.Count));
    }
}
