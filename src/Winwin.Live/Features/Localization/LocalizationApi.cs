using Microsoft.AspNetCore.Localization;
using Winwin.Live.Features.Security;

namespace Winwin.Live.Features.Localization;

public static class LocalizationApi
{
    /// <summary>Maps <c>/culture/{culture}?returnUrl=</c>, the language switch of every page.</summary>
    public static WebApplication MapLocalizationFeature(this WebApplication app)
    {
        app.UseRequestLocalization();
        app.MapGet("/culture/{culture}", SetCulture).WithName("SetCulture").ExcludeFromDescription().AllowAnonymous();
        return app;
    }

    [PublicRead]
    public static IResult SetCulture(string culture, string? returnUrl, HttpContext context)
    {
        if (!LocalizationSetup.Cultures.Contains(culture))
        {
            return TypedResults.BadRequest();
        }
        context.Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
        // Only local paths: the switch must not become an open redirect.
        var target = returnUrl is { Length: > 0 } && returnUrl[0] == '/' && !returnUrl.StartsWith("//", StringComparison.Ordinal) && !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
            ? returnUrl
            : "/";
        return TypedResults.LocalRedirect(target);
    }
}
