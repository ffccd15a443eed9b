using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Winwin.Data;

namespace Winwin.Live.Features.Accounts;

/// <summary>
/// Re-checks an open control panel's sign-in every minute against the account's security stamp, which changes when a
/// role is removed, the account is disabled or its access is reset: the panel then falls back to the sign-in page.
/// </summary>
public sealed class StaffRevalidation(ILoggerFactory loggerFactory, IServiceScopeFactory scopes, IOptions<IdentityOptions> options)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => TimeSpan.FromMinutes(1);

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await IsCurrentAsync(scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>(), authenticationState.User, options.Value);
    }

    /// <summary>
    /// Whether the principal still matches its account: the account exists and its stamp is unchanged (disabling an account,
    /// changing its roles or resetting its access renews the stamp). A lockout after failed sign-ins by someone else does not end the session.
    /// </summary>
    public static async Task<bool> IsCurrentAsync(UserManager<StaffUser> users, ClaimsPrincipal principal, IdentityOptions options)
    {
        var user = await users.GetUserAsync(principal);
        if (user is null)
        {
            return false;
        }
        if (!users.SupportsUserSecurityStamp)
        {
            return true;
        }
        var stamp = principal.FindFirstValue(options.ClaimsIdentity.SecurityStampClaimType);
        return stamp == await users.GetSecurityStampAsync(user);
    }
}
