using Microsoft.Playwright;

namespace Winwin.E2E.Pages;

/// <summary>The big screen of an event.</summary>
public sealed class BoardPage(IPage page)
{
    public IPage Page { get; } = page;

    public async Task OpenAsync(string slug)
    {
        await Page.GotoAsync($"/e/{slug}/board");
        await WaitUntilLiveAsync();
    }

    public Task WaitUntilLiveAsync() =>
        Page.Locator(".board[data-connection='live']").WaitForAsync();

    public ILocator Spotlight => Page.Locator("#spotlight .deal");

    /// <summary>Waits (5 s at most) for the deal with these parties to be in the spotlight.</summary>
    public async Task WaitForDealAsync(int number, params string[] parties)
    {
        var deal = Page.Locator($"#spotlight .deal[data-number='{number}']");
        await deal.WaitForAsync(new() { Timeout = 5_000 });
        foreach (var party in parties)
        {
            await Assertions.Expect(deal).ToContainTextAsync(party);
        }
    }

    /// <summary>A message from the facilitators in the banner under the header.</summary>
    public ILocator Message(string text) => Page.Locator("#messages .message", new() { HasText = text });

    /// <summary>Waits (5 s at most) for the message to be shown in the banner.</summary>
    public Task WaitForMessageAsync(string text) => Message(text).WaitForAsync(new() { Timeout = 5_000 });

    public ILocator Phase => Page.Locator("#phase");

    public ILocator Countdown => Page.Locator("#countdown");

    public ILocator Finale => Page.Locator(".finale");

    public Task<string> CounterAsync(string key) => Page.Locator($"[data-counter='{key}'] .value").InnerTextAsync();
}
