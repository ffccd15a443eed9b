using System.Globalization;
using System.Resources;

namespace Winwin.Live.Features.Localization;

/// <summary>The names of the default categories in every language, for matching what people type or import.</summary>
public static class CategoryLabels
{
    private static readonly ResourceManager Resources = new("Winwin.Live.Resources.Text", typeof(Text).Assembly);

    /// <summary>The key itself and its label in French, Dutch and English.</summary>
    public static IEnumerable<string> AllLanguages(string key) =>
        LocalizationSetup.Cultures
            .Select(culture => Resources.GetString($"category.{key}", CultureInfo.GetCultureInfo(culture)))
            .OfType<string>()
            .Prepend(key)
            .Distinct();
}
