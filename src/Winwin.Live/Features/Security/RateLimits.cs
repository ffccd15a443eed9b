using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Winwin.Live.Features.Security;

public static class RateLimits
{
    /// <summary>Public reads: generous per client, because a venue's phones may share one address behind NAT.</summary>
    public const string Public = "public";

    /// <summary>Hub connections (negotiation and transport requests) per client address.</summary>
    public const string Hub = "hub";

    /// <summary>Sign-in attempts (the API's and the form's posts) per client address; showing the form is not counted.</summary>
    public const string SignIn = "sign-in";

    public static WebApplicationBuilder AddRateLimits(this WebApplicationBuilder builder)
    {
        var publicPerMinute = builder.Configuration.GetValue("Winwin:RateLimits:PublicPerMinute", 600);
        // A venue's hundreds of phones share one address and all reconnect at once after a Wi-Fi cut: be generous.
        var signInPerMinute = builder.Configuration.GetValue("Winwin:RateLimits:SignInPerMinute", 20);
        var hubPerMinute = builder.Configuration.GetValue("Winwin:RateLimits:HubPerMinute", 12000);
        builder.Services.AddSingleton<HubCallLimit>();
        builder.Services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(Public, ctx => RateLimitPartition.GetFixedWindowLimiter(
                ctx.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = publicPerMinute, Window = TimeSpan.FromMinutes(1) }));
            o.AddPolicy(Hub, ctx => RateLimitPartition.GetFixedWindowLimiter(
                ctx.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = hubPerMinute, Window = TimeSpan.FromMinutes(1) }));
        });
        AddPostsPerAddress(builder, SignIn, signInPerMinute, TimeSpan.FromMinutes(1));
        return builder;
    }

    /// <summary>
    /// Adds the policy <paramref name="name"/> for a public form and its API: at most <paramref name="permit"/> posts (any
    /// method but GET and HEAD) per client address and <paramref name="window"/>; showing the form is not counted, nor the
    /// requests <paramref name="free"/> says save nothing.
    /// </summary>
    public static void AddPostsPerAddress(WebApplicationBuilder builder, string name, int permit, TimeSpan window, Func<HttpContext, bool>? free = null) =>
        builder.Services.Configure<RateLimiterOptions>(o =>
            o.AddPolicy(name, ctx => HttpMethods.IsGet(ctx.Request.Method) || HttpMethods.IsHead(ctx.Request.Method) || free?.Invoke(ctx) == true
                ? RateLimitPartition.GetNoLimiter("show")
                : RateLimitPartition.GetFixedWindowLimiter(
                    ctx.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = permit, Window = window })));
}
