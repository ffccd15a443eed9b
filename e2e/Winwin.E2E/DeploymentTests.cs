using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Winwin.Data;
using Winwin.E2E.Pages;
using Winwin.Live.Features.Live;
using Winwin.Live.Tests;
using Xunit.Abstractions;

namespace Winwin.E2E;

/// <summary>
/// The documented deployment with its real parts: <c>redis-server</c>, two app instances on Kestrel sharing it (and one
/// database), and Caddy configured from <c>deploy/Caddyfile</c> in front of them, serving HTTP and HTTPS. The apps trust
/// forwarded headers from Caddy's address only, as README's production section says to set them.
/// </summary>
public sealed class Deployment : IAsyncLifetime
{
    /// <summary>Public reads per minute and visitor, low enough for a test to reach.</summary>
    public const int PublicPerMinute = 5;

    private readonly string _database = Path.Combine(Path.GetTempPath(), $"winwin-deployment-{Guid.NewGuid():N}.db");
    private IPlaywright? _playwright;

    public RedisServer Redis { get; } = new();

    public WinwinApplication First { get; private set; } = default!;

    public WinwinApplication Second { get; private set; } = default!;

    public CaddyProxy Caddy { get; private set; } = default!;

    public IBrowser Browser { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        await Redis.InitializeAsync();
        First = Instance();
        var first = First.StartOnKestrel();
        Second = Instance();
        var second = Second.StartOnKestrel();
        Caddy = await CaddyProxy.StartAsync(Path.Combine(Repository.Root, "deploy", "Caddyfile"), [first, second]);

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = LiveSite.ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-quic", $"--host-resolver-rules=MAP {CaddyProxy.Host} 127.0.0.1",
            ],
        });
    }

    private WinwinApplication Instance() => new WinwinApplication(_database)
        .WithSetting("ConnectionStrings:Redis", Redis.ConnectionString)
        // Caddy connects to the apps from the loopback address: the only one whose forwarded headers are believed.
        .WithSetting("Winwin:ForwardedHeaders:KnownProxies", "127.0.0.1")
        .WithSetting("Winwin:RateLimits:PublicPerMinute", PublicPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>A phone (390×844, French) in Chromium that reaches the site through Caddy over HTTPS.</summary>
    public async Task<IPage> OpenPhoneAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Caddy.Https.ToString(),
            IgnoreHTTPSErrors = true,
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
            Locale = "fr-BE",
            TimezoneId = "Europe/Brussels",
        });
        context.SetDefaultTimeout(10_000);
        return await context.NewPageAsync();
    }

    /// <summary>Waits (5 s at most) until one instance counts a phone on the event; returns it and the other one.</summary>
    public async Task<(WinwinApplication Serving, WinwinApplication Other)> InstanceOfThePhoneAsync(int eventId)
    {
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (DateTime.UtcNow < deadline)
        {
            if (Phones(First, eventId) == 1 && Phones(Second, eventId) == 0)
            {
                return (First, Second);
            }
            if (Phones(Second, eventId) == 1 && Phones(First, eventId) == 0)
            {
                return (Second, First);
            }
            await Task.Delay(50);
        }
        throw new TimeoutException($"No single instance counts the phone: {Phones(First, eventId)} and {Phones(Second, eventId)}.");
    }

    private static int Phones(WinwinApplication app, int eventId) => app.Services.GetRequiredService<LiveAudience>().Phones(eventId);

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }
        _playwright?.Dispose();
        if (Caddy is not null)
        {
            await Caddy.DisposeAsync();
        }
        if (Second is not null)
        {
            await Second.DisposeAsync();
        }
        if (First is not null)
        {
            await First.DisposeAsync();
        }
        await Redis.DisposeAsync();
    }
}

public class DeploymentTests(Deployment deployment, ITestOutputHelper output) : IClassFixture<Deployment>
{
    private const string CaddyCookie = "winwin_node";

    [Fact]
    public async Task PhoneThroughCaddyOverHttps_DealAnnouncedOnTheOtherInstance_ShowsLive()
    {
        var ev = await deployment.First.CreateEventAsync("deploiement-telephone");
        var page = await deployment.OpenPhoneAsync();

        var response = await page.GotoAsync($"/e/{ev.Slug}");
        await page.Locator(".phone[data-connection='live']").WaitForAsync();
        var (serving, other) = await deployment.InstanceOfThePhoneAsync(ev.Id);
        // Accounts are made on the first instance only: both count their test accounts from one, in one database.
        var staff = await Faults.SignInAsync(other, await deployment.First.CreateUserAsync(StaffRoles.Facilitator));
        var deal = await WinwinApplication.AnnounceAsync(staff, ev, "Des affiches passées par Caddy");

        await new PhonePage(page).WaitForDealAsync(deal.Number, "Imprimerie Gilson", "Les Petits Débrouillards");
        // A second tab of the same phone: two connections, one phone on the board.
        var secondTab = await page.Context.NewPageAsync();
        await new PhonePage(secondTab).OpenAsync(ev.Slug);
        var audience = serving.Services.GetRequiredService<LiveAudience>();
        var connections = audience.ConnectionsOf(ev.Id).Count;
        var headers = await response!.AllHeadersAsync();
        output.WriteLine($"phone: {page.Url} → {response.Status}, live on the instance at {serving.ClientOptions.BaseAddress}; " +
            $"deal {deal.Number} announced on {other.ClientOptions.BaseAddress} and shown; Strict-Transport-Security: {headers.GetValueOrDefault("strict-transport-security")}");
        Assert.Equal(200, response.Status);
        Assert.Equal(2, connections);
        Assert.Equal(1, audience.Phones(ev.Id));
        Assert.StartsWith("max-age=", headers["strict-transport-security"], StringComparison.Ordinal);
        Assert.Contains(await page.Context.CookiesAsync(), c => c.Name == CaddyCookie);
    }

