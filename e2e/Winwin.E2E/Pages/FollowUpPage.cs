using Microsoft.Playwright;

namespace Winwin.E2E.Pages;

/// <summary>The coordinator's follow-up list of one event.</summary>
public sealed class FollowUpPage(IPage page)
{
    public IPage Page { get; } = page;

    public async Task OpenAsync(string slug)
    {
        await Page.GotoAsync($"/control/{slug}/follow-up");
        await Page.Locator("[data-ready='true']").WaitForAsync();
    }

    public ILocator Row(int number) => Page.Locator($"tr[data-deal='{number}']");

    public ILocator Status(int number) => Row(number).Locator("[data-testid='status']");

    public ILocator Rows => Page.Locator("[data-testid='followup-list'] tbody tr");

    /// <summary>Opens the deal's follow-up dialog, picks a status, writes the notes and saves.</summary>
    public async Task RecordAsync(int number, string status, string notes)
    {
        await Row(number).Locator("[data-testid='record']").ClickAsync();
        var dialog = Page.Locator(".mud-dialog");
        await dialog.GetByText(status, new() { Exact = true }).ClickAsync();
        await dialog.Locator("#followup-notes").FillAsync(notes);
        await dialog.Locator("[data-testid='save-followup']").ClickAsync();
        await dialog.WaitForAsync(new() { State = WaitForSelectorState.Detached });
    }

    /// <summary>
    /// Ticks a deal. The box is drawn by the server: its state follows a round trip, so the click is checked by waiting
    /// for the box to show ticked rather than at once.
    /// </summary>
    public async Task SelectAsync(int number)
    {
        var box = Row(number).Locator("input[type=checkbox]");
        // Rows are tall (two parties, their contacts, what they said, their links): the box is brought to the middle of the
        // screen first, as a person would scroll to it, not clicked on the screen's bottom edge.
        await box.EvaluateAsync("b => b.scrollIntoView({ block: 'center' })");
        await box.ClickAsync();
        await Assertions.Expect(box).ToBeCheckedAsync(new() { Timeout = 5_000 });
    }

    /// <summary>Sets one status on the selected deals with the bulk bar.</summary>
    public async Task ApplyToSelectedAsync(string status)
    {
        await Page.Locator("[data-testid='bulk-status']").ClickAsync();
        await Page.Locator(".mud-popover-open .mud-list-item", new() { HasText = status }).First.ClickAsync();
        await Page.Locator("[data-testid='bulk-apply']").ClickAsync();
    }
}

/// <summary>The impact report of one event.</summary>
public sealed class ReportPage(IPage page)
{
    public IPage Page { get; } = page;

    public async Task OpenAsync(string slug)
    {
        await Page.GotoAsync($"/control/{slug}/report");
        await Page.Locator("article.report[data-ready='true']").WaitForAsync();
    }

    public ILocator RealisationRate => Page.Locator("[data-testid='realisation-rate']");

    public ILocator StatusSummary => Page.Locator("[data-testid='status-summary']");

    /// <summary>The editions compared, one column each, oldest first.</summary>
    public ILocator Editions => Page.Locator("[data-testid='editions'] thead th[data-edition]");
}
