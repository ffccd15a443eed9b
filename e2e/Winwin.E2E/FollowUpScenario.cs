using Microsoft.EntityFrameworkCore;
using Winwin.Data;
using Winwin.Data.Seeding;
using Winwin.Live.Tests;

namespace Winwin.E2E;

/// <summary>
/// Past bourses with their deals and a follow-up under way, written straight to the database: the deals happened on the
/// evening of the event, weeks before the clock of the test.
/// </summary>
public static class FollowUpScenario
{
    /// <summary>
    /// The municipality of the report's editions: one that no other event of the shared test site has (the dress
    /// rehearsal's bourse is in Ottignies-Louvain-la-Neuve); a test that seeds its own editions names its own.
    /// </summary>
    public const string Municipality = "Incourt";

    private const FollowUpStatus D = FollowUpStatus.Done;
    private const FollowUpStatus P = FollowUpStatus.PartlyDone;
    private const FollowUpStatus I = FollowUpStatus.InProgress;
    private const FollowUpStatus C = FollowUpStatus.Contacted;
    private const FollowUpStatus N = FollowUpStatus.NotContacted;
    private const FollowUpStatus F = FollowUpStatus.NotFeasible;
    private const FollowUpStatus X = FollowUpStatus.Cancelled;

    /// <summary>24 deals: 9 done, 3 partly done, 4 in progress, 1 contacted, 4 never contacted (4, 12, 18, 22), 2 not feasible, 1 cancelled.</summary>
    public static readonly FollowUpStatus[] Statuses = [D, D, I, N, D, P, C, D, F, I, D, N, D, P, I, D, X, N, D, I, P, N, D, F];

    /// <summary>Minutes after the opening at which each deal was recorded: a slow start, a busy middle, a last-call rush.</summary>
    private static readonly int[] Minutes = [6, 14, 22, 27, 31, 36, 39, 44, 47, 51, 55, 58, 62, 66, 69, 73, 78, 84, 91, 99, 104, 109, 113, 117];

    private static readonly string[] Notes =
    [
        "Ordinateurs livrés le 4 novembre ; photo reçue pour la newsletter.",
        "Camionnette prêtée deux jeudis, la suite en décembre.",
        "",
        "",
        "Haie plantée le 14 novembre avec douze bénévoles.",
        "Une partie seulement : 3 étagères sur 5.",
        "Message laissé, rappeler lundi.",
    ];

    public static async Task<string> SeedAsync(WinwinApplication app, string slug, DateTime eveningUtc, int deals, IReadOnlyList<FollowUpStatus> statuses, bool archived = false, string municipality = Municipality)
    {
        await using var db = await app.DbFactory.CreateDbContextAsync();
        var ev = DemoEvent.Create(eveningUtc.Date);
        ev.Slug = slug;
        ev.Name = $"Bourse Winwin de Louvain-la-Neuve {eveningUtc.Year}";
        ev.Municipality = municipality;
        ev.Venue = "Aula Magna";
        ev.StartsAt = eveningUtc;
        ev.EndsAt = eveningUtc.AddHours(2);
        ev.Phase = EventPhase.Closed;
        ev.IsArchived = archived;
        var index = 0;
        foreach (var organization in ev.Organizations)
        {
            // Most agree to be named in the report; two prefer not to.
            organization.ShowInReport = index++ % 7 != 3;
        }
        db.Events.Add(ev);
        await db.SaveChangesAsync();

        var organizations = ev.Organizations.OrderBy(o => o.Id).ToList();
        var categories = ev.Categories.OrderBy(c => c.SortOrder).ToList();
        var requests = await db.Listings.Where(l => l.EventId == ev.Id && l.Kind == ListingKind.Request).ToListAsync();
        for (var i = 0; i < deals; i++)
        {
            var first = organizations[i % organizations.Count];
            var second = organizations[((i * 7) + 3) % organizations.Count];
            if (second.Id == first.Id)
            {
                second = organizations[(i + 1) % organizations.Count];
            }
            var status = statuses[i % statuses.Count];
            var reciprocal = i % 4 != 1;
            var deal = new Deal
            {
                EventId = ev.Id,
                Number = i + 1,
                IdempotencyKey = Guid.NewGuid(),
                CategoryId = categories[(i * 3) % categories.Count].Id,
                EstimatedValue = i % 5 == 4 ? null : 150 + (50 * (i % 6)),
                IsReciprocal = reciprocal,
                Status = DealStatus.Announced,
                RecordedById = "seed",
                RecordedByName = "Fatima Facilitatrice",
                RecordedAt = eveningUtc.AddMinutes(Minutes[i % Minutes.Length]),
                FollowUpStatus = status,
                FollowUpNotes = status == FollowUpStatus.NotContacted ? null : Notes[i % Notes.Length] is { Length: > 0 } note ? note : null,
                FollowUpById = status == FollowUpStatus.NotContacted ? null : "seed",
                FollowUpByName = status == FollowUpStatus.NotContacted ? null : "Claire Coordinatrice",
                FollowUpAt = status == FollowUpStatus.NotContacted ? null : eveningUtc.AddDays(22 + (i % 9)),
                Parties =
                [
                    new DealParty { OrganizationId = first.Id, Gives = "Un coup de main d'une journée", Position = 0 },
                    new DealParty { OrganizationId = second.Id, Gives = reciprocal ? "Une visite guidée pour le personnel" : null, Position = 1 },
                ],
            };
            if (requests.FirstOrDefault(r => r.Status == ListingStatus.Open && (r.OrganizationId == first.Id || r.OrganizationId == second.Id)) is { } request)
            {
                request.Status = ListingStatus.Fulfilled;
                deal.Fulfils.Add(new DealListing { ListingId = request.Id });
            }
            db.Deals.Add(deal);
        }
        ev.LastDealNumber = deals;
        // The retention rule already erased one participant's contact details (it asked to be forgotten).
        var erased = organizations.Single(o => o.Name == "Hôtel Les Tilleuls");
        erased.ContactName = erased.ContactEmail = erased.ContactPhone = null;
        erased.ContactsErasedAt = eveningUtc.AddDays(20);
        await db.SaveChangesAsync();
        return slug;
    }
}
