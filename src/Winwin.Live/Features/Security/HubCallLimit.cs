using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Localization;

namespace Winwin.Live.Features.Security;

/// <summary>
/// Limits the calls one hub connection may make: a screen joins once and asks again after a gap or a wake-up, a few
/// times a minute at most; a script calling in a loop is refused (its other calls and other people's are not slowed).
/// </summary>
public sealed class HubCallLimit(IConfiguration configuration, IStringLocalizer<Text> text) : IHubFilter
{
    private const string WindowKey = "winwin.call-window";
    private static readonly long WindowMilliseconds = (long)TimeSpan.FromSeconds(10).TotalMilliseconds;
    private readonly int _callsPerWindow = configuration.GetValue("Winwin:RateLimits:HubCallsPer10Seconds", 20);

    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        // Thousands of phones each hold one: a fixed window of two numbers, no timer, no allocation per call.
        if (invocationContext.Context.Items.TryGetValue(WindowKey, out var value) && value is CallWindow window
            && !window.TryEnter(Environment.TickCount64, WindowMilliseconds, _callsPerWindow))
        {
            throw new HubException(text["error.tooManyRequests"]);
        }
        return await next(invocationContext);
    }

    public Task OnConnectedAsync(HubLifetimeContext context, Func<HubLifetimeContext, Task> next)
    {
        context.Context.Items[WindowKey] = new CallWindow();
        return next(context);
    }

    private sealed class CallWindow
    {
        private long _start = long.MinValue;
        private int _count;

        public bool TryEnter(long now, long length, int limit)
        {
            lock (this)
            {
                if (now - _start >= length)
                {
                    _start = now;
                    _count = 0;
                }
                return ++_count <= limit;
            }
        }
    }
}
