using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Winwin.Data;
using Winwin.Live.Features.Live;
using Winwin.Live.Features.Security;

namespace Winwin.Live.Features.Accounts;

/// <summary>
/// Sign-in for API clients: <c>POST /api/auth/login</c> with JSON <c>{email, password}</c> answers a bearer token for
/// scripts (<see cref="StaffTokens"/>); with <c>?useCookies=true</c> (or <c>useSessionCookies</c>) it sets the sign-in cookie instead.
/// </summary>
public static class AccountsApi
{
    public sealed record LoginRequest(string Email, string Password);

    public sealed record RefreshRequest(string RefreshToken);

    public static WebApplication MapAccountsApi(this WebApplication app)
    {
        var group = app.MapGroup("/api/auth").WithTags("Accounts").RequireRateLimiting(RateLimits.SignIn);
        group.MapPost("/login", Login).WithName("Login").AllowAnonymous()
            .Produces<AccessTokenResponse>(StatusCodes.Status200OK).ProducesProblem(StatusCodes.Status401Unauthorized);
        group.MapPost("/refresh", Refresh).WithName("RefreshToken").AllowAnonymous()
            .Produces<AccessTokenResponse>(StatusCodes.Status200OK).ProducesProblem(StatusCodes.Status401Unauthorized);
        group.MapPost("/logout", Logout).WithName("Logout").RequireAuthorization();
        app.MapPost("/account/logout", LogoutForm).ExcludeFromDescription().RequireAuthorization();
        return app;
    }

    /// <summary>Signing in is open to anyone by nature; it writes nothing but the session cookie.</summary>
    [PublicRead]
    public static async Task<Results<EmptyHttpResult, ValidationProblem, ProblemHttpResult>> Login(
        LoginRequest request, bool? useCookies, bool? useSessionCookies, StaffSignIn signIn, IStringLocalizer<Text> text)
    {
        if (string.IsNullOrWhiteSpace(request.Email) || string.IsNullOrEmpty(request.Password)
            || request.Email.Length > 256 || request.Password.Length > 256)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["email"] = [text["login.missing"]] });
        }
        var cookie = useCookies == true || useSessionCookies == true;
        return await signIn.SignInAsync(request.Email, request.Password, persistent: useCookies == true && useSessionCookies != true, bearer: !cookie) switch
        {
            // The cookie or the token (written by the bearer scheme as the answer's body) is already on its way.
            SignInOutcome.Succeeded => TypedResults.Empty,
            SignInOutcome.Throttled => TypedResults.Problem(text["login.lockedOut"], statusCode: StatusCodes.Status429TooManyRequests),
            _ => TypedResults.Problem(text["login.failed"], statusCode: StatusCodes.Status401Unauthorized),
        };
    }

    /// <summary>A new token pair for a valid refresh token, unless its person has signed out or their account has changed since.</summary>
    [PublicRead]
    public static async Task<Results<SignInHttpResult, ValidationProblem, ProblemHttpResult>> Refresh(RefreshRequest request, SignInManager<StaffUser> signIn,
        IOptionsMonitor<BearerTokenOptions> bearer, TimeProvider clock, IStringLocalizer<Text> text)
    {
        if (string.IsNullOrEmpty(request.RefreshToken) || request.RefreshToken.Length > 4096)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["refreshToken"] = [text["login.tokenMissing"]] });
        }
        return await StaffTokens.RefreshAsync(request.RefreshToken, signIn, bearer, clock) is { } principal
            ? TypedResults.SignIn(principal, authenticationScheme: IdentityConstants.BearerScheme)
            : TypedResults.Problem(text["login.tokenExpired"], statusCode: StatusCodes.Status401Unauthorized);
    }

    public static async Task<NoContent> Logout(ClaimsPrincipal user, SignInManager<StaffUser> signIn, StaffSessions sessions)
    {
        await SignOutEverywhereAsync(user, signIn, sessions);
        return TypedResults.NoContent();
    }

    public static async Task<RedirectHttpResult> LogoutForm(ClaimsPrincipal user, SignInManager<StaffUser> signIn, StaffSessions sessions)
    {
        await SignOutEverywhereAsync(user, signIn, sessions);
        return TypedResults.LocalRedirect("/account/login");
    }

    /// <summary>Signing out ends every session of that person (other browsers, open desks and control panels), not only this cookie.</summary>
    private static async Task SignOutEverywhereAsync(ClaimsPrincipal principal, SignInManager<StaffUser> signIn, StaffSessions sessions)
    {
        if (await signIn.UserManager.GetUserAsync(principal) is { } user)
        {
            var oldStamp = await signIn.UserManager.GetSecurityStampAsync(user);
            await signIn.UserManager.UpdateSecurityStampAsync(user);
            sessions.End(user.Id, oldStamp);
        }
        await signIn.SignOutAsync();
    }
}
