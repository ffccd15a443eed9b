using Microsoft.Playwright;
using Winwin.Data;
using Winwin.E2E.Pages;
using Winwin.E2E.Rehearsal;
using Winwin.Live.Tests;

namespace Winwin.E2E;

[Collection(LiveSiteCollection.Name)]
public class RegistrationTests(LiveSite site)
{
    /// <summary>A bourse ten days ahead, taking registrations.</summary>
    private async Task<TestEvent> RegistrationOpenAsync(string slug)
    {
        var ev = await site.App.CreateEventAsync(slug);
        await site.App.SetEventAsync(ev.Id, e =>
        {
            e.Phase = EventPhase.BeforeOpening;
            e.StartsAt = DateTime.UtcNow.AddDays(10);
            e.EndsAt = e.StartsAt.AddHours(2);
        });
        return ev;
    }

    [Fact]
    public async Task OrganisationRegistersFromAPhone_CoordinatorMergesItWithItsDuplicate_ItsEntriesReachTheScreens()
    {
        await site.RunAsync(async () =>
        {
            var ev = await RegistrationOpenAsync("inscriptions");
            var board = await site.OpenBoardAsync(ev.Slug, 1280, 720);
            await Assertions.Expect(board.Page.Locator("[data-counter='openRequests'] .value")).ToHaveTextAsync("2");

            // An association fills the form on its phone, weeks before the evening.
            var form = new RegisterPage(await site.OpenAsync(360, 640));
            await form.OpenAsync(ev.Slug);
            await form.FillAsync("Nom de l'organisation *", "Les Petits Débrouillards — antenne de Namur");
            await form.FillAsync("Nom *", "Nadia Benali");
            await form.FillAsync("E-mail *", "nadia.benali@debrouillards-namur.example");
            await form.FillEntryAsync(1, "Un atelier de sciences pour trente enfants", "Microscopes, fusées à eau et circuits électriques, un mercredi après-midi.");
            await form.FillEntryAsync(2, "Un local pour nos ateliers du mercredi", "Nous assurons le défraiement de nos animateurs bénévoles.");
            // The no-money rule answers as one types: a mention of money is to be confirmed, not refused.
            await Assertions.Expect(form.Entry(2).Locator(".money-hint.warn")).ToContainTextAsync("défraiement", new() { Timeout = 5_000 });
            await Assertions.Expect(form.ConfirmMoney).ToBeVisibleAsync();
            await form.ConfirmMoney.Locator("input").CheckAsync();
            await form.Page.GetByLabel("Notre nom peut figurer dans les résultats publiés de la bourse.").CheckAsync();
            var (_, formViolations, _) = await AccessibilityCheck.RunAsync(form.Page);
            await form.Page.ScreenshotAsync(new() { Path = Path.Combine(LiveSite.ScreenshotDirectory, "registration-form-360x640.png"), FullPage = true });
            await form.SendAsync();

            await Assertions.Expect(form.Status).ToContainTextAsync("Merci ! Votre inscription est enregistrée.");
            await Assertions.Expect(form.Status).ToContainTextAsync("En attente");
            var privateLink = await form.PrivateLink.InnerTextAsync();
            await form.Page.ScreenshotAsync(new() { Path = Path.Combine(LiveSite.ScreenshotDirectory, "registration-received-360x640.png") });

            // The coordinator sees it in the review queue, flagged as the association already registered, and merges it.
            var control = await site.OpenControlPanelAsync(ev.Slug, StaffRoles.Coordinator, "Claire Coordinatrice", 1024, 768);
            await control.Page.Locator("[data-testid='open-registrations']").ClickAsync();
            await control.Page.Locator("[data-ready='true']").WaitForAsync();
            var queue = new RegistrationsTabPage(control.Page);
            var registration = queue.Registration("Les Petits Débrouillards — antenne de Namur");
            await Assertions.Expect(registration.Locator("[data-testid='registration-duplicates']")).ToContainTextAsync("Les Petits Débrouillards (nom proche)");
            await Assertions.Expect(registration).ToContainTextAsync("nadia.benali@debrouillards-namur.example");
            var (_, queueViolations, _) = await AccessibilityCheck.RunAsync(control.Page);
            await control.Page.ScreenshotAsync(new() { Path = Path.Combine(LiveSite.ScreenshotDirectory, "registration-review-1024x768.png"), Animations = ScreenshotAnimations.Disabled });
            await queue.MergeAsync("Les Petits Débrouillards — antenne de Namur", "Les Petits Débrouillards");
            await Assertions.Expect(control.Snackbar).ToContainTextAsync("est acceptée");
            await Assertions.Expect(control.Page.Locator("[data-testid='registrations-empty']")).ToBeVisibleAsync();

            // Its request reaches the board live (its counter at once), and is among what is still looked for, under the name
            // staff had registered; its offer reaches the phones.
            await Assertions.Expect(board.Page.Locator("[data-counter='openRequests'] .value")).ToHaveTextAsync("3", new() { Timeout = 5_000 });
            await board.OpenAsync(ev.Slug);
            await Assertions.Expect(board.Page.Locator("#looking li").Filter(new() { HasText = "Un local pour nos ateliers du mercredi" }))
                .ToContainTextAsync("Les Petits Débrouillards");
            var phone = await site.OpenPhoneAsync(ev.Slug, 360, 640);
            await phone.OpenListAsync(ev.Slug, "offers");
            await Assertions.Expect(phone.Listing("Un atelier de sciences pour trente enfants")).ToContainTextAsync("Les Petits Débrouillards");
            await Assertions.Expect(phone.Page.Locator("body")).Not.ToContainTextAsync("nadia.benali");

            // Back on its private link, the association reads that it is accepted.
            await form.Page.GotoAsync(privateLink);
            await Assertions.Expect(form.Status).ToContainTextAsync("Acceptée : vos offres et demandes sont sur la bourse.");

            Assert.True(formViolations.Count == 0, string.Join(Environment.NewLine, formViolations));
            Assert.True(queueViolations.Count == 0, string.Join(Environment.NewLine, queueViolations));
            Assert.True(site.Problems.Count == 0, string.Join(Environment.NewLine, site.Problems));
        });
    }

    [Fact]
    public async Task RegistrationForm_SendPressedAgainWhileOnItsWay_TheSecondPressIsStopped()
    {
        await site.RunAsync(async () =>
        {
            var ev = await RegistrationOpenAsync("inscription-double");
            var form = new RegisterPage(await site.OpenAsync(390, 844));
            await form.OpenAsync(ev.Slug);
            await form.FillAsync("Nom de l'organisation *", "Cercle d'histoire de Jambes");
            await form.FillAsync("Nom *", "Marc Lemaire");
            await form.FillAsync("E-mail *", "marc.lemaire@histoire-jambes.example");
            await form.FillEntryAsync(1, "Une exposition de photos anciennes du quartier", null);
            // The venue's Wi-Fi is slow and the thumb presses "Send" again while the form is on its way. The page is asked which
            // presses went out: a listener after the page's own one records whether each send was stopped, and keeps the page here.
            var stopped = await form.Page.EvaluateAsync<bool[]>("""
                () => {
                  const seen = [];
                  document.addEventListener('submit', event => { seen.push(event.defaultPrevented); event.preventDefault(); });
                  const send = document.querySelector("[data-testid='submit']");
                  send.click();
                  send.click();
                  return seen;
                }
                """);

            Assert.Equal([false, true], stopped);
        });
    }
}
