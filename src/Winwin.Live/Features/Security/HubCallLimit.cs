using System.Threading.RateLimiting;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Localization;

namespace Winwin.Live.Features.Security;

/// <summary>
/// Limits the calls one hub connection may make: a screen joins once and asks again after a gap or a wake-up, a few
/// times a minute at most; a script calling in a loop is refused (its other calls and other people's are not slowed).
/// </summary>
public sealed class HubCallLimit(IConfiguration configuration, IStringLocalizer<Text> text) : IHubFilter
{
    private const string LimiterKey = "winwin.call-limit";
    private readonly int _callsPerWindow = configuration.GetValue("Winwin:RateLimits:HubCallsPer10Seconds", 20);

    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        if (invocationContext.Context.Items.TryGetValue(LimiterKey, out var value) && value is RateLimiter limiter)
        {
            using var lease = limiter.AttemptAcquire();
            if (!lease.IsAcquired)
            {
                throw new HubException(text["error.tooManyRequests"]);
            }
        }
        return await next(invocationContext);
    }

    public Task OnConnectedAsync(HubLifetimeContext context, Func<HubLifetimeContext, Task> next)
    {
        context.Context.Items[LimiterKey] = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = _callsPerWindow,
            TokensPerPeriod = _callsPerWindow,
            ReplenishmentPeriod = TimeSpan.FromSeconds(10),
            QueueLimit = 0,
            AutoReplenishment = true,
        });
        return next(context);
    }

    public async Task OnDisconnectedAsync(HubLifetimeContext context, Exception? exception, Func<HubLifetimeContext, Exception?, Task> next)
    {
        if (context.Context.Items.Remove(LimiterKey, out var value) && value is IDisposable limiter)
        {
            limiter.Dispose();
        }
        await next(context, exception);
    }
}
