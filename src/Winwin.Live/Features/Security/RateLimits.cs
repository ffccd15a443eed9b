using System.Threading.RateLimiting;

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
            o.AddPolicy(SignIn, ctx => HttpMethods.IsGet(ctx.Request.Method) || HttpMethods.IsHead(ctx.Request.Method)
                ? RateLimitPartition.GetNoLimiter("show")
                : RateLimitPartition.GetFixedWindowLimiter(
                    ctx.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = signInPerMinute, Window = TimeSpan.FromMinutes(1) }));
        });
        return builder;
    }
}
