using Microsoft.Playwright;
using Winwin.Data;
using Winwin.Data.Seeding;
using Winwin.E2E.Pages;
using Winwin.Live.Features.Storage;
using Winwin.Live.Tests;

namespace Winwin.E2E;

[Collection(LiveSiteCollection.Name)]
public class SuggestionTests(LiveSite site)
{
    [Fact]
    public async Task FacilitatorTurnsASuggestionIntoADeal_BoardAnnouncesIt()
    {
        await site.RunAsync(async () =>
        {
            await StorageSetup.SeedDemoAsync(site.App.Services);
            var email = await site.App.CreateUserAsync(StaffRoles.Facilitator, "Fatima Facilitatrice");
            var board = new BoardPage(await site.OpenAsync(1920, 1080));
            var control = new ControlPanelPage(await site.OpenAsync(1440, 900));
            var suggestions = new SuggestionsPage(control.Page);
            await board.OpenAsync(DemoEvent.Slug);
            var before = int.Parse(await board.CounterAsync("deals"), System.Globalization.CultureInfo.InvariantCulture);

            await control.SignInAsync(email, WinwinApplication.Password);
            await control.OpenDeskAsync(DemoEvent.Slug);
            await suggestions.OpenAsync();
            // A room is weighed by the people it holds, and the facilitator reads why.
            await suggestions.ChooseRequestAsync("drink", "Lieu pour notre drink de fin d'année");
            await Assertions.Expect(suggestions.Suggestions.Filter(new() { HasText = "Salle de spectacle en semaine" }))
                .ToContainTextAsync("Capacité : 200 places pour 50 personnes");
            await Assertions.Expect(suggestions.Suggestions.Filter(new() { HasText = "Salle de réunion pour 20 personnes" }))
                .ToContainTextAsync("Trop petit ? 20 places pour 50 personnes");
            await control.Page.ScreenshotAsync(new() { Path = Path.Combine(LiveSite.ScreenshotDirectory, "control-suggestions-capacity.png"), Animations = ScreenshotAnimations.Disabled });
            await suggestions.ChooseRequestAsync("ordinateurs", "Ordinateurs portables pour l'école de devoirs");
            var best = suggestions.Suggestions.First;
            await Assertions.Expect(best).ToContainTextAsync("Six ordinateurs portables reconditionnés");
            await Assertions.Expect(best).ToContainTextAsync("Informatique Solutions SRL");
            await Assertions.Expect(best).ToContainTextAsync("ordinateurs portables");
            await control.Page.ScreenshotAsync(new() { Path = Path.Combine(LiveSite.ScreenshotDirectory, "control-suggestions.png"), Animations = ScreenshotAnimations.Disabled });

            await suggestions.MakeDealAsync(best);
            var desk = new DeskPage(control.Page);
            await desk.WaitReadyAsync();
            await Assertions.Expect(desk.Party(1)).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("Informatique Solutions SRL"));
            await Assertions.Expect(desk.Party(2)).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("Croix-Rouge"));
            await Assertions.Expect(desk.Gives(1)).ToHaveValueAsync("Six ordinateurs portables reconditionnés");
            await desk.GivesAsync(2, "Une visite de la maison d'accueil pour le personnel");
            await desk.Page.ScreenshotAsync(new() { Path = Path.Combine(LiveSite.ScreenshotDirectory, "control-suggested-deal.png"), Animations = ScreenshotAnimations.Disabled });
            await desk.AnnounceAsync();

            await board.WaitForDealAsync(before + 1, "Informatique Solutions SRL", "Croix-Rouge — Maison d'accueil", "Six ordinateurs portables reconditionnés");
            await Assertions.Expect(desk.Toast).ToContainTextAsync("annoncé");
            Assert.True(site.Problems.Count == 0, string.Join(Environment.NewLine, site.Problems));
        });
    }
}
