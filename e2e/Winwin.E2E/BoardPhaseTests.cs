using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Winwin.Data;
using Winwin.Data.Seeding;
using Winwin.E2E.Pages;
using Winwin.Live.Features.Storage;
using Winwin.Live.Tests;

namespace Winwin.E2E;

[Collection(LiveSiteCollection.Name)]
public class BoardPhaseTests(LiveSite site)
{
    [Fact]
    public async Task CoordinatorRunsTheEvening_BoardFollowsEachPhaseAndRevealsTheTotals()
    {
        await site.RunAsync(async () =>
        {
            await StorageSetup.SeedDemoAsync(site.App.Services);
            var control = await site.OpenControlPanelAsync(DemoEvent.Slug, StaffRoles.Coordinator, "Claire Coordinatrice");
            var board = await site.OpenBoardAsync(DemoEvent.Slug);

            await control.SetPhaseAsync("BeforeOpening");
            await Assertions.Expect(board.Phase).ToHaveTextAsync("Bientôt", new() { Timeout = 5_000 });
            await Assertions.Expect(board.Countdown).ToContainTextAsync("Ouverture dans");
            await board.Page.ScreenshotAsync(new() { Path = Path.Combine(LiveSite.ScreenshotDirectory, "demo-board-before-opening.png"), Animations = ScreenshotAnimations.Disabled });

            await control.SetPhaseAsync("Open");
            await Assertions.Expect(board.Phase).ToHaveTextAsync("En cours", new() { Timeout = 5_000 });
            await Assertions.Expect(board.Countdown).ToContainTextAsync("Encore");

            await control.SetPhaseAsync("LastCall");
            await Assertions.Expect(board.Phase).ToHaveTextAsync("Dernier appel", new() { Timeout = 5_000 });
            await board.Page.ScreenshotAsync(new() { Path = Path.Combine(LiveSite.ScreenshotDirectory, "demo-board-last-call.png"), Animations = ScreenshotAnimations.Disabled });

            await control.SetPhaseAsync("Closed");
            await Assertions.Expect(board.Finale).ToBeVisibleAsync(new() { Timeout = 5_000 });
            await control.RevealAsync();
            await Assertions.Expect(board.Page.Locator(".board.revealing")).ToHaveCountAsync(1, new() { Timeout = 5_000 });
            // Counted up from zero to the totals in the database (other tests may have added to the demo bourse).
            await using (var db = await site.App.DbFactory.CreateDbContextAsync())
            {
                var ev = await db.Events.SingleAsync(e => e.Slug == DemoEvent.Slug);
                var deals = await db.Deals.CountAsync(d => d.EventId == ev.Id && d.Status == DealStatus.Announced);
                var present = await db.Organizations.CountAsync(o => o.EventId == ev.Id && o.IsPresent);
                await Assertions.Expect(board.Page.Locator("[data-counter='deals'] .value")).ToHaveTextAsync($"{deals}", new() { Timeout = 8_000 });
                await Assertions.Expect(board.Page.Locator("[data-counter='organizations'] .value")).ToHaveTextAsync($"{present}");
            }
            await board.Page.ScreenshotAsync(new() { Path = Path.Combine(LiveSite.ScreenshotDirectory, "demo-board-closed.png"), Animations = ScreenshotAnimations.Disabled });

            await control.SetPhaseAsync("Open");
            Assert.True(site.Problems.Count == 0, string.Join(Environment.NewLine, site.Problems));
        });
    }
}
