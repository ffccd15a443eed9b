using Microsoft.Playwright;
using Winwin.Data;
using Winwin.E2E.Pages;
using Winwin.Live.Tests;

namespace Winwin.E2E;

[Collection(LiveSiteCollection.Name)]
public class ResyncTests(LiveSite site)
{
    [Fact]
    public async Task DealsAnnouncedBeforeTheBoardConnects_CaughtUpBySeqWithoutReload()
    {
        await site.RunAsync(async () =>
        {
            var ev = await site.App.CreateEventAsync("bourse-resync");
            var staff = await site.App.CreateClientAsync(StaffRoles.Facilitator);
            var page = await site.OpenAsync(1920, 1080);
            var release = new TaskCompletionSource();
            // Hold the live script back: the page is rendered at Seq 0, then two deals happen before it connects.
            await page.RouteAsync("**/signalr.min*.js", async route =>
            {
                await release.Task;
                await route.ContinueAsync();
            });
            var board = new BoardPage(page);
            await page.GotoAsync($"/e/{ev.Slug}/board", new() { WaitUntil = WaitUntilState.Commit });
            await Assertions.Expect(page.Locator("#spotlight .empty")).ToBeVisibleAsync();

            await WinwinApplication.AnnounceAsync(staff, ev, "Des affiches");
            await WinwinApplication.AnnounceAsync(staff, ev, "Un local pour la fête");
            release.SetResult();

            await board.WaitForDealAsync(2, "Un local pour la fête");
            await Assertions.Expect(page.Locator("#deals .deal[data-number='1']")).ToHaveCountAsync(1);
            await Assertions.Expect(page.Locator(".deal[data-number='2']")).ToHaveCountAsync(1);
            Assert.Equal("2", await board.CounterAsync("deals"));
        });
    }
}
