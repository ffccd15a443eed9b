using Microsoft.Playwright;

namespace Winwin.E2E.Pages;

/// <summary>The staff control panel: sign-in and the deal desk of one event.</summary>
public sealed class ControlPanelPage(IPage page)
{
    public IPage Page { get; } = page;

    public async Task SignInAsync(string email, string password)
    {
        await Page.GotoAsync("/control");
        await Page.Locator("#email").FillAsync(email);
        await Page.Locator("#password").FillAsync(password);
        await Page.Locator("button[type=submit]").ClickAsync();
        await Page.WaitForURLAsync("**/control");
    }

    public async Task OpenDeskAsync(string slug)
    {
        await Page.GotoAsync($"/control/{slug}");
        await Page.Locator("[data-ready='true']").WaitForAsync();
    }

    /// <summary>Chooses party <paramref name="number"/> by typing part of its name or its table number.</summary>
    public async Task ChoosePartyAsync(int number, string search, string name)
    {
        var input = Page.Locator($"#party-{number}");
        await input.ClickAsync();
        await input.FillAsync(search);
        await Page.Locator(".mud-popover-open .mud-list-item", new() { HasText = name }).First.ClickAsync();
        await Assertions.Expect(input).ToHaveValueAsync(new System.Text.RegularExpressions.Regex(System.Text.RegularExpressions.Regex.Escape(name)));
    }

    public Task GivesAsync(int number, string gives) => Page.Locator($"#gives-{number}").FillAsync(gives);

    public ILocator Reciprocity => Page.Locator("[data-testid='reciprocity']");

    public async Task AnnounceAsync()
    {
        await Page.Locator("[data-testid='announce']").ClickAsync();
    }

    public ILocator Snackbar => Page.Locator(".mud-snackbar");
}
