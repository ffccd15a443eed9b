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
        var target = LocalTarget(returnUrl);
        return TypedResults.LocalRedirect(target);
    }

    /// <summary>
    /// The local path to go back to, or <c>/</c>: only local paths (the switch must not become an open redirect), no control
    /// characters, and anything beyond ASCII percent-encoded so that it can go in a <c>Location</c> header.
    /// </summary>
    public static string LocalTarget(string? returnUrl)
    {
        if (returnUrl is not { Length: > 0 } || returnUrl.Length > 2048 || returnUrl[0] != '/'
            || returnUrl.StartsWith("//", StringComparison.Ordinal) || returnUrl.StartsWith("/\\", StringComparison.Ordinal))
        {
            return "/";
        }
        var target = new System.Text.StringBuilder(returnUrl.Length);
        Span<byte> bytes = stackalloc byte[4];
        foreach (var rune in returnUrl.EnumerateRunes())
        {
            if (System.Text.Rune.IsControl(rune) || rune.Value == '\\' || rune == System.Text.Rune.ReplacementChar)
            {
                return "/";
            }
            if (rune.IsAscii)
            {
                target.Append((char)rune.Value);
            }
            else
            {
                var length = rune.EncodeToUtf8(bytes);
                foreach (var b in bytes[..length])
                {
                    target.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
                }
            }
        }
        return target.ToString();
    }
}
