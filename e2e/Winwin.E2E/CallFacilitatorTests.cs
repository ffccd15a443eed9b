using Microsoft.Playwright;
using Winwin.Data;
using Winwin.Data.Seeding;
using Winwin.E2E.Pages;
using Winwin.Live.Features.Storage;
using Winwin.Live.Tests;

namespace Winwin.E2E;

[Collection(LiveSiteCollection.Name)]
public class CallFacilitatorTests(LiveSite site)
{
    [Fact]
    public async Task ParticipantCallsAFacilitator_DeskSeesTheCallAndThePhoneSeesTheAnswer()
    {
        await site.RunAsync(async () =>
        {
            await StorageSetup.SeedDemoAsync(site.App.Services);
            var phone = new MinePage(await site.OpenAsync(390, 844));
            var control = await site.OpenControlPanelAsync(DemoEvent.Slug, StaffRoles.Facilitator, "Fatima Facilitatrice");
            var calls = new CallsPanelPage(control.Page);
            await Assertions.Expect(calls.Panel).ToContainTextAsync("Aucun appel en attente");

            // From the phone view, "For me" leads to the participant's own page.
            await phone.Page.GotoAsync($"/e/{DemoEvent.Slug}");
            await phone.Page.ScreenshotAsync(new() { Path = Path.Combine(LiveSite.ScreenshotDirectory, "phone-for-me-link.png") });
            await phone.Page.GetByRole(AriaRole.Link, new() { Name = "Mon organisation : suggestions et appel d'un facilitateur" }).ClickAsync();
            await phone.ChooseOrganizationAsync("Croix-Rouge — Maison d'accueil");
            // Other tests of the run may already have fulfilled some of its requests: any suggestion will do.
            await Assertions.Expect(phone.ForRequests.Locator(".suggestion").First).ToContainTextAsync("répond à « ");
            await Assertions.Expect(phone.ForRequests.Locator(".suggestion").First).ToContainTextAsync("Table");
            await phone.CallButton.ClickAsync();
            await Assertions.Expect(phone.CallState).ToContainTextAsync("Appel envoyé");
            await Assertions.Expect(phone.CallButton).ToBeDisabledAsync();
            await phone.Page.ScreenshotAsync(new() { Path = Path.Combine(LiveSite.ScreenshotDirectory, "phone-mine.png"), FullPage = true });

            // One open call per phone: calling for another organisation meanwhile is refused, naming the call that waits.
            await phone.SwitchOrganizationAsync("Les Amis du Parc");
            await phone.CallButton.ClickAsync();
            await Assertions.Expect(phone.CallState).ToHaveTextAsync(
                "Ce téléphone attend déjà un facilitateur pour Croix-Rouge — Maison d'accueil. Un seul appel à la fois par téléphone : attendez qu'il soit terminé.");
            await phone.SwitchOrganizationAsync("Croix-Rouge — Maison d'accueil");
            await Assertions.Expect(phone.CallState).ToContainTextAsync("Appel envoyé");

            // The desk polls every few seconds: the call shows up without a reload.
            await Assertions.Expect(calls.Call("Croix-Rouge — Maison d'accueil")).ToContainTextAsync("Attend depuis", new() { Timeout = 10_000 });
            await control.Page.ScreenshotAsync(new() { Path = Path.Combine(LiveSite.ScreenshotDirectory, "control-calls.png"), Animations = ScreenshotAnimations.Disabled });
            await calls.TakeAsync("Croix-Rouge — Maison d'accueil");
            await Assertions.Expect(calls.Call("Croix-Rouge — Maison d'accueil")).ToContainTextAsync("Fatima Facilitatrice est en route");

            await Assertions.Expect(phone.CallState).ToContainTextAsync("Un facilitateur arrive à votre table", new() { Timeout = 10_000 });
            await Assertions.Expect(phone.Page.Locator("body")).Not.ToContainTextAsync("Fatima");

            await calls.DoneAsync("Croix-Rouge — Maison d'accueil");
            await Assertions.Expect(phone.CallState).ToContainTextAsync("Le facilitateur est passé", new() { Timeout = 10_000 });
            await Assertions.Expect(phone.CallButton).ToBeEnabledAsync();

            // The phone remembers its organisation.
            await phone.OpenAsync(DemoEvent.Slug);
            await Assertions.Expect(phone.CallButton).ToBeVisibleAsync();
            Assert.Contains("org=", phone.Page.Url, StringComparison.Ordinal);
            // The refused second call is answered 409, which Chromium reports on the console: that one is expected.
            site.ForgetExpected(p => p.Contains("/mine?org=", StringComparison.Ordinal) && p.Contains("409 (Conflict)", StringComparison.Ordinal));
            Assert.True(site.Problems.Count == 0, string.Join(Environment.NewLine, site.Problems));
        });
    }
}
