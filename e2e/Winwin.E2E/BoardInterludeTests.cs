using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Winwin.Data;
using Winwin.E2E.Pages;
using Winwin.Live.Features.Commands;
using Winwin.Live.Features.Listings;
using Winwin.Live.Tests;
using Xunit.Abstractions;

namespace Winwin.E2E;

/// <summary>Between deals the board shows what is new on the floor, and at regular moments the QR code for the back of the room.</summary>
[Collection(LiveSiteCollection.Name)]
public class BoardInterludeTests(LiveSite site, ITestOutputHelper output)
{
    [Fact]
    public async Task OfferAddedDuringTheEvent_ShownAfterTheDealHadItsMomentWithoutHidingIt()
    {
        await site.RunAsync(async () =>
        {
            var ev = await site.App.CreateEventAsync("bourse-nouveautes");
            var staff = await site.App.CreateClientAsync(StaffRoles.Facilitator);
            var board = new BoardPage(await site.OpenAsync(1280, 720));
            await board.OpenAsync(ev.Slug);
            // Timed in the page, when the board changes, rather than when the test notices it on a busy machine.
            await board.Page.EvaluateAsync("""
                () => {
                  window.__seen = {};
                  const mark = () => {
                    const now = performance.now();
                    if (window.__seen.deal === undefined && document.querySelector("#spotlight .deal[data-number='1']")) window.__seen.deal = now;
                    const news = document.querySelector('.news');
                    if (window.__seen.news === undefined && news && !news.hidden) window.__seen.news = now;
                  };
                  new MutationObserver(mark).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['hidden'] });
                }
                """);

            await WinwinApplication.AnnounceAsync(staff, ev, "Des affiches pour le festival");
            await board.WaitForDealAsync(1, "Imprimerie Gilson");
            await AddOfferAsync(ev, "Un frigo américain en bon état");

            var news = board.Page.Locator(".news");
            await Assertions.Expect(news).ToBeVisibleAsync(new() { Timeout = 15_000 });
            var waited = TimeSpan.FromMilliseconds(await board.Page.EvaluateAsync<double>("() => window.__seen.news - window.__seen.deal"));
            output.WriteLine($"The new offer appeared {waited.TotalSeconds:F1} s after the deal took the spotlight.");
            // The deal keeps the room for its first seven seconds; the news never takes the spotlight's place.
            Assert.True(waited >= TimeSpan.FromSeconds(6.5), $"The news came {waited.TotalSeconds:F1} s after the deal, during its moment.");
            await Assertions.Expect(news).ToContainTextAsync("Nouvelle offre · Table 3");
            await Assertions.Expect(news).ToContainTextAsync("Un frigo américain en bon état");
            await Assertions.Expect(news).ToContainTextAsync("Garage Piron");
            await Assertions.Expect(board.Spotlight).ToBeVisibleAsync();
            await Assertions.Expect(board.Spotlight).ToContainTextAsync("Des affiches pour le festival");
            await board.Page.ScreenshotAsync(new() { Path = Path.Combine(LiveSite.ScreenshotDirectory, "board-new-offer.png"), Animations = ScreenshotAnimations.Disabled });

            // For a moment only: "still looking for" comes back.
            await Assertions.Expect(news).ToBeHiddenAsync(new() { Timeout = 15_000 });
            await Assertions.Expect(board.Page.Locator(".looking")).ToBeVisibleAsync();
            Assert.True(site.Problems.Count == 0, string.Join(Environment.NewLine, site.Problems));
        });
    }

    [Fact]
    public async Task QrMoment_BetweenDeals_TakesMostOfTheScreenAndGivesWayToANewDeal()
    {
        await site.RunAsync(async () =>
        {
            var ev = await site.App.CreateEventAsync("bourse-qr");
            var staff = await site.App.CreateClientAsync(StaffRoles.Facilitator);
            var tab = await site.OpenAsync(1920, 1080);
            var board = new BoardPage(tab);
            // Every two minutes by default; the board's address can make it more often.
            await tab.GotoAsync($"/e/{ev.Slug}/board?qrEvery=10");
            await board.WaitUntilLiveAsync();
            await Assertions.Expect(tab.Locator(".board.showing-qr")).ToHaveCountAsync(0);

            await Assertions.Expect(tab.Locator(".board.showing-qr")).ToHaveCountAsync(1, new() { Timeout = 15_000 });
            var qr = await tab.Locator(".qr-moment .qr").BoundingBoxAsync();
            output.WriteLine($"QR moment at 1920×1080: the code is {qr!.Height:F0} px high ({qr.Height / 1080:P0} of the screen).");
            Assert.True(qr.Height >= 0.5 * 1080, $"The QR code is {qr.Height:F0} px high");
            await tab.ScreenshotAsync(new() { Path = Path.Combine(LiveSite.ScreenshotDirectory, "board-qr-moment.png"), Animations = ScreenshotAnimations.Disabled });

            await WinwinApplication.AnnounceAsync(staff, ev, "Un local pour la fête");
            await board.WaitForDealAsync(1, "Un local pour la fête");
            await Assertions.Expect(tab.Locator(".board.showing-qr")).ToHaveCountAsync(0);
            Assert.True(site.Problems.Count == 0, string.Join(Environment.NewLine, site.Problems));
        });
    }

    private async Task AddOfferAsync(TestEvent ev, string title)
    {
        int means;
        await using (var db = await site.App.DbFactory.CreateDbContextAsync())
        {
            means = await db.Categories.Where(c => c.EventId == ev.Id && c.Key == "means").Select(c => c.Id).SingleAsync();
        }
        var result = await site.App.Services.GetRequiredService<ListingService>().CreateAsync(ev.Slug,
            new ListingInput(ev.Organizations[2], ListingKind.Offer, means, title, "Livré sur place"), StaffActor.System);
        Assert.True(result.Succeeded);
    }
}
