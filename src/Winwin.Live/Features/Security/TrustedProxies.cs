using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Winwin.Live.Features.Security;

/// <summary>
/// Behind a reverse proxy: the client's address and scheme are taken from <c>X-Forwarded-For</c> and
/// <c>X-Forwarded-Proto</c>, but only when the request comes from a configured proxy
/// (<c>Winwin:ForwardedHeaders:KnownProxies</c>: addresses or networks such as <c>10.0.0.0/8</c>, comma-separated).
/// Per-client limits then act per visitor, and cookies are <c>Secure</c> and HSTS is sent when the visitor used HTTPS.
/// </summary>
public static class TrustedProxies
{
    public const string KnownProxiesKey = "Winwin:ForwardedHeaders:KnownProxies";

    public static WebApplicationBuilder AddTrustedProxies(this WebApplicationBuilder builder)
    {
        var configured = builder.Configuration[KnownProxiesKey] ?? "";
        builder.Services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // Nothing is trusted by default, not even the loopback address: only what the operator names.
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var entry in configured.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (entry.Contains('/', StringComparison.Ordinal))
                {
                    o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(entry));
                }
                else
                {
                    o.KnownProxies.Add(IPAddress.Parse(entry));
                }
            }
        });
        builder.Services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));
        return builder;
    }

    /// <summary>Reads the forwarded headers of trusted proxies, sends HSTS on HTTPS and marks cookies <c>Secure</c> on HTTPS.</summary>
    public static WebApplication UseTrustedProxies(this WebApplication app)
    {
        if (!string.IsNullOrWhiteSpace(app.Configuration[KnownProxiesKey]))
        {
            app.UseForwardedHeaders();
        }
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }
        app.UseCookiePolicy(new CookiePolicyOptions { Secure = CookieSecurePolicy.SameAsRequest });
        return app;
    }
}
