using System.Net;
using System.Net.Http.Json;
using Winwin.Data;
using Xunit.Abstractions;

namespace Winwin.Live.Tests.Features.Security;

/// <summary>Behind the configured reverse proxy: limits per visitor, Secure cookies and HSTS for HTTPS visitors; forwarded headers from anyone else ignored.</summary>
public class TrustedProxyTests(ITestOutputHelper output)
{
    private const string Proxy = "10.0.0.5";

    private static WinwinApplication BehindProxy() => new WinwinApplication()
        .WithSetting("Winwin:ForwardedHeaders:KnownProxies", $"{Proxy}, 10.1.0.0/16")
        .WithSetting("Winwin:RateLimits:PublicPerMinute", "3");

    private static HttpRequestMessage Get(string path, string connectionFrom, string? forwardedFor = null, string? forwardedProto = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Host = "bourse.example";
        request.Headers.Add(WinwinApplication.ClientAddressHeader, connectionFrom);
        if (forwardedFor is not null)
        {
            request.Headers.Add("X-Forwarded-For", forwardedFor);
        }
        if (forwardedProto is not null)
        {
            request.Headers.Add("X-Forwarded-Proto", forwardedProto);
        }
        return request;
    }

    [Fact]
    public async Task PublicLimit_ThroughTheConfiguredProxy_CountsEachVisitorApart()
    {
        await using var app = BehindProxy();
        var ev = await app.CreateEventAsync();
        var client = app.CreateClient();

        var log = new List<string>();
        async Task<HttpStatusCode> SendAsync(string connection, string? visitor)
        {
            using var response = await client.SendAsync(Get($"/api/events/{ev.Slug}/snapshot", connection, visitor));
            log.Add($"{connection,-12} X-Forwarded-For {visitor ?? "-",-14} → {(int)response.StatusCode}");
            return response.StatusCode;
        }
        var first = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            first.Add(await SendAsync(Proxy, "198.51.100.1"));
        }
        var second = await SendAsync(Proxy, "198.51.100.2");
        var third = await SendAsync("10.1.4.2", "198.51.100.3");
        foreach (var line in log)
        {
            output.WriteLine(line);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], first);
        Assert.Equal(HttpStatusCode.OK, second);
        Assert.Equal(HttpStatusCode.OK, third);
    }

    [Fact]
    public async Task ForwardedHeaders_FromAnAddressThatIsNoConfiguredProxy_Ignored()
    {
        await using var app = BehindProxy();
        var ev = await app.CreateEventAsync();
        var client = app.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            // A scanner inventing a new visitor for each request: still one client.
            using var response = await client.SendAsync(Get($"/api/events/{ev.Slug}/snapshot", "203.0.113.9", $"198.51.100.{i + 10}", "https"));
            statuses.Add(response.StatusCode);
        }
        using var culture = await client.SendAsync(Get("/culture/nl?returnUrl=%2F", "203.0.113.10", "198.51.100.50", "https"));

        Assert.Equal(3, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(2, statuses.Count(s => s == HttpStatusCode.TooManyRequests));
        Assert.DoesNotContain(culture.Headers.GetValues("Set-Cookie"), c => c.Contains("secure", StringComparison.OrdinalIgnoreCase));
        Assert.False(culture.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task HttpsVisitorThroughTheProxy_SecureCookiesAndHsts_PlainHttpVisitorNeither()
    {
        await using var app = BehindProxy();
        var email = await app.CreateUserAsync(StaffRoles.Facilitator);
        var client = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });

        using var https = await client.SendAsync(Get("/culture/nl?returnUrl=%2F", Proxy, "198.51.100.1", "https"));
        using var http = await client.SendAsync(Get("/culture/nl?returnUrl=%2F", Proxy, "198.51.100.2", "http"));
        var signIn = Get("/api/auth/login?useCookies=true", Proxy, "198.51.100.3", "https");
        signIn.Method = HttpMethod.Post;
        signIn.Content = JsonContent.Create(new { email, password = WinwinApplication.Password });
        using var signedIn = await client.SendAsync(signIn);

        Assert.All(https.Headers.GetValues("Set-Cookie"), c => Assert.Contains("secure", c, StringComparison.OrdinalIgnoreCase));
        Assert.StartsWith("max-age=", Assert.Single(https.Headers.GetValues("Strict-Transport-Security")), StringComparison.Ordinal);
        Assert.All(http.Headers.GetValues("Set-Cookie"), c => Assert.DoesNotContain("secure", c, StringComparison.OrdinalIgnoreCase));
        Assert.False(http.Headers.Contains("Strict-Transport-Security"));
        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
        Assert.Contains(signedIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith("winwin.staff=", StringComparison.Ordinal) && c.Contains("secure", StringComparison.OrdinalIgnoreCase));
    }
}
