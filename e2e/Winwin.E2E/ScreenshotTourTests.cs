using Microsoft.Playwright;
using Winwin.Data;
using Winwin.Data.Seeding;
using Winwin.E2E.Pages;
using Winwin.Live.Features.Storage;
using Winwin.Live.Tests;

namespace Winwin.E2E;

/// <summary>The demo bourse as people see it; its control-panel screenshots illustrate the README.</summary>
[Collection(LiveSiteCollection.Name)]
public class ScreenshotTourTests(LiveSite site)
{
    [Fact]
    public async Task DemoBourse_DealAnnouncedFromTheDesk_JoinsTheBoardAndPhoneFeeds()
    {
        await site.RunAsync(async () =>
        {
            await StorageSetup.SeedDemoAsync(site.App.Services);
            var email = await site.App.CreateUserAsync(StaffRoles.Coordinator, "Claire Coordinatrice");
            var board = new BoardPage(await site.OpenAsync(1920, 1080));
            var phone = new PhonePage(await site.OpenAsync(390, 844));
            var control = new ControlPanelPage(await site.OpenAsync(1440, 900));
            await board.OpenAsync(DemoEvent.Slug);
            await phone.OpenAsync(DemoEvent.Slug);
            // Other tests of this site may already have added a deal to the demo bourse: count from what the board shows.
            var deals = int.Parse(await board.CounterAsync("deals"), System.Globalization.CultureInfo.InvariantCulture);
            var winWins = int.Parse(await board.CounterAsync("winWinDeals"), System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(deals >= 3, $"the demo bourse starts with 3 deals, the board shows {deals}");

            await control.SignInAsync(email, WinwinApplication.Password);
            var desk = new DeskPage(control.Page);
            await desk.OpenAsync(DemoEvent.Slug);
            await desk.ChoosePartyAsync(1, "com'une", "Agence Com'une");
            await desk.ChoosePartyAsync(2, "10", "Épicerie sociale Le Panier");
            await desk.GivesAsync(1, "Un logo et une charte graphique");
            await desk.GivesAsync(2, "Une page dans sa newsletter (1 200 abonnés)");
            await desk.AnnounceAsync();

            await board.WaitForDealAsync(deals + 1, "Agence Com'une", "Épicerie sociale Le Panier");
            await phone.WaitForDealAsync(deals + 1, "Agence Com'une", "Épicerie sociale Le Panier");
            await Assertions.Expect(board.Page.Locator("#deals .deal")).ToHaveCountAsync(deals);
            Assert.Equal($"{deals + 1}", await board.CounterAsync("deals"));
            Assert.Equal($"{winWins + 1}", await board.CounterAsync("winWinDeals"));

            await Assertions.Expect(desk.Deal(deals + 1)).ToContainTextAsync("Agence Com'une");
            await desk.Page.ScreenshotAsync(new() { Path = Path.Combine(LiveSite.ScreenshotDirectory, "desk.png"), Animations = ScreenshotAnimations.Disabled });
            await control.OpenDeskAsync(DemoEvent.Slug);
            await control.Page.ScreenshotAsync(new() { Path = Path.Combine(LiveSite.ScreenshotDirectory, "control.png"), Animations = ScreenshotAnimations.Disabled });

            // Check-in on the day: one organisation leaves, the board counts those present.
            await control.OpenTabAsync("Organisations (20)");
            await control.CheckInAsync("Hôtel Les Tilleuls");
            await Assertions.Expect(board.Page.Locator("[data-counter='organizations'] .value")).ToHaveTextAsync("19", new() { Timeout = 5_000 });
            await Assertions.Expect(control.PresentSwitch("Hôtel Les Tilleuls")).Not.ToBeCheckedAsync();
            await control.Page.ScreenshotAsync(new() { Path = Path.Combine(LiveSite.ScreenshotDirectory, "control-organizations.png"), Animations = ScreenshotAnimations.Disabled });

            // Quick add on the floor: the new offer reaches the phones at once.
            await phone.OpenListAsync(DemoEvent.Slug, "offers");
            await control.OpenTabAsync("Offres et demandes (43)");
            await control.QuickAddAsync("Prêt de 30 chaises pliantes", "Matériel", "20", "Hôtel Les Tilleuls");
            await Assertions.Expect(phone.Listing("Prêt de 30 chaises pliantes")).ToHaveCountAsync(1, new() { Timeout = 5_000 });
            await control.Page.ScreenshotAsync(new() { Path = Path.Combine(LiveSite.ScreenshotDirectory, "control-listings.png"), Animations = ScreenshotAnimations.Disabled });

            // The board and phone screenshots of the README come from the big bourse (DressRehearsalTests).
            await phone.FindAsync("chaises pliantes");
            await Assertions.Expect(phone.VisibleListings).ToHaveCountAsync(1);
            Assert.True(site.Problems.Count == 0, string.Join(Environment.NewLine, site.Problems));
        });
    }
}
