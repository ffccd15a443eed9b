using System.Globalization;
using System.Security;
using System.Text;
using Winwin.Live.Features.Public;

namespace Winwin.Live.Features.Results;

/// <summary>
/// The picture shared with a link to the results (1200×630, the size social networks show): the event and its three key
/// figures, drawn as SVG by the server, no font or graphics library needed.
/// </summary>
public static class ResultsCard
{
    public const int Width = 1200;
    public const int Height = 630;

    private const int NameLineLength = 34;

    /// <summary>The key figures' size, and the width each may take in its third of the card.</summary>
    public const int FigureSize = 104;
    public const int FigureWidth = 340;

    public static string Svg(ResultsView view, PublicText text)
    {
        var report = view.Report;
        var ev = report.Event;
        var figures = new (string Figure, string Label)[]
        {
            (report.Deals.ToString("N0", CultureInfo.CurrentCulture), text["results.card.deals"]),
            (PublicText.Percent(report.ReciprocityRate), text["results.card.winWin"]),
            (report.Organizations.ToString("N0", CultureInfo.CurrentCulture), text["results.card.organizations"]),
        };
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"""<svg xmlns="http://www.w3.org/2000/svg" width="{Width}" height="{Height}" viewBox="0 0 {Width} {Height}" role="img" aria-label="{X(ev.Name)}">""");
        svg.Append("""<style>text{font-family:"DejaVu Sans",Arial,Helvetica,sans-serif;fill:#fff}.m{font-size:28px;font-weight:700;letter-spacing:4px;fill:#ccfbf1}.n{font-size:54px;font-weight:800}.f{font-size:104px;font-weight:800}.l{font-size:30px;fill:#ccfbf1}.s{font-size:26px;fill:#ccfbf1}.p{font-size:26px;font-weight:700;fill:#78350f}</style>""");
        svg.Append("""<rect width="1200" height="630" fill="#0f766e"/><rect y="586" width="1200" height="44" fill="#115e59"/>""");
        svg.Append(CultureInfo.InvariantCulture, $"""<text class="m" x="64" y="92">{X(ev.Municipality.ToUpper(CultureInfo.CurrentCulture))} · {X(text["results.title"])}</text>""");
        var lines = Wrap(ev.Name, NameLineLength, 2);
        for (var i = 0; i < lines.Count; i++)
        {
            svg.Append(CultureInfo.InvariantCulture, $"""<text class="n" x="64" y="{162 + (i * 64)}">{X(lines[i])}</text>""");
        }
        for (var i = 0; i < figures.Length; i++)
        {
            var x = 64 + (i * 372);
            var size = FitSize(figures[i].Figure);
            var style = size < FigureSize ? string.Create(CultureInfo.InvariantCulture, $" style=\"font-size:{size}px\"") : "";
            svg.Append(CultureInfo.InvariantCulture, $"""<text class="f" x="{x}" y="420"{style}>{X(figures[i].Figure)}</text><text class="l" x="{x + 4}" y="466">{X(figures[i].Label)}</text>""");
        }
        svg.Append(CultureInfo.InvariantCulture, $"""<text class="s" x="64" y="617">{X(text.Date(ev.StartsAt))} · {X(ev.Venue)}</text>""");
        if (view.IsProvisional)
        {
            svg.Append("""<rect x="776" y="516" width="360" height="48" rx="24" fill="#fde68a"/>""");
            svg.Append(CultureInfo.InvariantCulture, $"""<text class="p" x="956" y="549" text-anchor="middle">{X(text["results.provisionalShort"])}</text>""");
        }
        svg.Append("""<text class="s" x="1136" y="617" text-anchor="end">Winwin Live</text></svg>""");
        return svg.ToString();
    }

    /// <summary>
    /// The size at which a key figure keeps to its third ("66,7 %" at full size runs into the next one). Widths are DejaVu
    /// Sans Bold's, in ems, rounded up: a browser with a narrower font only leaves more room.
    /// </summary>
    public static int FitSize(string figure)
    {
        var ems = figure.Sum(c => c switch
        {
            >= '0' and <= '9' => 0.70,
            ',' or '.' => 0.39,
            ' ' or '\u00a0' or '\u202f' => 0.35,
            '%' or '—' => 1.01,
            _ => 0.9,
        });
        return ems == 0 ? FigureSize : Math.Min(FigureSize, (int)(FigureWidth / ems));
    }

    /// <summary>Words on at most <paramref name="maxLines"/> lines of about <paramref name="lineLength"/> characters; an ellipsis where it is cut.</summary>
    public static IReadOnlyList<string> Wrap(string text, int lineLength, int maxLines)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > lineLength)
            {
                lines.Add(line.ToString());
                line.Clear();
            }
            line.Append(line.Length > 0 ? " " : "").Append(word);
        }
        if (line.Length > 0)
        {
            lines.Add(line.ToString());
        }
        var cut = lines.Count > maxLines;
        var kept = lines.Take(maxLines).Select(l => l.Length > lineLength ? string.Concat(l.AsSpan(0, lineLength - 1), "…") : l).ToList();
        if (cut && kept.Count > 0)
        {
            var last = kept[^1];
            kept[^1] = (last.Length >= lineLength ? last[..(lineLength - 1)] : last) + "…";
        }
        return kept;
    }

    private static string X(string text) => SecurityElement.Escape(text);
}
