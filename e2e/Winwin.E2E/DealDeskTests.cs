using Microsoft.Playwright;
using Winwin.Data;
using Winwin.E2E.Pages;
using Winwin.Live.Tests;

namespace Winwin.E2E;

[Collection(LiveSiteCollection.Name)]
public class DealDeskTests(LiveSite site)
{
    [Fact]
    public async Task Ratification_FacilitatorRecords_NotaryApproves_BoardShowsIt_ThenRetractionTakesItOff()
    {
        await site.RunAsync(async () =>
        {
            var ev = await site.App.CreateEventAsync("bourse-notaire");
            await site.App.SetEventAsync(ev.Id, e => e.RequiresRatification = true);
            var board = await site.OpenBoardAsync(ev.Slug);
            var facilitator = await site.SignInAsync(StaffRoles.Facilitator, "Fatima Facilitatrice");
            var notary = await site.SignInAsync(StaffRoles.Notary, "Nathalie Notaire", 1280, 800);
            await notary.OpenRatificationAsync(ev.Slug);

            var desk = new DeskPage(facilitator.Page);
            await desk.OpenAsync(ev.Slug);
            await desk.ChoosePartyAsync(1, "gilson", "Imprimerie Gilson");
            await desk.ChoosePartyAsync(2, "2", "Les Petits Débrouillards");
            await desk.GivesAsync(1, "500 affiches A3");
            await desk.GivesAsync(2, "Un atelier sciences");
            await Assertions.Expect(desk.AnnounceButton).ToContainTextAsync("notaire");
            await desk.AnnounceAsync();
            await Assertions.Expect(desk.Toast).ToContainTextAsync("envoyé au notaire");

            // The queue is pushed the new deal; until approval the board shows nothing.
            await Assertions.Expect(notary.PendingDeal(1)).ToContainTextAsync("Imprimerie Gilson", new() { Timeout = 8_000 });
            Assert.Equal("0", await board.CounterAsync("deals"));
            await notary.Page.ScreenshotAsync(new() { Path = Path.Combine(LiveSite.ScreenshotDirectory, "control-ratification.png"), Animations = ScreenshotAnimations.Disabled });
            await notary.ApproveAsync(1);

            await board.WaitForDealAsync(1, "Imprimerie Gilson", "Les Petits Débrouillards");
            Assert.Equal("1", await board.CounterAsync("deals"));
            await Assertions.Expect(notary.PendingDeal(1)).ToHaveCountAsync(0);

            await facilitator.OpenDeskAsync(ev.Slug);
            await facilitator.RetractAsync(1, "Enregistré par erreur");
            await Assertions.Expect(board.Page.Locator(".deal[data-number='1']")).ToHaveCountAsync(0, new() { Timeout = 5_000 });
            Assert.Equal("0", await board.CounterAsync("deals"));
            Assert.True(site.Problems.Count == 0, string.Join(Environment.NewLine, site.Problems));
        });
    }
}
