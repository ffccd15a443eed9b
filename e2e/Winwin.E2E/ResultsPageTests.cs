using System.Net;
using System.Net.Sockets;
using Microsoft.Playwright;
using Winwin.Data;
using Winwin.E2E.Rehearsal;
using Xunit.Abstractions;

namespace Winwin.E2E;

/// <summary>The public results as a journalist or a municipality's website sees them: on a phone, on a laptop, on paper and in a frame.</summary>
[Collection(LiveSiteCollection.Name)]
public class ResultsPageTests(LiveSite site, ITestOutputHelper output)
{
    private const string Slug = "resultats-ottignies";

    /// <summary>A closed bourse: long names, three parties each giving 300 characters, some organisations that agreed to be named.</summary>
    private async Task SeedAsync(string slug, string? embedSites)
    {
        await using var db = await site.App.DbFactory.CreateDbContextAsync();
        if (db.Events.Any(e => e.Slug == slug))
        {
            return;
        }
        var ev = new Event
        {
            Slug = slug,
            Name = "Bourse d'échanges Winwin d'Ottignies-Louvain-la-Neuve — édition d'automne au Centre culturel",
            Municipality = "Ottignies-Louvain-la-Neuve",
            Venue = "Centre culturel d'Ottignies, grande salle",
            StartsAt = new DateTime(2026, 10, 22, 16, 0, 0, DateTimeKind.Utc),
            EndsAt = new DateTime(2026, 10, 22, 18, 0, 0, DateTimeKind.Utc),
            Phase = EventPhase.Closed,
            ShowSocialValue = true,
            ResultsEmbedSites = embedSites,
            Categories = Category.CreateDefaults(),
        };
        (string Name, OrganizationKind Kind, string Sector, bool Named)[] organizations =
        [
            ("Association des parents de l'école communale fondamentale du Centre d'Ottignies-Louvain-la-Neuve", OrganizationKind.Association, "Enseignement", true),
            ("Menuiserie et ébénisterie artisanale Van den Broeck-Delvaux et fils, atelier de Limelette", OrganizationKind.Company, "Construction et artisanat", true),
            ("Maison de jeunes et centre d'expression et de créativité de Louvain-la-Neuve asbl", OrganizationKind.Association, "Jeunesse et culture", false),
            ("Imprimerie Gilson", OrganizationKind.Company, "Imprimerie et communication", true),
            ("Croix-Rouge de Belgique, maison de la Croix-Rouge d'Ottignies-Louvain-la-Neuve", OrganizationKind.Association, "Action sociale", false),
            ("Brasserie du Cerf", OrganizationKind.Company, "Horeca", false),
        ];
        ev.Organizations.AddRange(organizations.Select((o, i) => new Organization
        {
            Name = o.Name,
            Kind = o.Kind,
            Sector = o.Sector,
            ShowInReport = o.Named,
            TableNumber = $"{i + 1}",
            ContactName = $"Contact Secret {i}",
            ContactEmail = $"secret{i}@contact.example",
            ContactPhone = $"+32 470 00 00 0{i}",
        }));
        db.Events.Add(ev);
        await db.SaveChangesAsync();
        var categories = ev.Categories.ToDictionary(c => c.Key);
        // Four requests, three of them fulfilled by a deal.
        db.Listings.AddRange([.. new[] { (2, ListingStatus.Fulfilled), (4, ListingStatus.Fulfilled), (0, ListingStatus.Fulfilled), (4, ListingStatus.Open) }
            .Select((r, i) => new Listing { EventId = ev.Id, OrganizationId = ev.Organizations[r.Item1].Id, Kind = ListingKind.Request, CategoryId = categories["means"].Id,
                Title = $"Demande {i + 1}", Status = r.Item2 })]);
        string Long(string start) => (start + " " + string.Concat(Enumerable.Repeat("avec le transport, l'installation et un suivi sur place pendant la première semaine, ", 5)))[..Deal.GivesMaxLength];
        (int[] Parties, string?[] Gives, string Category, decimal? Value)[] deals =
        [
            ([0, 1, 2], [Long("Un atelier de bricolage pour quarante enfants"), Long("Des planches et chutes de bois de chêne et de hêtre"), Long("Une fresque peinte par les jeunes")], "means", 1500m),
            ([3, 4], ["500 affiches A3 en couleur pour la collecte de sang", "Une formation aux premiers secours pour huit employés"], "knowledge", 900m),
            ([5, 2], ["La salle du premier étage un samedi par mois", null], "space", 400m),
            ([1, 4], ["Deux étagères sur mesure pour le vestiaire social", "Une animation sur la sécurité au travail"], "hands", null),
            ([3, 0], ["Les invitations de la fête de l'école", "Un stand à la fête de l'école"], "visibility", 250m),
        ];
        var number = 0;
        foreach (var (parties, gives, category, value) in deals)
        {
            number++;
            db.Deals.Add(new Deal
            {
                EventId = ev.Id,
                Number = number,
                IdempotencyKey = Guid.NewGuid(),
                CategoryId = categories[category].Id,
                EstimatedValue = value,
                IsReciprocal = Deal.AreReciprocal(gives),
                RecordedAt = ev.StartsAt.AddMinutes(10 * number),
                RecordedById = "seed",
                RecordedByName = "Facilitatrice",
                FollowUpStatus = number <= 2 ? FollowUpStatus.Done : FollowUpStatus.NotContacted,
                Parties = [.. parties.Select((p, i) => new DealParty { OrganizationId = ev.Organizations[p].Id, Gives = gives[i], Position = i })],
            });
        }
        // A retracted deal: never on the results.
        db.Deals.Add(new Deal
        {
            EventId = ev.Id,
            Number = ++number,
            IdempotencyKey = Guid.NewGuid(),
            Status = DealStatus.Retracted,
            RecordedAt = ev.StartsAt.AddMinutes(90),
            RecordedById = "seed",
            RecordedByName = "Facilitatrice",
            Parties = [new DealParty { OrganizationId = ev.Organizations[5].Id, Gives = "Un tonneau retiré", Position = 0 }, new DealParty { OrganizationId = ev.Organizations[0].Id, Position = 1 }],
        });
        ev.LastDealNumber = number;
        await db.SaveChangesAsync();
    }

