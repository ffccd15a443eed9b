using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Winwin.Data;
using Xunit.Abstractions;

namespace Winwin.Live.Tests.Features.Security;

public class HostileInputTests(ITestOutputHelper output)
{
    /// <summary>Values as they would appear in an address, already percent-encoded where a browser or a scanner would.</summary>
    public static readonly IReadOnlyList<string> HostileValues =
    [
        new string('a', 5000),
        Uri.EscapeDataString(new string('é', 2000)),
        "%00",
        "a%00b",
        "%C3%28",
        "%FF%FE%FD",
        "%E2%82",
        "%ED%A0%80",
        "%",
        "%%32%65",
        "..%2F..%2F..%2Fetc%2Fpasswd",
        "..%5C..%5Cwindows",
        "xx-INVALID",
        "-1",
        "0",
        "-2147483649",
        "2147483648",
        "99999999999999999999999999",
        "1e308",
        "NaN",
        "%27%20OR%201%3D1%20--",
        "1%3B%20DROP%20TABLE%20Events",
        "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
        "%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E",
        "%E2%80%AEgnp.exe",
        "%E2%81%A6x%E2%81%A9",
        "%EF%BB%BF",
        "%F0%9F%98%80",
        "%0D%0ASet-Cookie%3A%20x%3D1",
        "%2F%2Fevil.example",
        "%5C%5Cevil.example",
        "javascript%3Aalert(1)",
        "%7B%7Bslug%7D%7D",
        "a%2Fb",
    ];

    /// <summary>Every public address, with <c>{v}</c> where a hostile value goes and <c>{slug}</c>/<c>{token}</c> for a real event and deal.</summary>
    public static readonly IReadOnlyList<string> Templates =
    [
        "/?culture={v}",
        "/e?culture={v}",
        "/e/{v}",
        "/e/{slug}?culture={v}",
        "/e/{slug}/board?culture={v}",
        "/e/{v}/board",
        "/e/{slug}/board?qrEvery={v}",
        "/e/{slug}/offers?q={v}",
        "/e/{slug}/offers?c={v}",
        "/e/{slug}/offers?page={v}",
        "/e/{slug}/requests?q={v}&c={v}&page={v}",
        "/e/{slug}/participants?q={v}&page={v}&culture={v}",
        "/e/{v}/offers?q={v}",
        "/e/{slug}/participants/{v}",
        "/e/{slug}/participants/1?culture={v}",
        "/e/{slug}/mine?org={v}",
        "/e/{v}/mine?org=1",
        "/e/{slug}/mine?org={v}&culture={v}",
        "/e/{slug}/qr.svg?culture={v}",
        "/e/{v}/qr.svg",
        "/m/{v}",
        "/m/{token}?culture={v}",
        "/m/{v}/qr.svg",
        "/culture/{v}",
        "/culture/nl?returnUrl={v}",
        "/culture/nl?returnUrl=%2F{v}",
        "/culture/{v}?returnUrl={v}",
        "/account/login?ReturnUrl={v}",
        "/account/login?culture={v}",
        "/account/setup?token={v}",
        "/account/invite?user={v}&token={v}",
        "/not-found?culture={v}",
        "/{v}",
        "/api/events/{v}/snapshot",
        "/api/events/{slug}/snapshot?culture={v}",
        "/api/events/{slug}/find?q={v}",
        "/api/events/{slug}/find?kind={v}",
        "/api/events/{slug}/find?c={v}",
        "/api/events/{slug}/find?page={v}",
        "/api/events/{slug}/find?pageSize={v}",
        "/api/events/{slug}/find?kind=participants&q={v}&page={v}&culture={v}",
        "/api/events/{v}/find?q=a",
        "/api/events/{slug}/calls/{v}",
        "/api/events/{v}/calls/1",
        "/api/events/{slug}/deals/{v}",
        "/api/events/{slug}/desk?culture={v}",
        "/hubs/live/negotiate?negotiateVersion={v}",
        "/hubs/live?id={v}",
    ];

    [Fact]
    public async Task PublicRoutes_HostileValues_NeverAnswerServerError()
    {
        await using var app = new WinwinApplication()
            .WithSetting("Winwin:RateLimits:PublicPerMinute", "1000000")
            .WithSetting("Winwin:RateLimits:FinderPerMinute", "1000000")
            .WithSetting("Winwin:RateLimits:CallsPerClientPer10Minutes", "1000000");
        // On real Kestrel: the in-memory test server refuses some of these addresses before the app sees them.
        var address = app.StartOnKestrel();
        var ev = await app.CreateEventAsync();
        var staff = await app.CreateClientAsync(StaffRoles.Facilitator);
        await WinwinApplication.AnnounceAsync(staff, ev);
        string token;
        await using (var db = await app.DbFactory.CreateDbContextAsync())
        {
            token = await db.Deals.Select(d => d.PrivateToken).FirstAsync();
        }
        var client = app.CreateClient(new() { BaseAddress = address, AllowAutoRedirect = false });
        var failures = new List<string>();
        var sent = 0;

        foreach (var template in Templates)
        {
            foreach (var value in HostileValues)
            {
                var path = template.Replace("{slug}", ev.Slug).Replace("{token}", token).Replace("{v}", value);
                var status = await SendAsync(client, HttpMethod.Get, path, null);
                sent++;
                if (status >= 500)
                {
                    failures.Add($"GET {Shorten(path)} → {status}");
                }
            }
        }
        foreach (var value in HostileValues)
        {
            var decoded = Uri.UnescapeDataString(value);
            var bodies = new[]
            {
                ($"/api/events/{ev.Slug}/calls", $"{{\"organizationId\":\"{Escape(decoded)}\"}}"),
                ($"/api/events/{ev.Slug}/calls", $"{{\"organizationId\":{(value.All(char.IsAsciiDigit) || value.StartsWith('-') ? value : "1")},\"device\":\"0123456789abcdef0123456789abcdef\"}}"),
                ($"/api/events/{ev.Slug}/calls", $"{{\"organizationId\":1,\"device\":\"{Escape(decoded)}\"}}"),
                ($"/api/events/{value}/calls", "{\"organizationId\":1}"),
                ("/api/auth/login?useCookies=true", $"{{\"email\":\"{Escape(decoded)}\",\"password\":\"{Escape(decoded)}\"}}"),
                ($"/api/auth/login?useCookies={value}", "{\"email\":\"a@b.c\",\"password\":\"x\"}"),
            };
            foreach (var (path, body) in bodies)
            {
                var status = await SendAsync(client, HttpMethod.Post, path, body);
                sent++;
                if (status >= 500)
                {
                    failures.Add($"POST {Shorten(path)} {Shorten(body)} → {status}");
                }
            }
        }

        output.WriteLine($"{sent} requests sent, {failures.Count} answered 5xx");
        foreach (var failure in failures)
        {
            output.WriteLine(failure);
        }
        Assert.Empty(failures);
    }

    private int _client;

    private async Task<int> SendAsync(HttpClient client, HttpMethod method, string path, string? body)
    {
        using var request = new HttpRequestMessage(method, path);
        // Each request from its own address, so that no limit hides an answer.
        var n = Interlocked.Increment(ref _client);
        request.Headers.Add(WinwinApplication.ClientAddressHeader, $"10.{n / 65536 % 256}.{n / 256 % 256}.{n % 256}");
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }
        using var response = await client.SendAsync(request);
        return (int)response.StatusCode;
    }

    private static string Escape(string value) => value.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\r", "\\r").Replace("\n", "\\n").Replace("\0", "\\u0000");

    private static string Shorten(string value) => value.Length > 120 ? value[..120] + "…" : value;
}
