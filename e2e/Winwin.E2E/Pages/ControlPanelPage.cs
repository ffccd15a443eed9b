using Microsoft.Playwright;

namespace Winwin.E2E.Pages;

/// <summary>The staff control panel: sign-in and the page of one event (its tabs, its latest deals, calls and messages).</summary>
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

    /// <summary>Retracts a deal from the latest-deals list, giving a reason.</summary>
    public async Task RetractAsync(int number, string reason)
    {
        await Page.Locator($"[data-deal='{number}'] [data-testid='deal-actions'] button").ClickAsync();
        await Page.Locator(".mud-popover-open .mud-menu-item", new() { HasText = "Retirer" }).ClickAsync();
        await Page.Locator("#reason").FillAsync(reason);
        await Page.Locator("[data-testid='confirm-reason']").ClickAsync();
    }

    public async Task OpenRatificationAsync(string slug)
    {
        await Page.GotoAsync($"/control/{slug}/ratification");
        await Page.Locator("[data-ready='true']").WaitForAsync(new() { State = WaitForSelectorState.Attached });
    }

    /// <summary>Moves the event to a phase with the buttons of the deal desk's header.</summary>
    public Task SetPhaseAsync(string phase) => Page.Locator($"[data-testid='phase-control'] [data-phase='{phase}']").ClickAsync();

    public Task RevealAsync() => Page.Locator("[data-testid='reveal']").ClickAsync();

    public ILocator PendingDeal(int number) => Page.Locator($"[data-pending='{number}']");

    public Task ApproveAsync(int number) => PendingDeal(number).Locator("[data-testid='approve']").ClickAsync();

    public ILocator Snackbar => Page.Locator(".mud-snackbar");

    public Task OpenTabAsync(string name) => Page.GetByRole(AriaRole.Tab, new() { Name = name }).ClickAsync();

    /// <summary>Chooses a CSV file in the import tab; the preview (or the problems) appears.</summary>
    public async Task ChooseImportFileAsync(string fileName, string content)
    {
        // MudFileUpload keeps a fresh input after the last one used; the newest is the one that listens, once Blazor's
        // file input script has taken it (it numbers the files it reads): a person is never that quick, a test on a busy machine can be.
        await Page.WaitForFunctionAsync("""
            () => { const inputs = document.querySelectorAll('input[type=file]'); const last = inputs[inputs.length - 1];
                    return !!last && last._blazorInputFileNextFileId !== undefined; }
            """);
        await Page.Locator("input[type=file]").Last.SetInputFilesAsync(new FilePayload
        {
            Name = fileName,
            MimeType = "text/csv",
            Buffer = System.Text.Encoding.UTF8.GetBytes(content),
        });
        await Page.Locator("[data-testid='import-file-name']", new() { HasText = fileName }).WaitForAsync();
    }

    /// <summary>Adds an offer or request from the quick-add row of the offers-and-requests tab.</summary>
    public async Task QuickAddAsync(string title, string category, string organizationSearch, string organization)
    {
        await Page.Locator("#quick-title").FillAsync(title);
        await Page.Locator("[data-testid='quick-category']").ClickAsync();
        await Page.Locator(".mud-popover-open .mud-list-item", new() { HasText = category }).First.ClickAsync();
        var input = Page.Locator("#quick-organization");
        await input.FillAsync(organizationSearch);
        await Page.Locator(".mud-popover-open .mud-list-item", new() { HasText = organization }).First.ClickAsync();
        await Page.Locator("[data-testid='quick-add-button']").ClickAsync();
    }

    /// <summary>Ticks or unticks "present" for an organisation in the organisations tab.</summary>
    public Task CheckInAsync(string organization) => PresentSwitch(organization).ClickAsync();

    public ILocator PresentSwitch(string organization) =>
        Page.Locator("[data-testid='organizations'] tr", new() { HasText = organization }).Locator("input[type=checkbox]");

    public ILocator ImportProblems => Page.Locator("[data-testid='import-problems'] tbody tr");

    public ILocator ImportSummary => Page.Locator("[data-testid='import-summary']");

    public ILocator ImportWarnings => Page.Locator("[data-testid='import-warnings'] tbody tr");

    public ILocator ImportConfirm => Page.Locator("[data-testid='import-confirm']");

    /// <summary>Ticks "I have read them" under the import's warnings.</summary>
    public Task ConfirmImportWarningsAsync() => Page.Locator("[data-testid='import-warnings-confirm']").CheckAsync();

    public Task ConfirmImportAsync() => Page.Locator("[data-testid='import-confirm']").ClickAsync();
}
