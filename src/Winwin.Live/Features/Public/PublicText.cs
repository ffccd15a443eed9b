using System.Globalization;
using System.Text.Json;
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

    /// <summary>What the board's header says about time: when it opens, how long is left, or that it is over.</summary>
    public string Countdown(EventDto ev, DateTime nowUtc)
    {
        var (template, left) = ev.Phase switch
        {
            EventPhase.BeforeOpening => (text["countdown.startsIn"].Value, ev.StartsAt - nowUtc),
            EventPhase.Closed => (text["countdown.closed"].Value, TimeSpan.Zero),
            _ => (text["countdown.endsIn"].Value, ev.EndsAt - nowUtc),
        };
        return string.Format(CultureInfo.CurrentCulture, template, Duration(left < TimeSpan.Zero ? TimeSpan.Zero : left));
    }

    /// <summary>An amount in euros as people read it here: "12 400 €".</summary>
    public static string Euros(decimal amount) => string.Format(CultureInfo.CurrentCulture, "{0:N0} €", amount);

    /// <summary>1:05:09 or 12:30 — the same format as the board's script.</summary>
    public static string Duration(TimeSpan span) =>
        span.TotalHours >= 1 ? $"{(int)span.TotalHours}:{span.Minutes:00}:{span.Seconds:00}" : $"{span.Minutes}:{span.Seconds:00}";

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
        ["phases"] = Enum.GetValues<EventPhase>().ToDictionary(p => JsonNamingPolicy.CamelCase.ConvertName(p.ToString()), p => text[$"phase.{p}"].Value),
        ["startsIn"] = text["countdown.startsIn"].Value,
        ["endsIn"] = text["countdown.endsIn"].Value,
        ["closed"] = text["countdown.closed"].Value,
    };
}