    [Fact]
    public async Task PublicLimitThroughCaddy_OneVisitorOverIt_AnotherVisitorOnTheSameInstanceNotAffected()
    {
        var ev = await deployment.First.CreateEventAsync("deploiement-limites");
        // One sticky cookie for both visitors: Caddy sends them to the same instance, whose limit counts each apart.
        var sticky = new CookieContainer();
        using var flooding = deployment.Caddy.ClientFrom(IPAddress.Parse("127.0.0.2"), sticky);
        using var neighbour = deployment.Caddy.ClientFrom(IPAddress.Parse("127.0.0.3"), sticky);
        var snapshot = new Uri(deployment.Caddy.Https, $"/api/events/{ev.Slug}/snapshot");

        var log = new List<string>();
        async Task<HttpStatusCode> SendAsync(HttpClient client, string from, string? forwardedFor)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, snapshot);
            if (forwardedFor is not null)
            {
                // A visitor pretending to be someone else: Caddy replaces the header with the address it sees.
                request.Headers.Add("X-Forwarded-For", forwardedFor);
            }
            using var response = await client.SendAsync(request);
            log.Add($"{from,-10} GET {snapshot.PathAndQuery} via Caddy HTTPS, X-Forwarded-For sent: {forwardedFor ?? "-",-13} → {(int)response.StatusCode}");
            return response.StatusCode;
        }
        var flood = new List<HttpStatusCode>();
        for (var i = 0; i < Deployment.PublicPerMinute + 3; i++)
        {
            flood.Add(await SendAsync(flooding, "127.0.0.2", i % 2 == 0 ? null : $"198.51.100.{i}"));
        }
        var other = await SendAsync(neighbour, "127.0.0.3", null);
        foreach (var line in log)
        {
            output.WriteLine(line);
        }

        Assert.Single(sticky.GetCookies(snapshot), c => c.Name == CaddyCookie);
        Assert.Equal(Enumerable.Repeat(HttpStatusCode.OK, Deployment.PublicPerMinute), flood.Take(Deployment.PublicPerMinute));
        Assert.All(flood.Skip(Deployment.PublicPerMinute), s => Assert.Equal(HttpStatusCode.TooManyRequests, s));
        Assert.Equal(HttpStatusCode.OK, other);
    }

    [Fact]
    public async Task SignInThroughCaddy_OverHttps_SecureCookiesAndHsts_OverPlainHttpNeither()
    {
        var email = await deployment.First.CreateUserAsync(StaffRoles.Facilitator);
        using var client = deployment.Caddy.ClientFrom(IPAddress.Parse("127.0.0.4"));

        async Task<(HttpStatusCode Status, string[] Cookies, string? Hsts)> SignInAsync(Uri site)
        {
            using var response = await client.PostAsJsonAsync(new Uri(site, "/api/auth/login?useCookies=true"), new { email, password = WinwinApplication.Password });
            using var culture = await client.GetAsync(new Uri(site, "/culture/nl?returnUrl=%2F"));
            // Caddy's own sticky cookie only says which instance serves the browser; Caddy 2.6 never marks it Secure.
            string[] cookies = [.. response.Headers.GetValues("Set-Cookie").Concat(culture.Headers.GetValues("Set-Cookie"))
                .Where(c => !c.StartsWith(CaddyCookie + "=", StringComparison.Ordinal))];
            var hsts = response.Headers.TryGetValues("Strict-Transport-Security", out var values) ? values.Single() : null;
            output.WriteLine($"{site.Scheme,-5} sign-in → {(int)response.StatusCode}, culture → {(int)culture.StatusCode}; HSTS: {hsts ?? "-"}");
            foreach (var cookie in cookies)
            {
                output.WriteLine($"      Set-Cookie: {cookie[..cookie.IndexOf('=', StringComparison.Ordinal)]}={cookie[cookie.IndexOf(';', StringComparison.Ordinal)..]}");
            }
            return (response.StatusCode, cookies, hsts);
        }
        var https = await SignInAsync(deployment.Caddy.Https);
        var http = await SignInAsync(deployment.Caddy.Http);

        Assert.Equal(HttpStatusCode.OK, https.Status);
        Assert.Contains(https.Cookies, c => c.StartsWith("winwin.staff=", StringComparison.Ordinal));
        Assert.All(https.Cookies, c => Assert.Contains("; secure", c, StringComparison.OrdinalIgnoreCase));
        Assert.StartsWith("max-age=", https.Hsts, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, http.Status);
        Assert.Contains(http.Cookies, c => c.StartsWith("winwin.staff=", StringComparison.Ordinal));
        Assert.All(http.Cookies, c => Assert.DoesNotContain("secure", c, StringComparison.OrdinalIgnoreCase));
        Assert.Null(http.Hsts);
    }
}