    [Theory]
    [InlineData(390, 844)]
    [InlineData(1280, 720)]
    public async Task Results_PhoneAndLaptop_NothingCutAccessibleEveryLinkAnswersAndPrintsWithoutTheBar(int width, int height)
    {
        await site.RunAsync(async () =>
        {
            await SeedAsync(Slug, null);
            var tab = await site.OpenAsync(width, height);

            var response = await tab.GotoAsync($"/e/{Slug}/results");

            Assert.Equal(200, response?.Status);
            await Assertions.Expect(tab.Locator("h1")).ToContainTextAsync("Résultats — Bourse d'échanges Winwin d'Ottignies");
            await Assertions.Expect(tab.Locator(".deal")).ToHaveCountAsync(5);
            await Assertions.Expect(tab.Locator("[data-testid='provisional']")).ToHaveCountAsync(0);
            await Assertions.Expect(tab.Locator(".deal[data-number='1'] .party-name")).ToHaveTextAsync(
                ["Association des parents de l'école communale fondamentale du Centre d'Ottignies-Louvain-la-Neuve",
                 "Menuiserie et ébénisterie artisanale Van den Broeck-Delvaux et fils, atelier de Limelette", "Une association"]);
            await Assertions.Expect(tab.Locator("body")).Not.ToContainTextAsync("Croix-Rouge");
            await Assertions.Expect(tab.Locator("body")).Not.ToContainTextAsync("secret");
            await Assertions.Expect(tab.Locator("body")).Not.ToContainTextAsync("Un tonneau retiré");
            await Assertions.Expect(tab.Locator("[data-figure='realisation'] .figure")).ToHaveTextAsync("100 %");
            await Assertions.Expect(tab.Locator("[data-figure='requestsFulfilled'] .figure")).ToHaveTextAsync("3");

            var layout = await LayoutCheck.RunAsync(tab);
            var (links, brokenLinks) = await site.Links.CheckAsync(tab);
            var (rules, violations, minor) = await AccessibilityCheck.RunAsync(tab);
            // A phone shows its first screen; the laptop's picture shows the whole page.
            await tab.ScreenshotAsync(new() { Path = Path.Combine(LiveSite.ScreenshotDirectory, $"results-{width}x{height}.png"), FullPage = width > 1000, Animations = ScreenshotAnimations.Disabled });
            output.WriteLine($"{width}×{height}: {layout.Texts} text boxes, {layout.Shortened} shortened; {links} links followed; axe: {rules} rules, {violations.Count} serious or critical, {minor.Count} minor");

            Assert.Empty(layout.Problems);
            Assert.Empty(brokenLinks);
            Assert.Empty(violations);
            Assert.Empty(minor);
            Assert.True(links >= 5, $"{links} links");

            // On paper: no bar, no language switch, the charts kept.
            await tab.EmulateMediaAsync(new() { Media = Media.Print });
            await Assertions.Expect(tab.Locator(".screen-bar")).ToBeHiddenAsync();
            await Assertions.Expect(tab.Locator("[data-chart='category'] .bar").First).ToBeVisibleAsync();
            await Assertions.Expect(tab.Locator("[data-chart='sector'] .bar").First).ToBeVisibleAsync();
            Assert.True(site.Problems.Count == 0, string.Join(Environment.NewLine, site.Problems));
        });
    }

