using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Winwin.Live.Tests;

namespace Winwin.E2E;

/// <summary>What the fault tests share: a cuttable network between browser and server, and servers that stop and start.</summary>
internal static class Faults
{
    public static Task<TcpProxy> StartProxyAsync(Uri server) =>
        StartProxyAsync(new IPEndPoint(IPAddress.Loopback, server.Port));

    public static async Task<TcpProxy> StartProxyAsync(IPEndPoint server)
    {
        var proxy = new TcpProxy();
        await proxy.StartAsync(server);
        return proxy;
    }

    /// <summary>A browser context of the shared Chromium whose pages go through the proxy.</summary>
    public static async Task<IBrowserContext> NewContextAsync(LiveSite site, TcpProxy proxy, int width, int height)
    {
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = proxy.Address.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "fr-BE",
            TimezoneId = "Europe/Brussels",
        });
        context.SetDefaultTimeout(10_000);
        return context;
    }

    /// <summary>Starts an application on real Kestrel on a free loopback port.</summary>
    public static IPEndPoint StartOnKestrel(WinwinApplication app)
    {
        app.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        app.StartServer();
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        app.ClientOptions.BaseAddress = address;
        return new IPEndPoint(IPAddress.Loopback, address.Port);
    }

    /// <summary>Signs in an existing account (the same one before and after a restart).</summary>
    public static async Task<HttpClient> SignInAsync(WinwinApplication app, string email)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = app.ClientOptions.BaseAddress, HandleCookies = true, AllowAutoRedirect = false });
        var response = await client.PostAsJsonAsync("/api/auth/login?useCookies=true", new { email, password = WinwinApplication.Password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return client;
    }

    /// <summary>How long after now the proxy next passes a connection on: the page's way back.</summary>
    public static async Task<TimeSpan> ConnectionBackAfter(TcpProxy proxy)
    {
        var clock = Stopwatch.StartNew();
        var back = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void Forwarded() => back.TrySetResult();
        proxy.ConnectionForwarded += Forwarded;
        try
        {
            await back.Task.WaitAsync(TimeSpan.FromSeconds(90));
            return clock.Elapsed;
        }
        finally
        {
            proxy.ConnectionForwarded -= Forwarded;
        }
    }

    /// <summary>
    /// Waits (polling every 50 ms, <paramref name="timeout"/> at most) until <paramref name="condition"/>, a script
    /// function (<c>() => …</c>: the pages' Content-Security-Policy refuses to evaluate a bare expression), returns true
    /// in the page; returns how long it took.
    /// </summary>
    public static async Task<TimeSpan> WaitForAsync(IPage page, string condition, TimeSpan timeout, object? argument = null)
    {
        var clock = Stopwatch.StartNew();
        await page.WaitForFunctionAsync(condition, argument, new() { Timeout = (float)timeout.TotalMilliseconds, PollingInterval = 50 });
        return clock.Elapsed;
    }

    public static string Seconds(TimeSpan span) => $"{span.TotalSeconds:F2} s";
}
