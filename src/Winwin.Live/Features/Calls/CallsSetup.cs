using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Winwin.Live.Features.Calls;

public static class CallsSetup
{
    /// <summary>Rate limit of "call a facilitator" per client address (a venue's phones may share one address).</summary>
    public const string CallPolicy = "call-facilitator";

    /// <summary>Registers the call service and the per-client limit of new calls.</summary>
    public static WebApplicationBuilder AddFacilitatorCalls(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<FacilitatorCallService>();
        var perTenMinutes = builder.Configuration.GetValue("Winwin:RateLimits:CallsPerClientPer10Minutes", 30);
        builder.Services.Configure<RateLimiterOptions>(o => o.AddPolicy(CallPolicy, ctx => RateLimitPartition.GetFixedWindowLimiter(
            ctx.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = perTenMinutes, Window = TimeSpan.FromMinutes(10) })));
        return builder;
    }
}
