using Microsoft.Playwright;
using Winwin.Data;
using Winwin.E2E.Pages;
using Winwin.Live.Tests;

namespace Winwin.E2E;

/// <summary>The control panel speaks the staff member's language down to MudBlazor's own words, and its forms mark what they refuse.</summary>
[Collection(LiveSiteCollection.Name)]
public class ControlPanelLanguageTests(LiveSite site)
{
    [Theory]
    [InlineData("fr-BE", "Offres et demandes", "Lignes par page :", " sur ")]
    [InlineData("nl-BE", "Aanbod en vragen", "Rijen per pagina:", " van ")]
    [InlineData("en-GB", "Offers and requests", "Rows per page:", " of ")]
    public async Task ListingsGrid_StaffLanguage_PagerInThatLanguage(string locale, string tab, string rowsPerPage, string of)
    {
        await site.RunAsync(async () =>
        {
            var ev = await site.App.CreateEventAsync($"bourse-langue-{locale[..2]}");
            var email = await site.App.CreateUserAsync(StaffRoles.Coordinator, "Claire Coordinatrice");
            var control = new ControlPanelPage(await site.OpenAsync(1366, 768, locale));
            await control.SignInAsync(email, WinwinApplication.Password);
            await control.OpenDeskAsync(ev.Slug);

            await control.OpenTabAsync(tab);

            var pager = control.Page.Locator("[data-testid='listings'] .mud-table-pagination");
            await Assertions.Expect(pager).ToContainTextAsync(rowsPerPage);
            await Assertions.Expect(pager).ToContainTextAsync(of);
            if (locale != "en-GB")
            {
                await Assertions.Expect(pager).Not.ToContainTextAsync("Rows per page");
            }
            Assert.True(site.Problems.Count == 0, string.Join(Environment.NewLine, site.Problems));
        });
    }

    [Fact]
    public async Task NewEventForm_SentEmpty_MarksEachMissingFieldInPlaceWithoutStackingMessages()
    {
        await site.RunAsync(async () =>
        {
            var email = await site.App.CreateUserAsync(StaffRoles.Coordinator, "Claire Coordinatrice");
            var control = new ControlPanelPage(await site.OpenAsync(1366, 768));
            await control.SignInAsync(email, WinwinApplication.Password);
            await control.Page.GotoAsync("/control/new");
            await control.Page.Locator("[data-ready='true']").WaitForAsync();

            await control.Page.Locator("[data-testid='save-event']").ClickAsync();

            // Name, municipality, address and venue: each marked where it is, with the reason under it.
            foreach (var field in new[] { "event-name", "event-municipality", "event-slug", "event-venue" })
            {
                var box = control.Page.Locator($".mud-input-control:has(#{field})");
                await Assertions.Expect(box.Locator(".mud-input-helper-text.mud-input-error")).ToContainTextAsync("Ce champ est obligatoire.");
                await Assertions.Expect(control.Page.Locator($"#{field}")).ToHaveAttributeAsync("aria-invalid", "true");
            }
            await Assertions.Expect(control.Snackbar).ToHaveCountAsync(0);
            await control.Page.ScreenshotAsync(new() { Path = Path.Combine(LiveSite.ScreenshotDirectory, "control-new-event-invalid.png"), Animations = ScreenshotAnimations.Disabled });

            // Typing in a field clears its mark; the others stay marked.
            await control.Page.Locator("#event-name").FillAsync("Bourse d'échanges de Jodoigne");
            await control.Page.Locator("#event-municipality").ClickAsync();
            await Assertions.Expect(control.Page.Locator(".mud-input-control:has(#event-name) .mud-input-helper-text.mud-input-error")).ToHaveCountAsync(0);
            await Assertions.Expect(control.Page.Locator(".mud-input-control:has(#event-venue) .mud-input-helper-text.mud-input-error")).ToHaveCountAsync(1);
            Assert.True(site.Problems.Count == 0, string.Join(Environment.NewLine, site.Problems));
        });
    }
}
