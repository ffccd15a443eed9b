using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Winwin.Data;
using Winwin.Live.Features.Accounts;
using Winwin.Live.Features.Commands;

namespace Winwin.Live.Tests.Features.Accounts;

/// <summary>Scripts sign in without a browser: a bearer token from <c>/api/auth/login</c>, refreshed, and ended as a cookie would be.</summary>
public class BearerTokenTests
{
    private sealed record Tokens(string TokenType, string AccessToken, long ExpiresIn, string RefreshToken);

    private static async Task<Tokens> SignInAsync(WinwinApplication app, string email)
    {
        var response = await app.CreateClient().PostAsJsonAsync("/api/auth/login", new { email, password = WinwinApplication.Password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"), "a script's sign-in sets no cookie");
        return (await response.Content.ReadFromJsonAsync<Tokens>(new JsonSerializerOptions(JsonSerializerDefaults.Web)))!;
    }

    private static HttpClient Script(WinwinApplication app, string accessToken)
    {
        var client = app.CreateClient(new() { HandleCookies = false, AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return client;
    }

    private static async Task<string> UserIdAsync(WinwinApplication app, string email)
    {
        await using var db = await app.DbFactory.CreateDbContextAsync();
        return db.Users.Single(u => u.Email == email).Id;
    }

    [Fact]
    public async Task Login_WithoutCookies_AnswersABearerTokenThatOpensTheStaffApiWithTheAccountsRoles()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var facilitator = await app.CreateUserAsync(StaffRoles.Facilitator);

        var tokens = await SignInAsync(app, facilitator);
        var script = Script(app, tokens.AccessToken);

        Assert.Equal("Bearer", tokens.TokenType);
        Assert.Equal(3600, tokens.ExpiresIn);
        Assert.Equal(HttpStatusCode.OK, (await script.GetAsync($"/api/events/{ev.Slug}/deals")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await script.GetAsync($"/api/events/{ev.Slug}/organizations")).StatusCode);
        // A facilitator's token does what a facilitator does, not what a coordinator does.
        Assert.Equal(HttpStatusCode.Forbidden, (await script.PostAsJsonAsync("/api/events", new { slug = "autre-bourse", name = "Autre" })).StatusCode);
        // Without the token, or with a made-up one, the same request is refused, not redirected to a sign-in page.
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient(new() { AllowAutoRedirect = false }).GetAsync($"/api/events/{ev.Slug}/deals")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Script(app, tokens.AccessToken[..^4] + "AAAA").GetAsync($"/api/events/{ev.Slug}/deals")).StatusCode);
    }

    [Fact]
    public async Task Login_WrongPassword_AnswersTheSameLocalisedProblemAsTheForm()
    {
        await using var app = new WinwinApplication();
        var email = await app.CreateUserAsync(StaffRoles.Coordinator);
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/login") { Content = JsonContent.Create(new { email, password = "pas le bon mot de passe" }) };
        request.Headers.AcceptLanguage.ParseAdd("nl");

        var response = await app.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("wachtwoord", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Token_OfADisabledAccount_StopsAtOnce()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        await app.CreateUserAsync(StaffRoles.Coordinator);
        var email = await app.CreateUserAsync(StaffRoles.Facilitator);
        var script = Script(app, (await SignInAsync(app, email)).AccessToken);
        Assert.Equal(HttpStatusCode.OK, (await script.GetAsync($"/api/events/{ev.Slug}")).StatusCode);

        var disabled = await app.Services.GetRequiredService<StaffAccountService>().SetDisabledAsync(await UserIdAsync(app, email), true, StaffActor.System);
        Assert.True(disabled.Succeeded);

        Assert.Equal(HttpStatusCode.Unauthorized, (await script.GetAsync($"/api/events/{ev.Slug}")).StatusCode);
    }

    [Fact]
    public async Task Token_OfAFacilitatorPromoted_StopsUntilTheScriptSignsInAgain_ThenCarriesTheNewRole()
    {
        await using var app = new WinwinApplication();
        var email = await app.CreateUserAsync(StaffRoles.Facilitator);
        var script = Script(app, (await SignInAsync(app, email)).AccessToken);

        var changed = await app.Services.GetRequiredService<StaffAccountService>()
            .SetRolesAsync(await UserIdAsync(app, email), [StaffRoles.Coordinator], StaffActor.System);
        Assert.True(changed.Succeeded);

        Assert.Equal(HttpStatusCode.Unauthorized, (await script.GetAsync("/api/events")).StatusCode);
        var again = Script(app, (await SignInAsync(app, email)).AccessToken);
        Assert.Equal(HttpStatusCode.Created, (await again.PostAsJsonAsync("/api/events", new
        {
            slug = "bourse-promue",
            name = "Bourse de Wavre",
            municipality = "Wavre",
            venue = "Hôtel de ville",
            startsAt = "2027-03-12T17:00:00Z",
            endsAt = "2027-03-12T19:00:00Z",
            defaultLanguage = "fr",
        })).StatusCode);
    }

    [Fact]
    public async Task Refresh_GivesANewPair_UntilThePersonSignsOut()
    {
        await using var app = new WinwinApplication();
        var email = await app.CreateUserAsync(StaffRoles.Coordinator);
        var tokens = await SignInAsync(app, email);

        var refreshed = await app.CreateClient().PostAsJsonAsync("/api/auth/refresh", new { refreshToken = tokens.RefreshToken });
        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        var fresh = (await refreshed.Content.ReadFromJsonAsync<Tokens>(new JsonSerializerOptions(JsonSerializerDefaults.Web)))!;
        Assert.Equal(HttpStatusCode.OK, (await Script(app, fresh.AccessToken).GetAsync("/api/events")).StatusCode);

        // Signing out with the token ends it, its refresh token and the older pair.
        Assert.Equal(HttpStatusCode.NoContent, (await Script(app, fresh.AccessToken).PostAsync("/api/auth/logout", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Script(app, fresh.AccessToken).GetAsync("/api/events")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Script(app, tokens.AccessToken).GetAsync("/api/events")).StatusCode);
        var refused = await app.CreateClient().PostAsJsonAsync("/api/auth/refresh", new { refreshToken = fresh.RefreshToken });
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Contains("reconnectez-vous", await refused.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AccessToken_LastsAnHour_AndItsRefreshToken_FourteenDays()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2027, 3, 12, 8, 0, 0, TimeSpan.Zero));
        await using var app = new WinwinApplication().WithClock(clock);
        var email = await app.CreateUserAsync(StaffRoles.Coordinator);
        var tokens = await SignInAsync(app, email);
        var later = await SignInAsync(app, email);

        clock.Advance(TimeSpan.FromMinutes(59));
        Assert.Equal(HttpStatusCode.OK, (await Script(app, tokens.AccessToken).GetAsync("/api/events")).StatusCode);
        clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(HttpStatusCode.Unauthorized, (await Script(app, tokens.AccessToken).GetAsync("/api/events")).StatusCode);
        // Thirteen days on, the refresh token still gives a pair; after fourteen, it is refused.
        clock.Advance(TimeSpan.FromDays(13));
        Assert.Equal(HttpStatusCode.OK, (await app.CreateClient().PostAsJsonAsync("/api/auth/refresh", new { refreshToken = tokens.RefreshToken })).StatusCode);
        clock.Advance(TimeSpan.FromDays(1));
        var refused = await app.CreateClient().PostAsJsonAsync("/api/auth/refresh", new { refreshToken = later.RefreshToken });
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    [Fact]
    public async Task Refresh_WithoutAToken_IsALocalisedValidationProblem()
    {
        await using var app = new WinwinApplication();

        var response = await app.CreateClient().PostAsJsonAsync("/api/auth/refresh", new { refreshToken = "" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Donnez le jeton de renouvellement", await response.Content.ReadAsStringAsync());
    }
}
