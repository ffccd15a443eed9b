using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Localization;
using Winwin.Data;

namespace Winwin.Live.Features.Accounts;

/// <summary>
/// Keeps a signed-in hub connection only as long as its sign-in: known to <see cref="StaffSessions"/> so that signing out
/// closes it, and each call of a signed-in connection re-checked against the account's security stamp (which also covers
/// a sign-out on another app instance).
/// </summary>
public sealed class StaffSessionFilter(StaffSessions sessions, IServiceScopeFactory scopes, IStringLocalizer<Text> text) : IHubFilter
{
    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        var context = invocationContext.Context;
        if (context.User?.Identity?.IsAuthenticated == true && !await IsCurrentAsync(context))
        {
            context.Abort();
            throw new HubException(text["error.signedOut"]);
        }
        return await next(invocationContext);
    }

    public Task OnConnectedAsync(HubLifetimeContext context, Func<HubLifetimeContext, Task> next)
    {
        sessions.Opened(context.Context);
        return next(context);
    }

    public Task OnDisconnectedAsync(HubLifetimeContext context, Exception? exception, Func<HubLifetimeContext, Exception?, Task> next)
    {
        sessions.Closed(context.Context);
        return next(context, exception);
    }

    private async Task<bool> IsCurrentAsync(HubCallerContext context)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await sessions.IsCurrentAsync(context.User!, scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>());
    }
}
