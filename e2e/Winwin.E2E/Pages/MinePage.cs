using Microsoft.Playwright;

namespace Winwin.E2E.Pages;

/// <summary>The participant's own phone page: its organisation, what may match, and "call a facilitator".</summary>
public sealed class MinePage(IPage page)
{
    public IPage Page { get; } = page;

    public Task OpenAsync(string slug) => Page.GotoAsync($"/e/{slug}/mine");

    /// <summary>Picks the organisation in the list; the page reloads with its suggestions.</summary>
    public async Task ChooseOrganizationAsync(string name)
    {
        var value = await Page.Locator("#org option", new() { HasText = name }).First.GetAttributeAsync("value");
        await Page.Locator("#org").SelectOptionAsync(value!);
        await Page.Locator("#choose-org button[type=submit]").ClickAsync();
        await CallButton.WaitForAsync();
    }

    /// <summary>Once an organisation is shown, picking another one in the list opens its page by itself.</summary>
    public async Task SwitchOrganizationAsync(string name)
    {
        var value = await Page.Locator("#org option", new() { HasText = name }).First.GetAttributeAsync("value");
        await Page.Locator("#org").SelectOptionAsync(value!);
        await Page.WaitForURLAsync($"**/mine?org={value}");
        await CallButton.WaitForAsync();
    }

    public ILocator CallButton => Page.Locator("#call");

    public ILocator CallState => Page.Locator("#call-state");

    public ILocator ForRequests => Page.Locator("#for-requests");

    public ILocator ForOffers => Page.Locator("#for-offers");
}

/// <summary>The "calls from the tables" queue on the event desk.</summary>
public sealed class CallsPanelPage(IPage page)
{
    public IPage Page { get; } = page;

    public ILocator Panel => Page.Locator("[data-testid='calls-panel']");

    public ILocator Call(string organization) => Panel.Locator("[data-call]", new() { HasText = organization });

    public Task TakeAsync(string organization) => Call(organization).Locator("[data-testid='call-take']").ClickAsync();

    public Task DoneAsync(string organization) => Call(organization).Locator("[data-testid='call-done']").ClickAsync();
}
