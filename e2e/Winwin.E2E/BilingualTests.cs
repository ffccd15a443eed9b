using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Winwin.Data;
using Winwin.E2E.Pages;

namespace Winwin.E2E;

[Collection(LiveSiteCollection.Name)]
public class BilingualTests(LiveSite site)
{
    [Fact]
    public async Task AlternatingBoard_SwitchesToDutchAndBack()
    {
        await site.RunAsync(async () =>
        {
            var ev = await site.App.CreateEventAsync("bourse-bruxelles");
            await site.App.SetEventAsync(ev.Id, e => (e.BoardSecondLanguage, e.BoardBilingualMode) = ("nl", BilingualMode.Alternate));
            var board = new BoardPage(await site.OpenAsync(1920, 1080));
            await board.OpenAsync(ev.Slug);
            var label = board.Page.Locator("[data-counter='deals'] .label");

            await Assertions.Expect(label).ToHaveTextAsync("accords");
            await Assertions.Expect(label).ToHaveTextAsync("matches", new() { Timeout = 15_000 });
            await board.Page.ScreenshotAsync(new() { Path = Path.Combine(LiveSite.ScreenshotDirectory, "board-nl.png"), Animations = ScreenshotAnimations.Disabled });
            await Assertions.Expect(label).ToHaveTextAsync("accords", new() { Timeout = 15_000 });
        });
    }
}
