using Microsoft.Extensions.DependencyInjection;
using Winwin.Data;
using Winwin.Live.Features.Accounts;

namespace Winwin.E2E.Rehearsal;

/// <summary>A screen size the rehearsal tries a page at.</summary>
public sealed record ScreenSize(int Width, int Height)
{
    public override string ToString() => $"{Width}×{Height}";
}

/// <summary>
/// One page of the rehearsal: how to find its address on the site (after its bourse is seeded), the sizes it must hold
/// at, whether it needs a signed-in coordinator, and what to wait for before it is checked (besides the page's load
/// and quiet network; a live page also waits until it is connected).
/// </summary>
public sealed record RehearsalPage(string Name, string? Bourse, Func<LiveSite, Task<string>> Address, IReadOnlyList<ScreenSize> Sizes,
    bool SignedIn = false, string? ReadySelector = null, Func<Microsoft.Playwright.IPage, Task>? Then = null)
{
    /// <summary>A staff page, signed in as a coordinator, at the desk's sizes; <paramref name="then"/> is what a person does once it is shown (open a tab).</summary>
    public static RehearsalPage Staff(string name, string path, string ready = "[data-ready='true']", Func<Microsoft.Playwright.IPage, Task>? then = null,
        string bourse = RehearsalBourses.Open) =>
        new(name, bourse, _ => Task.FromResult(path), RehearsalPages.Desks, SignedIn: true, ReadySelector: ready, Then: then);

    /// <summary>What a person does to open one tab of a staff page (by the start of its French name), and what shows once it is open.</summary>
    public static Func<Microsoft.Playwright.IPage, Task> Tab(string name, string shown) => async page =>
    {
        await page.GetByRole(Microsoft.Playwright.AriaRole.Tab, new() { Name = name }).ClickAsync();
        await page.Locator(shown).First.WaitForAsync();
    };

    public static RehearsalPage At(string name, string bourse, string path, IReadOnlyList<ScreenSize> sizes) =>
        new(name, bourse, _ => Task.FromResult(path), sizes);

    /// <summary>
    /// A page a new staff member reaches from a link, before having signed in (the first coordinator's set-up, an
    /// invitation), at the desk's sizes; <paramref name="then"/> is what the person does once it is shown.
    /// </summary>
    public static RehearsalPage Account(string name, Func<LiveSite, Task<string>> address, Func<Microsoft.Playwright.IPage, Task>? then = null) =>
        new(name, null, address, RehearsalPages.Desks, ReadySelector: "main form", Then: then);

    /// <summary>What a person does on a plain form: fills its fields (by their id), sends it, and waits for the reasons under the refused fields.</summary>
    public static Func<Microsoft.Playwright.IPage, Task> SendRefused(params (string Id, string Value)[] fields) => async page =>
    {
        foreach (var (id, value) in fields)
        {
            await page.Locator($"#{id}").FillAsync(value);
        }
        // The browser's own checks stay out of the way: the server's reasons are what is being looked at.
        await page.Locator("main form").EvaluateAsync("form => form.noValidate = true");
        await page.Locator("main form button[type='submit']").ClickAsync();
        await page.Locator(".field-error").First.WaitForAsync();
    };
}

/// <summary>
/// Every page of the dress rehearsal and the sizes it is tried at. A new page joins by one line here: the rehearsal
/// opens it at each size and fails on cut or overlapping text, a link that does not answer 200 (public pages), or a
/// serious or critical axe-core violation.
/// </summary>
public static class RehearsalPages
{
    public static readonly ScreenSize[] Boards = [new(1920, 1080), new(1280, 720), new(3840, 2160)];
    public static readonly ScreenSize[] Phones = [new(360, 640), new(390, 844)];
    public static readonly ScreenSize[] Desks = [new(1024, 768), new(1366, 768)];
    public static readonly ScreenSize[] PhonesAndLaptop = [.. Phones, new(1280, 800)];

    private const string Open = RehearsalBourses.Open;

