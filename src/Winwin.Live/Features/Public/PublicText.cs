using System.Globalization;
using Microsoft.Extensions.Localization;
using Winwin.Data;
using Winwin.Live.Features.Live;

namespace Winwin.Live.Features.Public;

/// <summary>Texts and formats shared by the server-rendered public pages and their script.</summary>
public sealed class PublicText(IStringLocalizer<Text> text, TimeZoneInfo timeZone)
{
    public string this[string key] => text[key];

    public string Category(CategoryDto? category) =>
        category is null ? "" : category.Name ?? text[$"category.{category.Key}"];

    public string Kind(OrganizationKind kind) => text[$"organization.{kind}"];

    public string Kind(ListingKind kind) => text[$"listing.{kind}"];

    public string Phase(EventPhase phase) => text[$"phase.{phase}"];

    public string Time(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(utc, timeZone).ToString("HH:mm", CultureInfo.InvariantCulture);

    public string Date(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(utc, timeZone).ToString("D", CultureInfo.CurrentCulture);

    /// <summary>Everything the script needs to render like the server: labels by key, the time zone, the language.</summary>
    public Dictionary<string, object> ForScript() => new()
    {
        ["lang"] = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName,
        ["timeZone"] = timeZone.Id,
        ["categories"] = Data.Category.DefaultKeys.ToDictionary(k => k, k => text[$"category.{k}"].Value),
        ["allCategories"] = text["phone.allCategories"].Value,
        ["kinds"] = new Dictionary<string, string>
        {
            ["company"] = text["organization.Company"],
            ["association"] = text["organization.Association"],
            ["offer"] = text["listing.Offer"],
            ["request"] = text["listing.Request"],
        },
        ["gives"] = text["deal.gives"].Value,
        ["receives"] = text["deal.receives"].Value,
        ["winWin"] = text["deal.winWin"].Value,
        ["oneWay"] = text["deal.oneWay"].Value,
        ["table"] = text["organization.table"].Value,
        ["dealNumber"] = text["deal.number"].Value,
    };
}
