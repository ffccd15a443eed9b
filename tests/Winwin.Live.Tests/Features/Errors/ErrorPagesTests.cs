using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Winwin.Live.Features.Errors;

namespace Winwin.Live.Tests.Features.Errors;

public class ErrorPagesTests
{
    /// <summary>A database that lost its events table: every read of an event fails with an exception nobody expected.</summary>
    private static async Task<(WinwinApplication App, TestEvent Event)> BrokenDatabaseAsync()
    {
        var app = new WinwinApplication().WithLog();
        var ev = await app.CreateEventAsync();
        await using var db = await app.DbFactory.CreateDbContextAsync();
        await db.Database.ExecuteSqlRawAsync("ALTER TABLE \"Events\" RENAME TO \"EventsGone\"");
        return (app, ev);
    }

    [Theory]
    [InlineData("", "fr", "Un problème est survenu", "Référence")]
    [InlineData("?culture=nl", "nl", "Er ging iets mis", "Referentie")]
    [InlineData("?culture=en", "en", "Something went wrong", "Reference")]
    public async Task PhonePage_UnexpectedFailure_ErrorPageInTheVisitorsLanguageWithTheCorrelationIdOfTheLogLine(
        string query, string language, string title, string reference)
    {
        var (app, ev) = await BrokenDatabaseAsync();
        await using var _ = app;

        var response = await app.CreateClient().GetAsync($"/e/{ev.Slug}{query}");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"<html lang=\"{language}\">", html);
        Assert.Contains(title, html);
        Assert.Contains(reference, html);
        var id = Assert.Single(response.Headers.GetValues(ErrorPages.CorrelationHeader));
        Assert.Contains(id, html);
        Assert.DoesNotContain("SqliteException", html);
        Assert.DoesNotContain("EventsGone", html);
        var logged = Assert.Single(app.Log!.Entries, e => e.Message.Contains(id, StringComparison.Ordinal));
        Assert.Equal(LogLevel.Error, logged.Level);
        Assert.NotNull(logged.Exception);
    }

    [Fact]
    public async Task PublicApi_UnexpectedFailure_ProblemJsonWithTheCorrelationIdOfTheLogLine()
    {
        var (app, ev) = await BrokenDatabaseAsync();
        await using var _ = app;
        var client = app.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("nl");

        var response = await client.GetAsync($"/api/events/{ev.Slug}/snapshot");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(body);
        Assert.Equal(500, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Equal("Er ging iets mis", problem.RootElement.GetProperty("title").GetString());
        var id = problem.RootElement.GetProperty("correlationId").GetString()!;
        Assert.Equal(id, Assert.Single(response.Headers.GetValues(ErrorPages.CorrelationHeader)));
        Assert.DoesNotContain("Sqlite", body);
        var logged = Assert.Single(app.Log!.Entries, e => e.Message.Contains(id, StringComparison.Ordinal));
        Assert.Equal(LogLevel.Error, logged.Level);
    }

    [Fact]
    public async Task UnknownCulture_BadRequestPageInFrench()
    {
        await using var app = new WinwinApplication();

        var response = await app.CreateClient().GetAsync("/culture/xx-INVALID?returnUrl=%2F");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Demande incorrecte", html);
    }

    [Fact]
    public async Task PublicApi_UnknownAddress_ProblemJson()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();

        var response = await app.CreateClient().GetAsync($"/api/events/{ev.Slug}/calls/not-a-number?culture=en");
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Page not found", problem.RootElement.GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("%2Fe%2Fcaf%C3%A9%3Fq%3D%C3%A9t%C3%A9", "/e/caf%C3%A9?q=%C3%A9t%C3%A9")]
    [InlineData("%2Fe%2Fbourse%00", "/")]
    [InlineData("%2F%0D%0ASet-Cookie%3A%20x%3D1", "/")]
    [InlineData("%2F%2Fevil.example", "/")]
    [InlineData("%2F%5Cevil.example", "/")]
    [InlineData("https%3A%2F%2Fevil.example", "/")]
    public async Task CultureSwitch_HostileReturnAddress_RedirectsToALocalPage(string returnUrl, string expected)
    {
        await using var app = new WinwinApplication();
        var client = app.CreateClient(new() { AllowAutoRedirect = false });

        var response = await client.GetAsync($"/culture/nl?returnUrl={returnUrl}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("offers?page=abc")]
    [InlineData("offers?page=99999999999999")]
    [InlineData("offers?page=-3")]
    [InlineData("mine?org=abc")]
    [InlineData("mine?org=-2147483649")]
    public async Task PhonePages_NumberThatIsNotOne_PageStillShown(string address)
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();

        var response = await app.CreateClient().GetAsync($"/e/{ev.Slug}/{address}");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Bourse Winwin de Namur", html);
    }
}
