using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Winwin.E2E.Pages;

/// <summary>The deal desk (<c>/control/{slug}/desk</c>): the browser form where facilitators record deals, online or not.</summary>
public sealed class DeskPage(IPage page)
{
    public IPage Page { get; } = page;

    /// <summary>Clicks, fills and key presses made through this page object: the effort a facilitator spends.</summary>
    public int Interactions { get; private set; }

    public ILocator Root => Page.Locator(".desk");

    public async Task OpenAsync(string slug, string? query = null)
    {
        await Page.GotoAsync($"/control/{slug}/desk{query}");
        await WaitReadyAsync();
    }

    /// <summary>Waits until the desk shows its event (the first load of a desk asks a server that may just have started).</summary>
    public Task WaitReadyAsync() => Page.Locator(".desk[data-ready='true']").WaitForAsync(new() { Timeout = 20_000 });

    /// <summary>Waits until the desk says it is online (its live connection is up).</summary>
    public Task WaitOnlineAsync(float timeout = 10_000) =>
        Assertions.Expect(Root).ToHaveAttributeAsync("data-connection", "live", new() { Timeout = timeout });

    public ILocator Party(int number) => Page.Locator($"#party-{number}");

    public ILocator Gives(int number) => Page.Locator($"#gives-{number}");

    /// <summary>The message under what party <paramref name="number"/> gives (the no-money rule, lengths).</summary>
    public ILocator GivesMessage(int number) => Page.Locator($"#gives-{number}-msg");

    public ILocator PartyMessage(int number) => Page.Locator($"#party-{number}-msg");

    /// <summary>The options listed under party <paramref name="number"/>'s field.</summary>
    public ILocator Options(int number) => Page.Locator($"#party-{number}-list .option");

    /// <summary>The option highlighted for what is typed (what Enter would choose).</summary>
    public ILocator Highlighted(int number) => Page.Locator($"#party-{number}-list .option[aria-selected='true']");

    /// <summary>Chooses party <paramref name="number"/> by typing part of its name or its table number and clicking it in the list.</summary>
    public async Task ChoosePartyAsync(int number, string search, string name)
    {
        await Party(number).FillAsync(search);
        await Options(number).Filter(new() { HasText = name }).First.ClickAsync();
        Interactions += 2;
        await Assertions.Expect(Party(number)).ToHaveValueAsync(new Regex(Regex.Escape(name)));
    }

    /// <summary>Types <paramref name="text"/> key by key into party <paramref name="number"/>, then presses Enter at once.</summary>
    public async Task TypeAndEnterAsync(int number, string text)
    {
        await Party(number).FillAsync("");
        await Party(number).PressSequentiallyAsync(text);
        await Party(number).PressAsync("Enter");
        Interactions += 2;
    }

    public async Task GivesAsync(int number, string gives)
    {
        Interactions++;
        await Gives(number).FillAsync(gives);
    }

    public ILocator Reciprocity => Page.Locator("[data-testid='reciprocity']");

    public ILocator AnnounceButton => Page.Locator("[data-testid='announce']");

    public async Task AnnounceAsync()
    {
        Interactions++;
        await AnnounceButton.ClickAsync();
    }

    public ILocator Toast => Page.Locator("[data-f='toast']");

    /// <summary>The header's line on deals waiting to be sent ("2 accords en attente d'envoi").</summary>
    public ILocator WaitingCount => Page.Locator("[data-testid='outbox-count']");

    public ILocator Outbox => Page.Locator("#outbox");

    public ILocator OutboxItems => Page.Locator("#outbox .outbox-item");

    public ILocator Deal(int number) => Page.Locator($"#deals [data-deal='{number}']");

    public ILocator Calls => Page.Locator("#calls .call");

    public ILocator FormProblems => Page.Locator("#form-problems");

    public async Task RetractAsync(int number, string reason)
    {
        await Deal(number).Locator("[data-action='retract']").ClickAsync();
        await Page.Locator("#retract-reason").FillAsync(reason);
        await Page.Locator("[data-testid='confirm-retract']").ClickAsync();
    }

    public Task CorrectAsync(int number) => Deal(number).Locator("[data-action='correct']").ClickAsync();
}
