using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Winwin.Data;
using Winwin.Live.Features.Deals;
using Winwin.Live.Features.Live;

namespace Winwin.Live.Tests.Features.MatchForm;

public class MatchFormPageTests
{
    /// <summary>The private token of the event's deal with this number, as the parties receive it.</summary>
    private static async Task<string> TokenAsync(WinwinApplication app, TestEvent ev, int number)
    {
        await using var db = await app.DbFactory.CreateDbContextAsync();
        return await db.Deals.Where(d => d.EventId == ev.Id && d.Number == number).Select(d => d.PrivateToken).SingleAsync();
    }

    /// <summary>An event with one announced deal: Garage Piron (company, table 3) and Restos du Cœur Namur (association, table 4).</summary>
    private static async Task<(TestEvent Event, string Token)> DealAsync(WinwinApplication app)
    {
        var ev = await app.CreateEventAsync();
        var staff = await app.CreateClientAsync(StaffRoles.Facilitator);
        var deal = await WinwinApplication.AnnounceAsync(staff, ev, "Une camionnette le samedi", first: 2, second: 3);
        return (ev, await TokenAsync(app, ev, deal.Number));
    }

    private static async Task<string> PageAsync(HttpClient client, string token)
    {
        var response = await client.GetAsync($"/m/{token}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task MatchForm_AnnouncedDeal_ShowsEventPartiesWhatEachGivesAndFollowUpDate()
    {
        await using var app = new WinwinApplication();
        var (_, token) = await DealAsync(app);

        var html = await PageAsync(app.CreateClient(), token);

        Assert.Contains("Bourse Winwin de Namur", html);
        Assert.Contains("Hôtel de ville", html);
        Assert.Contains("Accord n° 1", html);
        Assert.Contains("Annoncé", html);
        var piron = html.IndexOf("Garage Piron", StringComparison.Ordinal);
        var restos = html.IndexOf("Restos du Cœur Namur", StringComparison.Ordinal);
        Assert.True(piron >= 0 && restos > piron, "Both parties, in the order they were recorded");
        Assert.Contains("Une camionnette le samedi", html);
        Assert.Contains("Une animation", html);
        Assert.Contains("Entreprise", html);
        Assert.Contains("Association", html);
        Assert.Contains("Table 3", html);
        Assert.Contains("Table 4", html);
        // The bourse ended on 12 March 2026; the follow-up comes three weeks later.
        Assert.Contains("jeudi 2 avril 2026", html);
        Assert.Contains($"/m/{token}/qr.svg", html);
        Assert.DoesNotContain("blazor.web.js", html);
        Assert.DoesNotContain("MudBlazor", html);
    }

    [Fact]
    public async Task MatchForm_EventsOwnFirstContactDays_GiveTheFollowUpDate()
    {
        await using var app = new WinwinApplication();
        var (ev, token) = await DealAsync(app);
        await app.SetEventAsync(ev.Id, e => e.FollowUpFirstContactDays = 30);

        var html = await PageAsync(app.CreateClient(), token);

        // 12 March 2026 and 30 days.
        Assert.Contains("samedi 11 avril 2026", html);
    }

    [Fact]
    public async Task MatchForm_OneWayDeal_ShowsThePartyThatOnlyReceives()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var staff = await app.CreateClientAsync(StaffRoles.Facilitator);
        var command = new AnnounceDealCommand(Guid.NewGuid(),
            [new AnnounceDealParty(ev.Organizations[0], "500 affiches A3"), new AnnounceDealParty(ev.Organizations[1], null)], [], ev.MeansCategoryId);
        (await staff.PostAsJsonAsync($"/api/events/{ev.Slug}/deals", command, LiveJson.Options)).EnsureSuccessStatusCode();

        var html = await PageAsync(app.CreateClient(), await TokenAsync(app, ev, 1));

        Assert.Contains("500 affiches A3", html);
        Assert.Contains("reçoit", html);
        Assert.Contains("à sens unique", html);
        Assert.Contains("Matériel", html);
    }

    [Fact]
    public async Task MatchForm_AnyDeal_ShowsNoContactData()
    {
        await using var app = new WinwinApplication();
        var (ev, token) = await DealAsync(app);

        var html = await PageAsync(app.CreateClient(), token);

        Assert.All(ev.ContactData, contact => Assert.DoesNotContain(contact, html, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain("@", html[html.IndexOf("<body", StringComparison.Ordinal)..]);
    }

    [Fact]
    public async Task MatchForm_RetractedDeal_WarnsThatItIsNoLongerValid()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var staff = await app.CreateClientAsync(StaffRoles.Facilitator);
        await WinwinApplication.AnnounceAsync(staff, ev);
        Guid version;
        await using (var db = await app.DbFactory.CreateDbContextAsync())
        {
            version = await db.Deals.Where(d => d.EventId == ev.Id && d.Number == 1).Select(d => d.Version).SingleAsync();
        }
        var retracted = await staff.PostAsJsonAsync($"/api/events/{ev.Slug}/deals/1/retract", new DealsApi.DealChange(version, "Doublon de l'accord 2"), LiveJson.Options);
        retracted.EnsureSuccessStatusCode();

        var html = await PageAsync(app.CreateClient(), await TokenAsync(app, ev, 1));

        Assert.Matches("<p class=\"warning\" role=\"alert\">\\s*<strong>Retiré</strong>", html);
        Assert.Contains("data-watermark=\"Retiré\"", html);
        Assert.DoesNotContain("Annoncé", html);
    }

    [Fact]
    public async Task MatchForm_DealWaitingForRatification_WarnsThatItIsNotAnnouncedYet()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        await app.SetEventAsync(ev.Id, e => e.RequiresRatification = true);
        var staff = await app.CreateClientAsync(StaffRoles.Facilitator);
        await WinwinApplication.AnnounceAsync(staff, ev);

        var html = await PageAsync(app.CreateClient(), await TokenAsync(app, ev, 1));

        Assert.Matches("<p class=\"warning\" role=\"alert\">\\s*<strong>En attente du notaire</strong>", html);
        Assert.Contains("Imprimerie Gilson", html);
        Assert.DoesNotContain("Annoncé", html);
    }

    [Fact]
    public async Task MatchForm_AnnouncedDeal_HasNoWarning()
    {
        await using var app = new WinwinApplication();
        var (_, token) = await DealAsync(app);

        var html = await PageAsync(app.CreateClient(), token);

        Assert.DoesNotContain("role=\"alert\"", html);
        Assert.DoesNotContain("data-watermark", html);
    }

    [Fact]
    public async Task MatchForm_UnknownToken_NotFoundPageWithExplanation()
    {
        await using var app = new WinwinApplication();

        var response = await app.CreateClient().GetAsync($"/m/{Deal.NewToken()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Cette page n'existe pas", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    [Theory]
    [InlineData("nope")]
    [InlineData("0123456789abcdef0123456789abcde")]
    [InlineData("0123456789abcdef0123456789abcdef0")]
    [InlineData("0123456789abcdeg0123456789abcdef")]
    [InlineData("' or 1=1 --")]
    public async Task MatchForm_MalformedToken_NotFound(string token)
    {
        await using var app = new WinwinApplication();

        var response = await app.CreateClient().GetAsync($"/m/{Uri.EscapeDataString(token)}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Cette page n'existe pas", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task MatchForm_TokenInUpperCase_NotFound()
    {
        await using var app = new WinwinApplication();
        var (_, token) = await DealAsync(app);

        var response = await app.CreateClient().GetAsync($"/m/{token.ToUpperInvariant()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task QrCode_KnownToken_SvgOfTheForm()
    {
        await using var app = new WinwinApplication();
        var (_, token) = await DealAsync(app);
        var client = app.CreateClient();

        var response = await client.GetAsync($"/m/{token}/qr.svg");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("<svg", (await response.Content.ReadAsStringAsync()).TrimStart());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/m/{Deal.NewToken()}/qr.svg")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/m/nope/qr.svg")).StatusCode);
    }

    [Theory]
    [InlineData("nl", "Match nr. 1", "donderdag 2 april 2026", "Bedrijf")]
    [InlineData("en", "Deal #1", "Thursday, April 2, 2026", "Company")]
    public async Task MatchForm_LanguageChosen_ShownInThatLanguage(string language, string number, string followUp, string company)
    {
        await using var app = new WinwinApplication();
        var (_, token) = await DealAsync(app);
        var client = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });

        var switched = await client.GetAsync($"/culture/{language}?returnUrl=/m/{token}");
        var html = await PageAsync(client, token);

        Assert.Equal($"/m/{token}", switched.Headers.Location?.OriginalString);
        Assert.Contains($"lang=\"{language}\"", html);
        Assert.Contains(number, html);
        Assert.Contains(followUp, html);
        Assert.Contains(company, html);
        Assert.Contains("Une camionnette le samedi", html);
    }

    [Fact]
    public async Task MatchForm_BrowserInDutch_ShownInDutch()
    {
        await using var app = new WinwinApplication();
        var (_, token) = await DealAsync(app);
        var client = app.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("nl-BE,nl;q=0.9");

        var html = await PageAsync(client, token);

        Assert.Contains("Match nr. 1", html);
        Assert.Contains("Vereniging", html);
        Assert.Contains("Tafel 4", html);
    }

    [Fact]
    public async Task MatchForm_Page_StrictContentSecurityPolicyAndNoInlineScript()
    {
        await using var app = new WinwinApplication();
        var (_, token) = await DealAsync(app);

        var response = await app.CreateClient().GetAsync($"/m/{token}");
        var html = await response.Content.ReadAsStringAsync();

        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(new Regex(@"\son[a-z]+\s*=", RegexOptions.IgnoreCase), html);
        Assert.Contains("public/match-form", html);
    }
}
