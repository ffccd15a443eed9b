using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace Winwin.Live.Features.Localization;

public static class LocalizationSetup
{
    /// <summary>French first, then Dutch and English.</summary>
    public static readonly IReadOnlyList<string> Cultures = ["fr", "nl", "en"];

    /// <summary>Registers the resources and the culture choice: <c>?culture=</c>, the language cookie, then the browser's languages.</summary>
    public static WebApplicationBuilder AddLocalizationFeature(this WebApplicationBuilder builder)
    {
        builder.Services.AddLocalization(o => o.ResourcesPath = "Resources");
        builder.Services.AddScoped<ErrorMessages>();
        builder.Services.Configure<RequestLocalizationOptions>(o =>
        {
            var cultures = Cultures.Select(c => new CultureInfo(c)).ToList();
            o.DefaultRequestCulture = new RequestCulture("fr");
            o.SupportedCultures = cultures;
            o.SupportedUICultures = cultures;
            o.FallBackToParentCultures = true;
            o.FallBackToParentUICultures = true;
        });
        return builder;
    }

    /// <summary>Maps <c>/culture/{culture}?returnUrl=</c>, the language switch of every page.</summary>
    public static WebApplication MapLocalizationFeature(this WebApplication app)
    {
        app.UseRequestLocalization();
        app.MapGet("/culture/{culture}", SetCulture).WithName("SetCulture").ExcludeFromDescription().AllowAnonymous();
        return app;
    }

    [Winwin.Live.Features.Live.PublicRead]
    public static IResult SetCulture(string culture, string? returnUrl, HttpContext context)
    {
        if (!Cultures.Contains(culture))
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
