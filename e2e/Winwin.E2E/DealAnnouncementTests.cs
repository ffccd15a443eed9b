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
            await control.OpenDeskAsync(ev.Slug);
            await Assertions.Expect(control.Reciprocity).ToHaveCountAsync(0);
            await control.ChoosePartyAsync(1, "gilson", "Imprimerie Gilson");
            await control.ChoosePartyAsync(2, "2", "Les Petits Débrouillards");
            await control.GivesAsync(1, "500 affiches A3 pour le festival");
            await Assertions.Expect(control.Reciprocity).ToContainTextAsync("sens unique");
            await control.GivesAsync(2, "Un atelier sciences pour les enfants du personnel");
            await Assertions.Expect(control.Reciprocity).ToContainTextAsync("win-win");
            await control.Page.ScreenshotAsync(new() { Path = Path.Combine(LiveSite.ScreenshotDirectory, "control-deal-form.png"), Animations = ScreenshotAnimations.Disabled });
            await control.AnnounceAsync();

            await Assertions.Expect(control.Snackbar).ToContainTextAsync("Accord n° 1 annoncé");
            await board.WaitForDealAsync(1, "Imprimerie Gilson", "Les Petits Débrouillards", "500 affiches A3 pour le festival");
            await phone.WaitForDealAsync(1, "Imprimerie Gilson", "Les Petits Débrouillards");
            Assert.Equal("1", await board.CounterAsync("deals"));
            Assert.Equal("1", await board.CounterAsync("winWinDeals"));

            Assert.True(site.Problems.Count == 0, string.Join(Environment.NewLine, site.Problems));
        });
    }
}
