using Microsoft.Playwright;

namespace Winwin.E2E.Pages;

/// <summary>The public registration form an organisation fills in from the invitation's link, and its private link afterwards.</summary>
public sealed class RegisterPage(IPage page)
{
    public IPage Page { get; } = page;

    public async Task OpenAsync(string slug)
    {
        await Page.GotoAsync($"/e/{slug}/register");
        await Page.Locator("form.register-form").WaitForAsync();
    }

    public Task FillAsync(string label, string value) => Page.GetByLabel(label, new() { Exact = true }).FillAsync(value);

    /// <summary>Fills the offer or request of one block of the form (from 1, as the block's legend says).</summary>
    public async Task FillEntryAsync(int number, string title, string? details = null)
    {
        var entry = Entry(number);
        await entry.GetByLabel("Titre").FillAsync(title);
        if (details is not null)
        {
            await entry.GetByLabel("Détails (facultatif)").FillAsync(details);
        }
    }

    public ILocator Entry(int number) => Page.Locator("[data-testid='entry']").Nth(number - 1);

    public ILocator ConfirmMoney => Page.Locator("#confirm-money");

    public Task SendAsync() => Page.Locator("[data-testid='submit']").ClickAsync();

    public ILocator Status => Page.Locator("[data-testid='registration-status']");

    public ILocator PrivateLink => Page.Locator("[data-testid='private-link']");
}

/// <summary>The coordinator's review queue, a tab of the event's page.</summary>
public sealed class RegistrationsTabPage(IPage page)
{
    public IPage Page { get; } = page;

    public ILocator Registration(string name) => Page.Locator($"[data-testid='registration']", new() { HasText = name });

    public Task MergeAsync(string name, string into) =>
        Registration(name).Locator("[data-testid='registration-merge']", new() { HasText = into }).ClickAsync();
}
