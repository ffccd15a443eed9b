using Microsoft.Playwright;

namespace Winwin.E2E.Pages;

/// <summary>The control panel's messages to the room, on an open event desk.</summary>
public sealed class MessagesPanelPage(IPage page)
{
    public IPage Page { get; } = page;

    public ILocator Panel => Page.Locator("[data-testid='messages-panel']");

    public ILocator Text => Panel.Locator("#message-text");

    /// <summary>Types the message and presses Enter, as a facilitator in a hurry does.</summary>
    public async Task PostAsync(string text)
    {
        await Text.FillAsync(text);
        await Text.PressAsync("Enter");
    }

    /// <summary>Clicks a one-click suggestion; returns its text.</summary>
    public async Task<string> ChooseSuggestionAsync(int index)
    {
        var suggestion = Panel.Locator("[data-testid='message-suggestion']").Nth(index);
        await suggestion.ClickAsync();
        return await suggestion.InnerTextAsync();
    }

    /// <summary>The message as listed among those on the screens.</summary>
    public ILocator Active(string text) => Panel.Locator("[data-testid='message-active']", new() { HasText = text });

    public Task RemoveAsync(string text) => Active(text).Locator("[data-testid='message-remove']").ClickAsync();
}