    public static readonly IReadOnlyList<RehearsalPage> Public =
    [
        RehearsalPage.At("front door", Open, "/", PhonesAndLaptop),
        RehearsalPage.At("front door /e/", Open, "/e/", PhonesAndLaptop),
        RehearsalPage.At("phone feed with a message", Open, $"/e/{Open}", Phones),
        RehearsalPage.At("phone offers", Open, $"/e/{Open}/offers", Phones),
        RehearsalPage.At("phone requests, page 2", Open, $"/e/{Open}/requests?page=2", Phones),
        RehearsalPage.At("phone participants", Open, $"/e/{Open}/participants", Phones),
        RehearsalPage.At("phone search \"laptop\"", Open, $"/e/{Open}/offers?q=laptop", Phones),
        RehearsalPage.At("phone search with a category", Open, $"/e/{Open}/requests?q=salle&c=space", Phones),
        new("phone organisation with the longest name", Open,
            async site => $"/e/{Open}/participants/{(await RehearsalBourses.FactsAsync(site, Open)).LongestNamed}", Phones),
        RehearsalPage.At("participant's own page, none chosen", Open, $"/e/{Open}/mine", Phones),
        new("participant's own page", Open,
            async site => $"/e/{Open}/mine?org={(await RehearsalBourses.FactsAsync(site, Open)).LongestNamed}", Phones),
        new("match form of a three-party deal", Open,
            async site => $"/m/{(await RehearsalBourses.FactsAsync(site, Open)).LastDealToken}", PhonesAndLaptop),
        new("a party's own link to a three-party deal", Open, site => RehearsalBourses.PartyLinkAsync(site, Open), PhonesAndLaptop),
        new("a party's own link, mistake without a note", Open, site => RehearsalBourses.PartyLinkAsync(site, Open), PhonesAndLaptop,
            Then: async page =>
            {
                await page.GetByText("Signaler une erreur").ClickAsync();
                await page.Locator("[data-testid='dispute-deal']").ClickAsync();
                await page.Locator(".you .error").First.WaitForAsync();
            }),
        new("a party's own link after the bourse", RehearsalBourses.Closed, site => RehearsalBourses.PartyLinkAsync(site, RehearsalBourses.Closed), PhonesAndLaptop),
        RehearsalPage.At("board, open, message up", Open, $"/e/{Open}/board", Boards),
        RehearsalPage.At("board, before opening", RehearsalBourses.BeforeOpening, $"/e/{RehearsalBourses.BeforeOpening}/board", Boards),
        RehearsalPage.At("board, last call", RehearsalBourses.LastCall, $"/e/{RehearsalBourses.LastCall}/board", Boards),
        RehearsalPage.At("board, closed", RehearsalBourses.Closed, $"/e/{RehearsalBourses.Closed}/board", Boards),
        RehearsalPage.At("phone feed, before opening", RehearsalBourses.BeforeOpening, $"/e/{RehearsalBourses.BeforeOpening}", Phones),
        RehearsalPage.At("phone feed, closed", RehearsalBourses.Closed, $"/e/{RehearsalBourses.Closed}", Phones),
        RehearsalPage.At("sign-in", Open, "/account/login", PhonesAndLaptop),
        RehearsalPage.At("registration form", RehearsalBourses.BeforeOpening, $"/e/{RehearsalBourses.BeforeOpening}/register", PhonesAndLaptop),
        new("registration form, refused", RehearsalBourses.BeforeOpening, _ => Task.FromResult($"/e/{RehearsalBourses.BeforeOpening}/register"), PhonesAndLaptop,
            Then: async page =>
            {
                await page.Locator("#contactEmail").FillAsync("claire@");
                await page.Locator("#title-0").FillAsync("Un don de 500 € pour notre fête de quartier");
                await page.Locator("[data-testid='submit']").ClickAsync();
                await page.Locator(".field-error").First.WaitForAsync();
            }),
        new("registration's private link", RehearsalBourses.BeforeOpening, RehearsalBourses.RegistrationLinkAsync, PhonesAndLaptop),
        RehearsalPage.At("results, closed", RehearsalBourses.Closed, $"/e/{RehearsalBourses.Closed}/results", PhonesAndLaptop),
    ];

