using Microsoft.Playwright;
using Winwin.Data;
using Winwin.E2E.Pages;
using Winwin.Live.Tests;
using Xunit.Abstractions;

namespace Winwin.E2E;

[Collection(LiveSiteCollection.Name)]
public class BurstTests(LiveSite site, ITestOutputHelper output)
{
    [Fact]
    public async Task BurstOfTenDeals_EachTakesTheSpotlightInOrderNoneTwice()
    {
        await site.RunAsync(async () =>
        {
            var ev = await site.App.CreateEventAsync("bourse-rafale");
            var staff = await site.App.CreateClientAsync(StaffRoles.Facilitator);
            var board = new BoardPage(await site.OpenAsync(1920, 1080));
            await board.OpenAsync(ev.Slug);
            // Record every deal that enters the spotlight, as the room sees it.
            await board.Page.EvaluateAsync("""
                () => {
                  window.spotlit = [];
                  new MutationObserver(() => {
                    const deal = document.querySelector('#spotlight .deal');
                    const n = deal && Number(deal.dataset.number);
                    if (n && window.spotlit[window.spotlit.length - 1] !== n) window.spotlit.push(n);
                  }).observe(document.getElementById('spotlight'), { childList: true, subtree: true, attributes: true });
                }
                """);

            var started = DateTime.UtcNow;
            await Task.WhenAll(Enumerable.Range(0, 10).Select(i => WinwinApplication.AnnounceAsync(staff, ev, $"Don n° {i + 1}")));

            // Each deal holds the spotlight about 7 s: ten of them take about a minute.
            await Assertions.Expect(board.Page.Locator("#spotlight .deal[data-number='10']")).ToHaveCountAsync(1, new() { Timeout = 90_000 });
            var spotlit = await board.Page.EvaluateAsync<int[]>("() => window.spotlit");
            output.WriteLine($"Spotlight order: {string.Join(", ", spotlit)}; the tenth after {(DateTime.UtcNow - started).TotalSeconds:F0} s.");
            Assert.Equal(Enumerable.Range(1, 10), spotlit);
            Assert.Equal("10", await board.CounterAsync("deals"));
            await Assertions.Expect(board.Page.Locator(".deal[data-number='9']")).ToHaveCountAsync(1);
            Assert.True(site.Problems.Count == 0, string.Join(Environment.NewLine, site.Problems));
        });
    }
}
