using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Winwin.Data;
using Winwin.Live.Features.Accounts;

namespace Winwin.Live.Tests.Features.Accounts;

/// <summary>The coordinators' accounts page, rendered: invitations and role changes as the coordinator makes them.</summary>
public class AccountsPageTests : StaffScreenTest
{
    [Fact]
    public async Task Invite_NameEmailAndRole_LinkShownAndAccountListedAsInvited()
    {
        await SignInAsync(StaffRoles.Coordinator, "Claire Coordinatrice");
        var page = Screen.Render<AccountsPage>();

        Input(page, "invite-name").Input("Fatima Facilitatrice");
        Input(page, "invite-email").Input("fatima@winwin.test");
        page.Find("[data-testid='invite-submit']").Click();

        page.WaitForAssertion(() => Assert.Contains("/account/invite?user=", Input(page, "invite-link-text").GetAttribute("value"), StringComparison.Ordinal));
        Assert.StartsWith("Envoyez ce lien à fatima@winwin.test", page.Find("[data-testid='invite-link-message']").TextContent.Trim(), StringComparison.Ordinal);
        var row = page.Find("[data-account='fatima@winwin.test']").ParentElement!;
        Assert.Contains("Fatima Facilitatrice", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Invité", row.QuerySelector("[data-testid='account-state']")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Invitation prête.", Snackbars.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invite_BadEmailAndNoRole_ReasonsUnderTheEmailAndTheRolesAndNoAccount()
    {
        await SignInAsync(StaffRoles.Coordinator, "Claire Coordinatrice");
        var page = Screen.Render<AccountsPage>();

        Input(page, "invite-name").Input("Fatima Facilitatrice");
        Input(page, "invite-email").Input("fatima@winwin");
        Within(page.Find($"[data-testid='invite-role-{StaffRoles.Facilitator}']"), "input").Change(false);
        page.Find("[data-testid='invite-submit']").Click();

        page.WaitForAssertion(() => Assert.Equal("« fatima@winwin » n'est pas une adresse e-mail valable.",
            Input(page, "invite-email").Closest(".mud-input-control")!.QuerySelector(".mud-input-helper-text.mud-input-error")?.TextContent.Trim()));
        Assert.Equal("Choisissez au moins un rôle.", page.Find("[data-testid='invite-roles-error']").TextContent.Trim());
        Assert.Null(Input(page, "invite-name").Closest(".mud-input-control")!.QuerySelector(".mud-input-helper-text.mud-input-error"));
        Assert.DoesNotContain("fatima", Snackbars.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain(await App.Services.GetRequiredService<StaffAccountService>().ListAsync(), a => a.Email.StartsWith("fatima", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Role_TickedForAnotherAccount_SavedAndAuditedByTheCoordinator()
    {
        await SignInAsync(StaffRoles.Coordinator, "Claire Coordinatrice");
        var fatima = await App.CreateUserAsync(StaffRoles.Facilitator, "Fatima Facilitatrice");
        var page = Screen.Render<AccountsPage>();

        var row = page.Find($"[data-account='{fatima}']").ParentElement!;
        Within(row.QuerySelector($"[data-testid='role-{StaffRoles.Notary}']")!, "input").Change(true);

        page.WaitForAssertion(() => Assert.Contains("Rôles enregistrés.", Snackbars.Markup, StringComparison.Ordinal));
        var account = (await App.Services.GetRequiredService<StaffAccountService>().ListAsync()).Single(a => a.Email == fatima);
        Assert.Equal([StaffRoles.Facilitator, StaffRoles.Notary], account.Roles);
        await using var db = await App.DbFactory.CreateDbContextAsync();
        Assert.Equal("Claire Coordinatrice", (await db.Audit.SingleAsync(a => a.Action == "account.roles")).ActorName);
    }
}
