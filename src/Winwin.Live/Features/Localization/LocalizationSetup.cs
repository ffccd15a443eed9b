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
}
