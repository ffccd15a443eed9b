using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Winwin.Data;
using Winwin.Live.Features.Accounts;
using Winwin.Live.Features.Commands;
using Xunit.Abstractions;

namespace Winwin.Live.Tests.Features.Accounts;

/// <summary>Both sign-ins, the form and the API: limited per client and per account, and silent about which accounts exist.</summary>
public class SignInTests(ITestOutputHelper output)
{
    private const string WrongPassword = "pas le bon mot de passe";

    private static HttpRequestMessage ApiLogin(string email, string password, string client) => new(HttpMethod.Post, "/api/auth/login?useCookies=true")
    {
        Content = JsonContent.Create(new { email, password }),
        Headers = { { WinwinApplication.ClientAddressHeader, client } },
    };

    private static async Task<(HttpStatusCode Status, string Detail)> ApiAnswerAsync(HttpClient client, string email, string password, string address)
    {
        using var response = await client.SendAsync(ApiLogin(email, password, address));
        var body = await response.Content.ReadAsStringAsync();
        using var json = JsonDocument.Parse(body);
        return (response.StatusCode, json.RootElement.GetProperty("detail").GetString()!);
    }

    /// <summary>Posts the sign-in form as a browser does: the page first, then the form with its antiforgery token.</summary>
    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient browser, string email, string password, string address)
    {
        using var show = new HttpRequestMessage(HttpMethod.Get, "/account/login") { Headers = { { WinwinApplication.ClientAddressHeader, address } } };
        var page = await (await browser.SendAsync(show)).Content.ReadAsStringAsync();
        var token = FormPages.AntiforgeryToken(page);
        var post = new HttpRequestMessage(HttpMethod.Post, "/account/login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["_handler"] = "login",
                ["__RequestVerificationToken"] = token,
                ["Input.Email"] = email,
                ["Input.Password"] = password,
            }),
            Headers = { { WinwinApplication.ClientAddressHeader, address } },
        };
        return await browser.SendAsync(post);
    }

    [Fact]
    public async Task LoginForm_FloodFromOneAddress_429InFrenchWhileAnotherAddressSignsIn()
    {
        await using var app = new WinwinApplication().WithSetting("Winwin:RateLimits:SignInPerMinute", "5");
        var email = await app.CreateUserAsync(StaffRoles.Facilitator);
        var attacker = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        var colleague = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });

        var statuses = new List<HttpStatusCode>();
        string? refusal = null;
        for (var i = 0; i < 8; i++)
        {
            // A different address each time per account would be caught by the account limit: guess other accounts.
            using var response = await PostFormAsync(attacker, $"guess{i}@winwin.test", WrongPassword, "203.0.113.7");
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                refusal = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
            }
        }
        using var signedIn = await PostFormAsync(colleague, email, WinwinApplication.Password, "198.51.100.20");

        Assert.Equal(5, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(3, statuses.Count(s => s == HttpStatusCode.TooManyRequests));
        Assert.Contains("Trop de demandes", refusal);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.EndsWith("/control", signedIn.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApiLogin_FloodFromOneAddress_429()
    {
        await using var app = new WinwinApplication().WithSetting("Winwin:RateLimits:SignInPerMinute", "5");
        var client = app.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 8; i++)
        {
            using var response = await client.SendAsync(ApiLogin($"guess{i}@winwin.test", WrongPassword, "203.0.113.7"));
            statuses.Add(response.StatusCode);
        }

        Assert.Equal(5, statuses.Count(s => s == HttpStatusCode.Unauthorized));
        Assert.Equal(3, statuses.Count(s => s == HttpStatusCode.TooManyRequests));
    }

    [Fact]
    public async Task SignIn_OneAccountFromManyAddresses_LimitedPerAccountTheSameWhetherItExistsOrNot()
    {
        await using var app = new WinwinApplication();
        var known = await app.CreateUserAsync(StaffRoles.Facilitator);
        var client = app.CreateClient();

        var forKnown = new List<(HttpStatusCode, string)>();
        var forUnknown = new List<(HttpStatusCode, string)>();
        for (var i = 0; i < 7; i++)
        {
            forKnown.Add(await ApiAnswerAsync(client, known, WrongPassword, $"10.1.0.{i + 1}"));
            forUnknown.Add(await ApiAnswerAsync(client, "personne@winwin.test", WrongPassword, $"10.2.0.{i + 1}"));
        }
        var rightPasswordAfter = await ApiAnswerAsync(client, known, WinwinApplication.Password, "10.3.0.1");

        Assert.Equal(forKnown, forUnknown);
        Assert.All(forKnown.Take(4), a => Assert.Equal((HttpStatusCode.Unauthorized, "Adresse e-mail ou mot de passe incorrect."), a));
        Assert.All(forKnown.Skip(4), a => Assert.Equal(HttpStatusCode.TooManyRequests, a.Item1));
        Assert.Contains("Trop de tentatives pour cette adresse ou depuis cet appareil", forKnown[^1].Item2, StringComparison.Ordinal);
        Assert.DoesNotContain("compte", forKnown[^1].Item2, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.TooManyRequests, rightPasswordAfter.Status);
    }

    [Fact]
    public async Task SignIn_DisabledOrInvitedAccount_SameAnswerAsAnUnknownAddress()
    {
        await using var app = new WinwinApplication();
        var coordinatorEmail = await app.CreateUserAsync(StaffRoles.Coordinator, "Claire Coordinatrice");
        var accounts = app.Services.GetRequiredService<StaffAccountService>();
        var coordinator = new StaffActor((await accounts.ListAsync()).Single(a => a.Email == coordinatorEmail).Id, "Claire Coordinatrice");
        var disabled = await app.CreateUserAsync(StaffRoles.Facilitator);
        await accounts.SetDisabledAsync((await accounts.ListAsync()).Single(a => a.Email == disabled).Id, true, coordinator);
        await accounts.InviteAsync("Ivan Invité", "ivan@winwin.test", [StaffRoles.Facilitator], coordinator, "http://localhost/");
        var client = app.CreateClient();

        var unknown = await ApiAnswerAsync(client, "personne@winwin.test", WrongPassword, "10.0.0.1");
        var disabledWrong = await ApiAnswerAsync(client, disabled, WrongPassword, "10.0.0.2");
        var disabledRight = await ApiAnswerAsync(client, disabled, WinwinApplication.Password, "10.0.0.3");
        var invited = await ApiAnswerAsync(client, "ivan@winwin.test", WrongPassword, "10.0.0.4");

        Assert.Equal((HttpStatusCode.Unauthorized, "Adresse e-mail ou mot de passe incorrect."), unknown);
        Assert.Equal(unknown, disabledWrong);
        Assert.Equal(unknown, disabledRight);
        Assert.Equal(unknown, invited);
    }

    [Fact]
    public async Task SignIn_UnknownAddressAndWrongPassword_AboutTheSameTime()
    {
        await using var app = new WinwinApplication().WithSetting("Winwin:RateLimits:SignInPerMinute", "1000");
        var accounts = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            accounts.Add(await app.CreateUserAsync(StaffRoles.Facilitator));
        }
        var client = app.CreateClient();
        // Warm up both paths (first hash, first query).
        await ApiAnswerAsync(client, "chaud@winwin.test", WrongPassword, "10.9.0.1");
        await ApiAnswerAsync(client, accounts[^1], WrongPassword, "10.9.0.2");

        var wrongPassword = new List<double>();
        var unknownAddress = new List<double>();
        for (var round = 0; round < 15; round++)
        {
            var known = accounts[round % 5];
            var watch = Stopwatch.StartNew();
            var a = await ApiAnswerAsync(client, known, WrongPassword, $"10.4.{round}.1");
            wrongPassword.Add(watch.Elapsed.TotalMilliseconds);
            watch.Restart();
            var b = await ApiAnswerAsync(client, $"inconnu{round}@winwin.test", WrongPassword, $"10.5.{round}.1");
            unknownAddress.Add(watch.Elapsed.TotalMilliseconds);
            Assert.Equal(a, b);
        }

        var wrongMedian = Median(wrongPassword);
        var unknownMedian = Median(unknownAddress);
        output.WriteLine($"Sign-in answer, median of 15: wrong password {wrongMedian:F1} ms, unknown address {unknownMedian:F1} ms");
        // Before, an unknown address answered in 4 ms and a wrong password in 61 ms: the difference told accounts apart.
        Assert.True(unknownMedian >= wrongMedian * 0.5, $"unknown {unknownMedian:F1} ms vs wrong password {wrongMedian:F1} ms");
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}
