using Microsoft.Playwright;

namespace Winwin.E2E.Pages;

/// <summary>A party's own link to its deal (<c>/m/{token}</c>): the match form, the answer to it, and later how the deal went.</summary>
public sealed class PartyLinkPage(IPage page)
{
    public IPage Page { get; } = page;

    public ILocator Panel => Page.Locator("[data-testid='party-panel']");

    public ILocator Saved => Page.Locator("[data-testid='party-saved']");

    public ILocator Answer => Page.Locator("[data-testid='party-answer']");

    public ILocator Report => Page.Locator("[data-testid='party-report']");

    public Task OpenAsync(string link) => Page.GotoAsync(link);

    public Task ConfirmAsync() => Page.Locator("[data-testid='confirm-deal']").ClickAsync();

    public async Task ReportMistakeAsync(string note)
    {
        await Page.GetByText("Signaler une erreur").ClickAsync();
        await Page.Locator("#answer-note").FillAsync(note);
        await Page.Locator("[data-testid='dispute-deal']").ClickAsync();
    }

    /// <summary>Says how the deal went: <paramref name="status"/> as the page words it (« Réalisé »), with a note.</summary>
    public async Task ReportAsync(string status, string note)
    {
        await Page.GetByLabel(status, new() { Exact = true }).CheckAsync();
        await Page.Locator("#report-note").FillAsync(note);
        await Page.Locator("[data-testid='send-report']").ClickAsync();
    }
}
