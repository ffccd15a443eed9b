using Microsoft.Playwright;

namespace Winwin.E2E.Pages;

/// <summary>The attendee's phone view of an event: the feed, and the lists of offers, requests and participants.</summary>
public sealed class PhonePage(IPage page)
{
    public IPage Page { get; } = page;

    /// <summary>Opens the feed (the page the QR code leads to) and waits until it is live.</summary>
    public async Task OpenAsync(string slug)
    {
        await Page.GotoAsync($"/e/{slug}");
        await Page.Locator(".phone[data-connection='live']").WaitForAsync();
    }

    /// <summary>Opens a list (<c>offers</c>, <c>requests</c> or <c>participants</c>) and waits until it is live.</summary>
    public async Task OpenListAsync(string slug, string list)
    {
        await Page.GotoAsync($"/e/{slug}/{list}");
        await Page.Locator(".phone[data-connection='live']").WaitForAsync();
    }

    /// <summary>Waits (5 s at most) for the deal at the top of the feed.</summary>
    public async Task WaitForDealAsync(int number, params string[] parties)
    {
        var deal = Page.Locator($"#deals > li:first-child .deal[data-number='{number}']");
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

    /// <summary>An offer or request in the list shown.</summary>
    public ILocator Listing(string title) => Page.Locator("#list .listing", new() { HasText = title });

    /// <summary>Types in the finder: the list follows as one types.</summary>
    public Task FindAsync(string text) => Page.Locator("#find").FillAsync(text);

    public ILocator VisibleListings => Page.Locator("#list .listing:visible");

    public ILocator Counter(string key) => Page.Locator($"[data-counter='{key}'] .value");
}
