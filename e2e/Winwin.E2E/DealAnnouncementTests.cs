using Microsoft.Playwright;
using Winwin.Data;
using Winwin.E2E.Pages;
using Winwin.Live.Tests;

namespace Winwin.E2E;

[Collection(LiveSiteCollection.Name)]
public class DealAnnouncementTests(LiveSite site)
{
    [Fact]
    public async Task FacilitatorAnnouncesDeal_BoardAndPhoneShowItWithoutReloading()
    {
        await site.RunAsync(async () =>
        {
            var ev = await site.App.CreateEventAsync("bourse-e2e");
            var email = await site.App.CreateUserAsync(StaffRoles.Facilitator, "Fatima Facilitatrice");
            var board = new BoardPage(await site.OpenAsync(1920, 1080));
            var phone = new PhonePage(await site.OpenAsync(390, 844));
            var control = new ControlPanelPage(await site.OpenAsync(1440, 900));
            await board.OpenAsync(ev.Slug);
            await phone.OpenAsync(ev.Slug);
            await Assertions.Expect(phone.Counter("openRequests")).ToHaveTextAsync("2");

            await control.SignInAsync(email, WinwinApplication.Password);
            var desk = new DeskPage(control.Page);
            await desk.OpenAsync(ev.Slug);
            await Assertions.Expect(desk.Reciprocity).ToBeHiddenAsync();
            await desk.ChoosePartyAsync(1, "gilson", "Imprimerie Gilson");
            await desk.ChoosePartyAsync(2, "2", "Les Petits Débrouillards");
            await desk.GivesAsync(1, "500 affiches A3 pour le festival");
            await Assertions.Expect(desk.Reciprocity).ToContainTextAsync("sens unique");
            await desk.GivesAsync(2, "Un atelier sciences pour les enfants du personnel");
            await Assertions.Expect(desk.Reciprocity).ToContainTextAsync("win-win");
            await desk.Page.ScreenshotAsync(new() { Path = Path.Combine(LiveSite.ScreenshotDirectory, "control-deal-form.png"), Animations = ScreenshotAnimations.Disabled });
            await desk.AnnounceAsync();

            await Assertions.Expect(desk.Toast).ToContainTextAsync("Accord n° 1 annoncé");
            await board.WaitForDealAsync(1, "Imprimerie Gilson", "Les Petits Débrouillards", "500 affiches A3 pour le festival");
            await phone.WaitForDealAsync(1, "Imprimerie Gilson", "Les Petits Débrouillards");
            Assert.Equal("1", await board.CounterAsync("deals"));
            Assert.Equal("1", await board.CounterAsync("winWinDeals"));

            Assert.True(site.Problems.Count == 0, string.Join(Environment.NewLine, site.Problems));
        });
    }
}