    /// <summary>
    /// The staff pages of the rehearsal at the desk's sizes: the control panel signed in as a coordinator, and the pages a new
    /// staff member opens from a link before signing in (first set-up, invitation). Add a page here as
    /// <c>new("event desk", Open, _ => Task.FromResult($"/control/{Open}"), Desks, SignedIn: true, ReadySelector: "[data-ready]")</c>.
    /// </summary>
    public static readonly IReadOnlyList<RehearsalPage> Staff =
    [
        new("deal desk", Open, _ => Task.FromResult($"/control/{Open}/desk"), Desks, SignedIn: true, ReadySelector: ".desk[data-ready='true']"),
        RehearsalPage.Staff("event list", "/control", "[data-testid='event-card']"),
        RehearsalPage.Staff("new event form", "/control/new", "[data-ready='true']"),
        RehearsalPage.Staff("new event form, sent empty", "/control/new", "[data-ready='true']",
            async page =>
            {
                await page.Locator("[data-testid='save-event']").ClickAsync();
                await page.Locator(".mud-input-error").First.WaitForAsync();
            }),
        RehearsalPage.Staff("event overview", $"/control/{Open}"),
        RehearsalPage.Staff("event suggestions", $"/control/{Open}", then: RehearsalPage.Tab("Suggestions", "[data-testid='suggestions'][data-loaded='true']")),
        RehearsalPage.Staff("event organisations", $"/control/{Open}", then: RehearsalPage.Tab("Organisations", "[data-testid='organizations'] tbody tr")),
        RehearsalPage.Staff("event listings grid", $"/control/{Open}", then: RehearsalPage.Tab("Offres et demandes", "[data-testid='listings'] tbody tr")),
        RehearsalPage.Staff("event import and export", $"/control/{Open}", then: RehearsalPage.Tab("Import et export", "[data-testid='import-export']")),
        RehearsalPage.Staff("event settings", $"/control/{Open}/settings"),
        RehearsalPage.Staff("registrations to review", $"/control/{RehearsalBourses.BeforeOpening}/registrations", "[data-testid='registration']",
            bourse: RehearsalBourses.BeforeOpening),
        RehearsalPage.Staff("ratification", $"/control/{Open}/ratification"),
        RehearsalPage.Staff("follow-up", $"/control/{RehearsalBourses.Closed}/follow-up", bourse: RehearsalBourses.Closed),
        RehearsalPage.Staff("report", $"/control/{RehearsalBourses.Closed}/report", bourse: RehearsalBourses.Closed),
        RehearsalPage.Staff("accounts", "/control/accounts"),
        RehearsalPage.Staff("audit log", "/control/audit"),
        RehearsalPage.Account("account setup", SetupLinkAsync),
        RehearsalPage.Account("account setup, refused", SetupLinkAsync,
            RehearsalPage.SendRefused(("name", ""), ("email", "claire.coordinatrice@wavre"), ("password", "une longue phrase secrète"))),
        RehearsalPage.Account("account invitation", InvitationLinkAsync),
        RehearsalPage.Account("account invitation, refused", InvitationLinkAsync,
            RehearsalPage.SendRefused(("password", "court"), ("confirm", "court"))),
    ];

    /// <summary>The first coordinator's one-time set-up link, as the server log prints it.</summary>
    private static Task<string> SetupLinkAsync(LiveSite site) =>
        Task.FromResult($"/account/setup?token={site.App.Services.GetRequiredService<SetupToken>().Issue()}");

    /// <summary>A fresh invitation's link, for a person with a long name (the page greets them by it).</summary>
    private static async Task<string> InvitationLinkAsync(LiveSite site)
    {
        var invited = await site.App.Services.GetRequiredService<StaffAccountService>().InviteAsync(
            "Marie-Christine Vandenbroucke-Van der Straeten de Ghellinck", $"invitee-{Guid.NewGuid():N}@wavre.example", [StaffRoles.Facilitator],
            Winwin.Live.Features.Commands.StaffActor.System, "http://localhost/");
        return new Uri(invited.Value!.Link).PathAndQuery;
    }

    public static IEnumerable<RehearsalPage> All => Public.Concat(Staff);

    /// <summary>Every page at every size, for a theory: its name, width and height.</summary>
    public static TheoryData<string, int, int> Cases()
    {
        var cases = new TheoryData<string, int, int>();
        foreach (var page in All)
        {
            foreach (var size in page.Sizes)
            {
                cases.Add(page.Name, size.Width, size.Height);
            }
        }
        return cases;
    }

    public static RehearsalPage Find(string name) => All.Single(p => p.Name == name);
}
