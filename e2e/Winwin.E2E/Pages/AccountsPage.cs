using Microsoft.Playwright;

namespace Winwin.E2E.Pages;

/// <summary>The coordinator's staff accounts page and the audit trail.</summary>
public sealed class AccountsPage(IPage page)
{
    public IPage Page { get; } = page;

    public async Task OpenAsync()
    {
        await Page.GotoAsync("/control/accounts");
        await Page.Locator("[data-ready='true']").WaitForAsync();
    }

    /// <summary>Invites someone in the given role; returns the link shown to copy.</summary>
    public async Task<string> InviteAsync(string name, string email, string role)
    {
        await Page.Locator("[data-testid='invite-name']").FillAsync(name);
        await Page.Locator("[data-testid='invite-email']").FillAsync(email);
        var roleBox = Page.Locator($"[data-testid='invite-role-{role}']");
        if (!await roleBox.IsCheckedAsync())
        {
            await roleBox.CheckAsync();
        }
        await Page.Locator("[data-testid='invite-submit']").ClickAsync();
        var link = Page.Locator("[data-testid='invite-link-text']");
        // Creating the account waits its turn at the one writer: on a busy machine that can take more than the usual 5 s.
        await Assertions.Expect(link).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("/account/invite\\?user="), new() { Timeout = 20_000 });
        return await link.InputValueAsync();
    }

    public ILocator Row(string email) => Page.Locator("tr", new() { Has = Page.Locator($"[data-account='{email}']") });

    public async Task OpenAuditAsync()
    {
        await Page.GotoAsync("/control/audit");
        await Page.Locator("[data-ready='true']").WaitForAsync();
    }

    /// <summary>The audit line of <paramref name="action"/> about the person named or addressed <paramref name="about"/> (other tests invite others on the same site).</summary>
    public ILocator AuditAction(string action, string about) =>
        Page.Locator("[data-testid='audit-entries'] tbody tr").Filter(new() { HasText = about }).Locator($"td[data-action='{action}']");
}
