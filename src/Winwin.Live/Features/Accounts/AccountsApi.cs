using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Winwin.Data;
using Winwin.Live.Features.Live;
using Winwin.Live.Features.Security;

namespace Winwin.Live.Features.Accounts;

/// <summary>Sign-in for API clients: <c>POST /api/auth/login?useCookies=true</c> with JSON <c>{email, password}</c>.</summary>
public static class AccountsApi
{
    public sealed record LoginRequest(string Email, string Password);

    public static WebApplication MapAccountsApi(this WebApplication app)
    {
        var group = app.MapGroup("/api/auth").WithTags("Accounts").RequireRateLimiting(RateLimits.SignIn);
        group.MapPost("/login", Login).WithName("Login").AllowAnonymous();
        group.MapPost("/logout", Logout).WithName("Logout").RequireAuthorization();
        app.MapPost("/account/logout", LogoutForm).ExcludeFromDescription().RequireAuthorization();
        return app;
    }

    /// <summary>Signing in is open to anyone by nature; it writes nothing but the session cookie.</summary>
    [PublicRead]
    public static async Task<Results<Ok, ValidationProblem, ProblemHttpResult>> Login(
        LoginRequest request, bool? useCookies, bool? useSessionCookies, StaffSignIn signIn, IStringLocalizer<Text> text)
    {
        if (string.IsNullOrWhiteSpace(request.Email) || string.IsNullOrEmpty(request.Password)
            || request.Email.Length > 256 || request.Password.Length > 256)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["email"] = [text["login.missing"]] });
        }
        if (useCookies != true && useSessionCookies != true)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["useCookies"] = [text["login.cookiesOnly"]] });
        }
        return await signIn.SignInAsync(request.Email, request.Password, persistent: useCookies == true) switch
        {
            SignInOutcome.Succeeded => TypedResults.Ok(),
            SignInOutcome.Throttled => TypedResults.Problem(text["login.lockedOut"], statusCode: StatusCodes.Status429TooManyRequests),
            _ => TypedResults.Problem(text["login.failed"], statusCode: StatusCodes.Status401Unauthorized),
        };
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
