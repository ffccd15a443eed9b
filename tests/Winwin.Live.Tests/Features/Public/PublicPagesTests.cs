using System.Net;
using Microsoft.EntityFrameworkCore;
using Winwin.Data;

namespace Winwin.Live.Tests.Features.Public;

public class PublicPagesTests
{
    [Fact]
    public async Task Board_KnownEvent_RenderedOnServerWithCountersAndLatestDeal()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var staff = await app.CreateClientAsync(StaffRoles.Facilitator);
        await WinwinApplication.AnnounceAsync(staff, ev, "Une camionnette le samedi", first: 2, second: 3);

        var response = await app.CreateClient().GetAsync($"/e/{ev.Slug}/board");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Bourse Winwin de Namur", html);
        Assert.Contains("Accord n° 1", html);
        Assert.Contains("Une camionnette le samedi", html);
        Assert.Contains("data-counter=\"deals\"", html);
        Assert.Contains("signalr.min", html);
        Assert.DoesNotContain("blazor.web.js", html);
        Assert.DoesNotContain("MudBlazor", html);
    }

    [Fact]
    public async Task Board_SecondLanguageSet_ShowsFrenchAndDutchSideBySide()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        await app.SetEventAsync(ev.Id, e => e.BoardSecondLanguage = "nl");
        var staff = await app.CreateClientAsync(StaffRoles.Facilitator);
        await WinwinApplication.AnnounceAsync(staff, ev, "Des affiches");

        var board = WebUtility.HtmlDecode(await app.CreateClient().GetStringAsync($"/e/{ev.Slug}/board"));
        var phone = WebUtility.HtmlDecode(await app.CreateClient().GetStringAsync($"/e/{ev.Slug}"));

        Assert.Contains("accords · matches", board);
        Assert.Contains("Dernier accord · Laatste match", board);
        Assert.Contains("donne · geeft", board);
        Assert.Contains("Des affiches", board);
        Assert.DoesNotContain("matches", phone.Replace("match-", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Board_LanguagesAlternating_EachTextCarriesItsTranslation()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        await app.SetEventAsync(ev.Id, e => (e.BoardSecondLanguage, e.BoardBilingualMode) = ("nl", BilingualMode.Alternate));

        var board = WebUtility.HtmlDecode(await app.CreateClient().GetStringAsync($"/e/{ev.Slug}/board"));

        Assert.Contains("data-alternate=\"true\"", board);
        Assert.Contains("data-alt=\"matches\">accords<", board);
        Assert.Contains("data-alt=\"Laatste match\">Dernier accord<", board);
        Assert.DoesNotContain("accords · matches", board);
    }

    [Fact]
    public async Task Pages_EveryHtmlResponse_CarriesContentSecurityPolicy()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var client = app.CreateClient();

        foreach (var path in new[] { $"/e/{ev.Slug}", $"/e/{ev.Slug}/board", "/account/login", "/e/nowhere" })
        {
            var response = await client.GetAsync(path);
            var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
            Assert.Contains("script-src 'self'", csp);
            Assert.Contains("frame-ancestors 'none'", csp);
        }
    }

    [Fact]
    public async Task Phone_UnknownEvent_NotFoundWithExplanation()
    {
        await using var app = new WinwinApplication();

        var response = await app.CreateClient().GetAsync("/e/nowhere");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("scannez à nouveau le code QR", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    [Theory]
    [InlineData("nl", "Vragen", "open vragen")]
    [InlineData("en", "Requests", "open requests")]
    [InlineData("fr", "Demandes", "demandes ouvertes")]
    public async Task Phone_LanguageChosen_ShownInThatLanguage(string language, string requestsTab, string counter)
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var client = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });

        var switched = await client.GetAsync($"/culture/{language}?returnUrl=/e/{ev.Slug}");
        var html = WebUtility.HtmlDecode(await client.GetStringAsync($"/e/{ev.Slug}"));
        var requests = WebUtility.HtmlDecode(await client.GetStringAsync($"/e/{ev.Slug}/requests"));

        Assert.Equal($"/e/{ev.Slug}", switched.Headers.Location?.OriginalString);
        Assert.Contains($"lang=\"{language}\"", html);
        Assert.Contains(requestsTab, html);
        Assert.Contains(counter, html);
        Assert.Contains("Affiches pour notre festival", requests);
    }

    [Fact]
    public async Task LanguageSwitch_ForeignReturnUrl_StaysOnSite()
    {
        await using var app = new WinwinApplication();
        var client = app.CreateClient(new() { AllowAutoRedirect = false });

        var response = await client.GetAsync("/culture/nl?returnUrl=//evil.example/");

        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task QrCode_KnownEvent_SvgLeadingToThePhoneView()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();

        var response = await app.CreateClient().GetAsync($"/e/{ev.Slug}/qr.svg");

        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("<svg", (await response.Content.ReadAsStringAsync()).TrimStart());
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient().GetAsync("/e/nowhere/qr.svg")).StatusCode);
    }

    [Fact]
    public async Task Snapshot_UnknownEvent_NotFound()
    {
        await using var app = new WinwinApplication();

        var response = await app.CreateClient().GetAsync("/api/events/nowhere/snapshot");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Health_DatabaseReachable_Healthy()
    {
        await using var app = new WinwinApplication();

        var response = await app.CreateClient().GetStringAsync("/health");

        Assert.Equal("Healthy", response);
    }

    [Fact]
    public async Task OpenApi_Document_ListsTheDealEndpoint()
    {
        await using var app = new WinwinApplication();

        var document = await app.CreateClient().GetStringAsync("/openapi/v1.json");

        Assert.Contains("/api/events/{slug}/deals", document);
        Assert.Contains("/api/events/{slug}/snapshot", document);
    }
}
