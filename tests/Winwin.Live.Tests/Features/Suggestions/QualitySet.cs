using Winwin.Data;
using Winwin.Live.Features.Suggestions.Engine;

namespace Winwin.Live.Tests.Features.Suggestions;

/// <summary>A labelled set (the quality set, a tuning set or a held-out set), read from its three text files.</summary>
internal sealed class QualitySet
{
    public required List<SuggestionOrganization> Organizations { get; init; }
    public required List<SuggestionListing> Listings { get; init; }
    public required Dictionary<int, HashSet<int>> Matches { get; init; }

    private Dictionary<int, SuggestionListing> ById => _byId ??= Listings.ToDictionary(l => l.Id);
    private Dictionary<int, SuggestionListing>? _byId;

    public string Title(int listingId) => ById[listingId].Title;

    /// <summary>Open requests with no suggestion at all although an open offer of their category exists.</summary>
    public List<SuggestionListing> RequestsLeftWithout(SuggestionIndex index)
    {
        var offerCategories = Listings.Where(l => l.Kind == ListingSide.Offer).Select(l => l.CategoryId).ToHashSet();
        return [.. Listings.Where(l => l.Kind == ListingSide.Request && offerCategories.Contains(l.CategoryId) && index.ForRequest(l.Id).Count == 0)];
    }

    /// <summary>Top-1 and top-3 hits over the labelled requests, with a line per top-3 miss.</summary>
    public (int Top1, int Top3, List<string> Misses) Score(SuggestionIndex index)
    {
        int top1 = 0, top3 = 0;
        var misses = new List<string>();
        foreach (var (requestId, good) in Matches)
        {
            var suggestions = index.ForRequest(requestId);
            if (suggestions.Count > 0 && good.Contains(suggestions[0].OfferId))
            {
                top1++;
            }
            if (suggestions.Take(3).Any(s => good.Contains(s.OfferId)))
            {
                top3++;
            }
            else
            {
                misses.Add($"  miss: request {requestId} \"{Title(requestId)}\" got [{string.Join(", ", suggestions.Take(3).Select(s => $"{s.OfferId} \"{Title(s.OfferId)}\" {s.Score:0.00}"))}]");
            }
        }
        return (top1, top3, misses);
    }

    /// <summary>A line per labelled request whose first suggestion is not a good offer: its first three, and where the first good offer came.</summary>
    public List<string> NotFirst(SuggestionIndex index)
    {
        var lines = new List<string>();
        foreach (var (requestId, good) in Matches.OrderBy(m => m.Key))
        {
            var suggestions = index.ForRequest(requestId);
            if (suggestions.Count > 0 && good.Contains(suggestions[0].OfferId))
            {
                continue;
            }
            var rank = suggestions.Select((s, i) => (s, i)).FirstOrDefault(x => good.Contains(x.s.OfferId));
            var where = rank.s is null ? "not suggested" : $"good offer {rank.s.OfferId} \"{Title(rank.s.OfferId)}\" came {rank.i + 1} ({rank.s.Score:0.00})";
            lines.Add($"  not first: request {requestId} \"{Title(requestId)}\" got [{string.Join(", ", suggestions.Take(3).Select(s => $"{s.OfferId} \"{Title(s.OfferId)}\" {s.Score:0.00}"))}]; {where}");
        }
        return lines;
    }

    /// <summary>A link is true when the labels say this offer answers this request.</summary>
    public bool IsTrueLink(SuggestionLink link) => TrueOrgLinks().Contains((link.FromOrganizationId, link.ToOrganizationId));

    public int ReciprocalPairCount()
    {
        var links = TrueOrgLinks();
        return links.Count(l => l.From < l.To && links.Contains((l.To, l.From)));
    }

    private HashSet<(int From, int To)> TrueOrgLinks() =>
        [.. Matches.SelectMany(m => m.Value.Select(o => (ById[o].OrganizationId, ById[m.Key].OrganizationId)))];

    /// <summary>A labelled set by its folder's name, from the test output or from <paramref name="root"/>, the folder that holds the sets.</summary>
    public static QualitySet Load(string name = "QualitySet", string? root = null)
    {
        var folder = Path.Combine(root ?? Path.Combine(AppContext.BaseDirectory, "Features", "Suggestions"), name);
        var orgIds = new Dictionary<string, int>();
        var organizations = new List<SuggestionOrganization>();
        foreach (var f in Rows(Path.Combine(folder, "organizations.txt")))
        {
            var id = orgIds.Count + 1;
            orgIds[f[0]] = id;
            organizations.Add(new SuggestionOrganization(id, f[1] == "company" ? ParticipantKind.Company : ParticipantKind.Association, f[2]));
        }
        var categories = Category.DefaultKeys.Select((k, i) => (k, i + 1)).ToDictionary(x => x.k, x => x.Item2);
        var listings = Rows(Path.Combine(folder, "listings.txt"))
            .Select(f => new SuggestionListing(int.Parse(f[0]), orgIds[f[1]], f[2] == "offer" ? ListingSide.Offer : ListingSide.Request,
                categories[f[3]], f[3], f[4], f[5]))
            .ToList();
        var matches = Rows(Path.Combine(folder, "matches.txt"))
            .ToDictionary(f => int.Parse(f[0]), f => f[1].Split(',').Select(int.Parse).ToHashSet());
        return new QualitySet { Organizations = organizations, Listings = listings, Matches = matches };
    }

    private static IEnumerable<string[]> Rows(string path) =>
        File.ReadLines(path).Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split('|'));
}
