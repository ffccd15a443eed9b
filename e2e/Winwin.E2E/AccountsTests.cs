using Microsoft.Playwright;
using Winwin.Data;
using Winwin.E2E.Pages;
using Winwin.Live.Tests;

namespace Winwin.E2E;

[Collection(LiveSiteCollection.Name)]
public class AccountsTests(LiveSite site)
{
    [Fact]
    public async Task CoordinatorInvitesFacilitator_LinkSetsPasswordThenDisablingEndsTheSession()
    {
        await site.RunAsync(async () =>
        {
            await site.App.CreateEventAsync("bourse-comptes");
            var coordinator = await site.SignInAsync(StaffRoles.Coordinator, "Claire Coordinatrice");
            var accounts = new AccountsPage(coordinator.Page);
            await accounts.OpenAsync();

            var link = await accounts.InviteAsync("Fatima Facilitatrice", "fatima@winwin.test", StaffRoles.Facilitator);
            await Assertions.Expect(accounts.Row("fatima@winwin.test").Locator("[data-testid='account-state']")).ToContainTextAsync("Invité");
            await accounts.Page.ScreenshotAsync(new() { Path = Path.Combine(LiveSite.ScreenshotDirectory, "control-accounts.png"), Animations = ScreenshotAnimations.Disabled });

            // The invited facilitator opens the link in their own browser and chooses a password.
            var invited = await site.OpenAsync(1280, 800);
            await invited.GotoAsync(link);
            await Assertions.Expect(invited.Locator("main")).ToContainTextAsync("Fatima Facilitatrice");
            await invited.Locator("#password").FillAsync("une phrase facile à retenir");
            await invited.Locator("#confirm").FillAsync("une phrase facile à retenir");
            await invited.Locator("button[type=submit]").ClickAsync();
            await invited.WaitForURLAsync("**/control");
            await Assertions.Expect(invited.Locator("a[href='/control/bourse-comptes']")).ToBeVisibleAsync();
            // Facilitators do not see the coordinator's tools.
            await Assertions.Expect(invited.Locator("[data-testid='accounts-link']")).ToHaveCountAsync(0);

            // The link worked once.
            var again = await site.OpenAsync(1280, 800);
            await again.GotoAsync(link);
            await Assertions.Expect(again.Locator("[data-testid='invite-invalid']")).ToBeVisibleAsync();

            await accounts.OpenAsync();
            await Assertions.Expect(accounts.Row("fatima@winwin.test").Locator("[data-testid='account-state']")).ToContainTextAsync("Actif");
            await accounts.Row("fatima@winwin.test").Locator("[data-testid='account-disable']").ClickAsync();
            await Assertions.Expect(accounts.Row("fatima@winwin.test").Locator("[data-testid='account-state']")).ToContainTextAsync("Désactivé");

            await accounts.OpenAuditAsync();
            await Assertions.Expect(accounts.AuditAction("account.invited", "fatima")).ToContainTextAsync("Membre du personnel invité");
            await Assertions.Expect(accounts.AuditAction("account.disabled", "fatima")).ToContainTextAsync("Compte désactivé");
            await accounts.Page.ScreenshotAsync(new() { Path = Path.Combine(LiveSite.ScreenshotDirectory, "control-audit.png"), Animations = ScreenshotAnimations.Disabled });

            Assert.True(site.Problems.Count == 0, string.Join(Environment.NewLine, site.Problems));
        });
    }
}
