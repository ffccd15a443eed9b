using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Localization;
using Winwin.Data;
using Winwin.Live.Features.Live;

namespace Winwin.Live.Features.Public;

/// <summary>Texts and formats shared by the server-rendered public pages and their script.</summary>
public sealed class PublicText(IStringLocalizer<Text> text, TimeZoneInfo timeZone)
{
    private static readonly System.Resources.ResourceManager Resources = new("Winwin.Live.Resources.Text", typeof(Text).Assembly);

    private CultureInfo? _second;
    private bool _alternate;

    /// <summary>
    /// Shows every text in a second language too ("accords · matches"), for a bilingual board (Brussels,
    /// the language border). User text (names, what is given) stays as written.
    /// </summary>
    public void AddSecondLanguage(string? language, BilingualMode mode = BilingualMode.SideBySide)
    {
        _alternate = mode == BilingualMode.Alternate;
        _second = language is { Length: > 0 } && language != CultureInfo.CurrentUICulture.TwoLetterISOLanguageName
            ? CultureInfo.GetCultureInfo(language)
            : null;
    }

    public string this[string key] => Both(key, text[key]);

    public string Category(CategoryDto? category) =>
        category is null ? "" : category.Name ?? this[$"category.{category.Key}"];

    public string Kind(OrganizationKind kind) => this[$"organization.{kind}"];

    public string Kind(ListingKind kind) => this[$"listing.{kind}"];

    public string Phase(EventPhase phase) => this[$"phase.{phase}"];

    /// <summary>In alternating mode, the text in the second language (the board swaps to it and back); otherwise null.</summary>
    public string? Alt(string key) =>
        _alternate && _second is not null && Resources.GetString(key, _second) is { } second && second != text[key] ? second : null;

    private string Both(string key, string first)
    {
        if (_second is null || _alternate || Resources.GetString(key, _second) is not { } second || second == first)
        {
            return first;
        }
        // Templates with a {0} keep one placeholder: "Encore {0}" and "Nog {0}" read "Encore · Nog {0}" badly, so the first wins.
        return first.Contains("{0}", StringComparison.Ordinal) ? first : $"{first} · {second}";
    }

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
        return string.Format(CultureInfo.CurrentCulture, template, Left(left < TimeSpan.Zero ? TimeSpan.Zero : left));
    }

    /// <summary>Time left as people say it: "3 jours" a few days ahead, "1:05:09" on the day (the script does the same).</summary>
    private string Left(TimeSpan left) => (int)left.TotalDays switch
    {
        0 => Duration(left),
        1 => text["countdown.day"],
        var days => string.Format(CultureInfo.CurrentCulture, text["countdown.days"], days),
    };

    /// <summary>A rate (0.5 = 50 %) as people read it here: "62,5 %"; a dash while there is nothing to divide.</summary>
    public static string Percent(decimal? rate) => rate is { } r ? (r * 100).ToString("0.#", CultureInfo.CurrentCulture) + " %" : "—";

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
        ["categories"] = Data.Category.DefaultKeys.ToDictionary(k => k, k => this[$"category.{k}"]),
        ["allCategories"] = this["phone.allCategories"],
        ["kinds"] = new Dictionary<string, string>
        {
            ["company"] = this["organization.Company"],
            ["association"] = this["organization.Association"],
            ["offer"] = this["listing.Offer"],
            ["request"] = this["listing.Request"],
        },
        ["gives"] = this["deal.gives"],
        ["receivesFromOther"] = this["deal.receivesFromOther"],
        ["receivesFromOthers"] = this["deal.receivesFromOthers"],
        ["winWin"] = this["deal.winWin"],
        ["oneWay"] = this["deal.oneWay"],
        ["table"] = this["organization.table"],
        ["dealNumber"] = this["deal.number"],
        ["phases"] = Enum.GetValues<EventPhase>().ToDictionary(p => JsonNamingPolicy.CamelCase.ConvertName(p.ToString()), p => this[$"phase.{p}"]),
        ["phasesAlt"] = Enum.GetValues<EventPhase>().ToDictionary(p => JsonNamingPolicy.CamelCase.ConvertName(p.ToString()), p => Alt($"phase.{p}") ?? ""),
        ["startsIn"] = this["countdown.startsIn"],
        ["endsIn"] = this["countdown.endsIn"],
        ["closed"] = this["countdown.closed"],
        ["day"] = text["countdown.day"].Value,
        ["days"] = text["countdown.days"].Value,
    };
}
