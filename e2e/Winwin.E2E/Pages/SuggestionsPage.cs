using Microsoft.Playwright;

namespace Winwin.E2E.Pages;

/// <summary>The suggestions tab of the event desk: win-wins, suggestions for a request, and the deal they open.</summary>
public sealed class SuggestionsPage(IPage page)
{
    public IPage Page { get; } = page;

    public async Task OpenAsync()
    {
        await Page.GetByRole(AriaRole.Tab, new() { Name = "Suggestions" }).ClickAsync();
        await Page.Locator("#suggest-request").WaitForAsync();
    }

    public ILocator WinWins => Page.Locator("[data-testid='win-win']");

    public ILocator Suggestions => Page.Locator("[data-testid='suggestion']");

    /// <summary>Picks an open request by typing part of its title.</summary>
    public async Task ChooseRequestAsync(string search, string title)
    {
        var input = Page.Locator("#suggest-request");
        for (var attempt = 1; ; attempt++)
        {
            await input.FillAsync(search);
            await Page.Locator(".mud-popover-open .mud-list-item", new() { HasText = title }).First.ClickAsync();
            try
            {
                await Assertions.Expect(Suggestions.First).ToBeVisibleAsync(new() { Timeout = 3_000 });
                return;
            }
            catch (PlaywrightException) when (attempt < 3)
            {
            }
        }
    }

    /// <summary>Opens the deal desk, its form filled from the suggestion.</summary>
    public async Task MakeDealAsync(ILocator suggestion)
    {
        await suggestion.Locator("[data-testid='make-deal']").ClickAsync();
        await Page.WaitForURLAsync("**/desk**");
    }
}
