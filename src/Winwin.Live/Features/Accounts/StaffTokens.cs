using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Winwin.Data;

namespace Winwin.Live.Features.Accounts;

/// <summary>
/// Sign-in for scripts without a browser: <c>POST /api/auth/login</c> without <c>useCookies</c> answers a bearer token
/// (Identity's), sent back as <c>Authorization: Bearer …</c>; <c>POST /api/auth/refresh</c> trades the refresh token for a
/// new pair. A token stops working as soon as a cookie would: when its person signs out, is disabled, loses a role or has
/// their access reset (the security stamp is checked on every request, as for the sign-in cookie).
/// </summary>
public static class StaffTokens
{
    /// <summary>The default scheme: the bearer token when the request carries one, the sign-in cookie otherwise.</summary>
    public const string CookieOrBearer = "Winwin.CookieOrBearer";

    /// <summary>How long an access token and a refresh token are good for (a script refreshes within the hour).</summary>
    public static readonly TimeSpan AccessLifetime = TimeSpan.FromHours(1);

    public static readonly TimeSpan RefreshLifetime = TimeSpan.FromDays(14);

    public static bool CarriesBearer(HttpRequest request) =>
        request.Headers.Authorization is [{ } header] && header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);

    /// <summary>Forgets the person of a bearer request whose token no longer matches its account, so that it is answered 401.</summary>
    public static WebApplication UseStaffTokenCheck(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            if (context.User.Identity?.IsAuthenticated == true && CarriesBearer(context.Request))
            {
                var services = context.RequestServices;
                if (!await services.GetRequiredService<StaffSessions>().IsCurrentAsync(context.User, services.GetRequiredService<UserManager<StaffUser>>()))
                {
                    context.User = new();
                }
            }
            await next(context);
        });
        return app;
    }

    /// <summary>A fresh token pair for a refresh token that is still valid and whose account has not changed since; null otherwise.</summary>
    public static async Task<System.Security.Claims.ClaimsPrincipal?> RefreshAsync(string refreshToken, SignInManager<StaffUser> signIn,
        IOptionsMonitor<BearerTokenOptions> bearer, TimeProvider clock)
    {
        var ticket = bearer.Get(IdentityConstants.BearerScheme).RefreshTokenProtector.Unprotect(refreshToken);
        if (ticket?.Properties.ExpiresUtc is not { } expires || clock.GetUtcNow() >= expires
            || await signIn.ValidateSecurityStampAsync(ticket.Principal) is not { } user)
        {
            return null;
        }
        return await signIn.CreateUserPrincipalAsync(user);
    }
}
