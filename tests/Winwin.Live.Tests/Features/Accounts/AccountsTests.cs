using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Winwin.Data;
using Winwin.Live.Features.Accounts;
using Winwin.Live.Features.Commands;

namespace Winwin.Live.Tests.Features.Accounts;

public class AccountsTests
{
    [Fact]
    public async Task ControlPanel_Anonymous_RedirectedToSignIn()
    {
        await using var app = new WinwinApplication();
        var client = app.CreateClient(new() { AllowAutoRedirect = false });

        var response = await client.GetAsync("/control");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location?.PathAndQuery ?? response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task ControlPanel_SignedInFacilitator_Opens()
    {
        await using var app = new WinwinApplication();
        var client = await app.CreateClientAsync(StaffRoles.Facilitator);

        var response = await client.GetAsync("/control");

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("blazor.web", html);
    }

    [Fact]
    public async Task Login_WrongPassword_UnauthorizedInFrench()
    {
        await using var app = new WinwinApplication();
        var email = await app.CreateUserAsync(StaffRoles.Facilitator);

        var response = await app.CreateClient().PostAsJsonAsync("/api/auth/login?useCookies=true", new { email, password = "wrong password" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("mot de passe incorrect", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Bootstrap_EnvironmentAccount_CoordinatorCanSignIn()
    {
        await using var app = new WinwinApplication()
            .WithSetting("Winwin:Bootstrap:Email", "coordination@namur.example")
            .WithSetting("Winwin:Bootstrap:Password", "une longue phrase secrète");
        var client = app.CreateClient();

        var response = await client.PostAsJsonAsync("/api/auth/login?useCookies=true", new { email = "coordination@namur.example", password = "une longue phrase secrète" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Bootstrap_EnvironmentAccount_AuditedAsCreatedByTheSystem()
    {
        await using var app = new WinwinApplication()
            .WithSetting("Winwin:Bootstrap:Email", "coordination@namur.example")
            .WithSetting("Winwin:Bootstrap:Password", "une longue phrase secrète");
        _ = app.Services;

        await using var db = await app.DbFactory.CreateDbContextAsync();
        var line = Assert.Single(await db.Audit.ToListAsync());
        Assert.Equal(("account.created", StaffActor.System.Name, (int?)null), (line.Action, line.ActorName, line.EventId));
        Assert.Contains("coordination@namur.example", line.Subject, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SetupLink_FormPosted_FirstCoordinatorCreatedSignedInAndAudited()
    {
        await using var app = new WinwinApplication();

        var (posted, _) = await PostSetupAsync(app, "Claire Coordinatrice", "claire@wavre.example");

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.EndsWith("/control", posted.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var accounts = await app.Services.GetRequiredService<StaffAccountService>().ListAsync();
        Assert.Equal([StaffRoles.Coordinator], Assert.Single(accounts).Roles);
        await using var db = await app.DbFactory.CreateDbContextAsync();
        var line = Assert.Single(await db.Audit.ToListAsync());
        Assert.Equal(("account.created", "Claire Coordinatrice"), (line.Action, line.ActorName));
    }

    [Fact]
    public async Task SetupLink_NoNameAndBadEmail_EachReasonUnderItsFieldAndNoAccount()
    {
        await using var app = new WinwinApplication();

        var (posted, token) = await PostSetupAsync(app, " ", "claire@wavre");

        var form = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await posted.Content.ReadAsStringAsync());
        string? Reason(string input) => form.GetElementById(form.QuerySelector($"input#{input}")!.GetAttribute("aria-describedby") ?? "none")?.TextContent;
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Equal("Ce champ est obligatoire.", Reason("name"));
        Assert.Equal("« claire@wavre » n'est pas une adresse e-mail valable.", Reason("email"));
        Assert.Null(Reason("password"));
        Assert.Equal(["name", "email"], form.QuerySelectorAll("input[aria-invalid='true']").Select(i => i.Id));
        Assert.Empty(await app.Services.GetRequiredService<StaffAccountService>().ListAsync());
        Assert.True(app.Services.GetRequiredService<SetupToken>().IsValid(token));
    }

    [Fact]
    public async Task SetupLink_NoAccountYet_OffersTheFormOnlyForTheRightToken()
    {
        await using var app = new WinwinApplication();
        var client = app.CreateClient();
        var token = app.Services.GetRequiredService<SetupToken>();

        var valid = WebUtility.HtmlDecode(await client.GetStringAsync($"/account/setup?token={token.Issue()}"));
        var invalid = WebUtility.HtmlDecode(await client.GetStringAsync("/account/setup?token=guess"));

        Assert.Contains("Créer le compte", valid);
        Assert.DoesNotContain("Créer le compte", invalid);
        Assert.Contains("n'est plus valable", invalid);
    }

    [Fact]
    public async Task SetupToken_UsedOnce_ThenInvalid()
    {
        using var token = new SetupToken();
        var value = token.Issue();

        var first = await token.TryUseAsync(value, () => Task.FromResult(true));
        var second = await token.TryUseAsync(value, () => Task.FromResult(true));

        Assert.True(first);
        Assert.False(second);
        Assert.False(token.IsValid(value));
    }

    [Fact]
    public async Task SetupToken_AccountRefused_TokenStillValid()
    {
        using var token = new SetupToken();
        var value = token.Issue();

        var refused = await token.TryUseAsync(value, () => Task.FromResult(false));

        Assert.False(refused);
        Assert.True(token.IsValid(value));
    }

    /// <summary>Opens a first set-up link and posts its form as the browser would, with the page's antiforgery token; answers the link's token too.</summary>
    private static async Task<(HttpResponseMessage Posted, string Token)> PostSetupAsync(WinwinApplication app, string name, string email)
    {
        var browser = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        var token = app.Services.GetRequiredService<SetupToken>().Issue();
        var page = await browser.GetStringAsync($"/account/setup?token={token}");
        var posted = await browser.PostAsync($"/account/setup?token={token}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "setup",
            ["__RequestVerificationToken"] = FormPages.AntiforgeryToken(page),
            ["token"] = token,
            ["Input.DisplayName"] = name,
            ["Input.Email"] = email,
            ["Input.Password"] = "une longue phrase secrète",
        }));
        return (posted, token);
    }
}
