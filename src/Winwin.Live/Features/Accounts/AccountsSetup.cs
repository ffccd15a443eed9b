using Microsoft.AspNetCore.Identity;
using Winwin.Data;

namespace Winwin.Live.Features.Accounts;

public static class AccountsSetup
{
    /// <summary>Registers ASP.NET Core Identity for staff, the sign-in cookie and the role policies.</summary>
    public static WebApplicationBuilder AddAccounts(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddAuthentication(StaffTokens.CookieOrBearer)
            .AddPolicyScheme(StaffTokens.CookieOrBearer, null, o => o.ForwardDefaultSelector = context =>
                StaffTokens.CarriesBearer(context.Request) ? IdentityConstants.BearerScheme : IdentityConstants.ApplicationScheme)
            .AddBearerToken(IdentityConstants.BearerScheme, o =>
            {
                o.BearerTokenExpiration = StaffTokens.AccessLifetime;
                o.RefreshTokenExpiration = StaffTokens.RefreshLifetime;
            })
            .AddIdentityCookies();
        services.AddIdentityCore<StaffUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                // Length over composition rules: long passphrases are easier to remember and harder to guess.
                o.Password.RequiredLength = 10;
                o.Password.RequiredUniqueChars = 4;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(5);
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<WinwinDbContext>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<StaffClaimsPrincipalFactory>()
            .AddErrorDescriber<LocalizedIdentityErrorDescriber>()
            .AddDefaultTokenProviders();
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/account/login";
            o.AccessDeniedPath = "/account/login";
            o.Cookie.Name = "winwin.staff";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromHours(12);
            // APIs and hubs answer 401/403; only pages redirect to the sign-in form.
            o.Events.OnRedirectToLogin = ctx => RedirectOrStatus(ctx, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = ctx => RedirectOrStatus(ctx, StatusCodes.Status403Forbidden);
        });
        // Signing out, a removed role or a disabled account ends every session of that person at once: the sign-in cookie
        // is checked against the account's security stamp on every request (staff requests are few; phones have no cookie).
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero);
        services.AddSingleton<StaffSessions>();
        services.AddAuthorizationBuilder()
            .AddPolicy(StaffPolicies.Staff, p => p.RequireRole(StaffRoles.Coordinator, StaffRoles.Facilitator))
            .AddPolicy(StaffPolicies.Coordinator, p => p.RequireRole(StaffRoles.Coordinator))
            .AddPolicy(StaffPolicies.Ratify, p => p.RequireRole(StaffRoles.Coordinator, StaffRoles.Notary))
            .AddPolicy(StaffPolicies.ControlPanel, p => p.RequireRole(StaffRoles.All));
        services.AddCascadingAuthenticationState();
        services.AddScoped<Microsoft.AspNetCore.Components.Authorization.AuthenticationStateProvider, StaffRevalidation>();
        services.AddScoped<Microsoft.AspNetCore.Components.Server.Circuits.CircuitHandler, StaffCircuitGuard>();
        services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = StaffAccountService.LinkLifetime);
        services.AddSingleton<StaffAccountService>();
        services.AddSingleton<SignInThrottle>();
        services.AddScoped<StaffSignIn>();
        services.AddSingleton<SetupToken>();
        services.AddScoped<StaffBootstrap>();
        return builder;
    }

    private static Task RedirectOrStatus(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        var path = context.Request.Path;
        if (path.StartsWithSegments("/api") || path.StartsWithSegments("/hubs"))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }
        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
