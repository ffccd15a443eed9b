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
            var board = await site.OpenBoardAsync(ev.Slug);
            var phone = await site.OpenPhoneAsync(ev.Slug);
            await Assertions.Expect(phone.Counter("openRequests")).ToHaveTextAsync("2");

            var desk = await site.OpenDealDeskAsync(ev.Slug, StaffRoles.Facilitator, "Fatima Facilitatrice");
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