    [Fact]
    public async Task Results_FramedByAListedSite_Shown_ByAnotherSite_Refused()
    {
        await site.RunAsync(async () =>
        {
            // Two sites of municipalities, each a page with the results in a frame, on this machine (a page the browser
            // thinks public may not frame a local server at all): the first is listed, the second is not.
            var results = new Uri(site.BaseAddress, "/e/resultats-embed/results");
            using var listedSite = new HostSite(results);
            using var otherSite = new HostSite(results);
            await SeedAsync("resultats-embed", $"{listedSite.Origin} https://www.ottignies-louvain-la-neuve.be");
            var tab = await site.OpenAsync(1280, 720);
            var refused = new TaskCompletionSource<string>();
            tab.Console += (_, message) =>
            {
                if (message.Text.Contains("frame-ancestors", StringComparison.Ordinal))
                {
                    refused.TrySetResult(message.Text);
                }
            };

            await tab.GotoAsync(listedSite.Origin + "/");
            await Assertions.Expect(tab.FrameLocator("iframe").Locator("h1")).ToContainTextAsync("Résultats — Bourse d'échanges Winwin");
            await tab.ScreenshotAsync(new() { Path = Path.Combine(LiveSite.ScreenshotDirectory, "results-embedded.png"), Animations = ScreenshotAnimations.Disabled });
            Assert.False(refused.Task.IsCompleted);
            await tab.GotoAsync(otherSite.Origin + "/");
            output.WriteLine(await refused.Task.WaitAsync(TimeSpan.FromSeconds(20)));
            Assert.Equal(0, await tab.FrameLocator("iframe").Locator("h1:has-text('Résultats')").CountAsync());

            // What the browser reports of the refusal itself.
            site.ForgetExpected(p => p.Contains("frame-ancestors", StringComparison.Ordinal) || p.Contains("/e/resultats-embed/results ", StringComparison.Ordinal) && p.Contains("BLOCKED", StringComparison.Ordinal));
            Assert.True(site.Problems.Count == 0, string.Join(Environment.NewLine, site.Problems));
        });
    }

    /// <summary>A municipality's website on this machine (<c>http://localhost:port</c>): one page with the results in a frame.</summary>
    private sealed class HostSite : IDisposable
    {
        private readonly HttpListener _listener = new();
        private readonly string _page;

        public HostSite(Uri framed)
        {
            _page = $"<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>Commune</title></head><body><h1>Actualités</h1>" +
                $"<iframe title=\"Résultats\" src=\"{framed}\" width=\"1200\" height=\"600\"></iframe></body></html>";
            using (var probe = new TcpListener(IPAddress.Loopback, 0))
            {
                probe.Start();
                Origin = $"http://localhost:{((IPEndPoint)probe.LocalEndpoint).Port}";
                probe.Stop();
            }
            _listener.Prefixes.Add(Origin + "/");
            _listener.Start();
            _ = ServeAsync();
        }

        public string Origin { get; }

        private async Task ServeAsync()
        {
            while (_listener.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await _listener.GetContextAsync();
                }
                catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
                {
                    return;
                }
                var body = System.Text.Encoding.UTF8.GetBytes(_page);
                context.Response.ContentType = "text/html; charset=utf-8";
                await context.Response.OutputStream.WriteAsync(body);
                context.Response.Close();
            }
        }

        public void Dispose() => _listener.Close();
    }
}
