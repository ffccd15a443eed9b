using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Winwin.Data;
using Winwin.Live.Features.Live;
using Winwin.Live.Features.Public;
using Winwin.Live.Features.Suggestions.Engine;

namespace Winwin.Live.Features.Phone;

/// <summary>What the phone's finder lists: one page at a time, so that a big bourse never weighs on a phone.</summary>
public enum FinderKind
{
    Offers = 0,
    Requests = 1,
    Participants = 2,
}

/// <summary>A search: the words typed, a category key, which list and which page (from 1).</summary>
public sealed record FinderQuery(FinderKind Kind, string? Text = null, string? Category = null, int Page = 1, int PageSize = FinderQuery.DefaultPageSize)
{
    public const int DefaultPageSize = 25;
    public const int MaxPageSize = 100;
    public const int MaxTextLength = 100;
}

/// <summary>How many of each kind the same search finds, for the tabs ("Offres 12 · Demandes 3").</summary>
public sealed record FinderCountsDto(int Offers, int Requests, int Participants);

/// <summary>
/// One page of the finder. Public facts only (the listings and organisations as the board shows them).
/// <c>Seq</c> is the change the lists are taken at: a page kept live resumes from it.
/// </summary>
public sealed record FinderPageDto(FinderKind Kind, string Query, string? Category, int Page, int PageSize, int Total, FinderCountsDto Counts,
    IReadOnlyList<ListingDto> Listings, IReadOnlyList<OrganizationDto> Organizations, long Seq)
{
    public bool HasMore => Page * PageSize < Total;
}

/// <summary>One organisation's public page: its facts and its open offers and requests.</summary>
public sealed record FinderOrganizationDto(OrganizationDto Organization, IReadOnlyList<ListingDto> Offers, IReadOnlyList<ListingDto> Requests, long Seq);

/// <summary>
/// The phone's finder on the server: the open offers and requests and the participants of an event, searched with the
/// text analysis of the match suggestions, so that "laptop" finds "ordinateurs portables" and "bestelwagen" finds
/// "camionnette". A word also matches where it is written (names, table numbers, the start of a word). One index per
/// event, taken again when the event's change feed has moved on; a text already analysed is not analysed again.
/// </summary>
public sealed class PhoneFinder(IDbContextFactory<WinwinDbContext> dbFactory)
{
    private readonly ConcurrentDictionary<int, EventDirectory> _events = new();
    private readonly TextAnalysis _analysis = TextAnalysis.Default;

    /// <summary>One page of what <paramref name="query"/> finds; null for an unknown event.</summary>
    /// <param name="text">The reader's language: a word may also match a category or the kind of an organisation as they read it.</param>
    public async Task<FinderPageDto?> FindAsync(string slug, FinderQuery query, PublicText text, CancellationToken cancellationToken = default)
    {
        var directory = await GetAsync(slug, cancellationToken);
        if (directory is null)
        {
            return null;
        }
        var typed = Clean(query.Text);
        var words = Words(typed);
        var categories = directory.Listings.Select(l => l.Listing.Category).DistinctBy(c => c.Key).ToDictionary(c => c.Key, c => TextKey.Fold(text.Category(c)));
        var kinds = Enum.GetValues<OrganizationKind>().ToDictionary(k => k, k => TextKey.Fold(text.Kind(k)));
        var category = string.IsNullOrEmpty(query.Category) ? null : query.Category;

        List<ListingEntry> Listings(ListingKind kind) => [.. directory.Listings
            .Where(l => l.Listing.Kind == kind && (category is null || l.Listing.Category.Key == category))
            .Select(l => (Entry: l, Rank: Rank(words, l.Folded + " " + categories.GetValueOrDefault(l.Listing.Category.Key, ""), l.Keys)))
            .Where(x => x.Rank >= 0)
            .OrderByDescending(x => x.Rank)
            .Select(x => x.Entry)];
        // With a category chosen, the participants are those with an open offer or request in it.
        var participants = directory.Organizations
            .Where(o => category is null || o.Categories.Contains(category))
            .Select(o => (Entry: o, Rank: Rank(words, o.Folded + " " + kinds[o.Organization.Kind], o.Keys)))
            .Where(x => x.Rank >= 0)
            .OrderByDescending(x => x.Rank)
            .Select(x => x.Entry.Organization)
            .ToList();
        var offers = Listings(ListingKind.Offer);
        var requests = Listings(ListingKind.Request);

        var pageSize = Math.Clamp(query.PageSize, 1, FinderQuery.MaxPageSize);
        var total = query.Kind switch
        {
            FinderKind.Offers => offers.Count,
            FinderKind.Requests => requests.Count,
            _ => participants.Count,
        };
        var lastPage = Math.Max(1, (total + pageSize - 1) / pageSize);
        var page = Math.Clamp(query.Page, 1, lastPage);
        var skip = (page - 1) * pageSize;
        return new FinderPageDto(query.Kind, typed, category, page, pageSize, total, new FinderCountsDto(offers.Count, requests.Count, participants.Count),
            query.Kind switch
            {
                FinderKind.Offers => [.. offers.Skip(skip).Take(pageSize).Select(l => l.Listing)],
                FinderKind.Requests => [.. requests.Skip(skip).Take(pageSize).Select(l => l.Listing)],
                _ => [],
            },
            query.Kind == FinderKind.Participants ? [.. participants.Skip(skip).Take(pageSize)] : [],
            directory.Seq);
    }

    /// <summary>One organisation with its open offers and requests; null for an unknown event or organisation.</summary>
    public async Task<FinderOrganizationDto?> OrganizationAsync(string slug, int organizationId, CancellationToken cancellationToken = default)
    {
        var directory = await GetAsync(slug, cancellationToken);
        var organization = directory?.Organizations.FirstOrDefault(o => o.Organization.Id == organizationId);
        if (directory is null || organization is null)
        {
            return null;
        }
        var listings = directory.Listings.Where(l => l.Listing.OrganizationId == organizationId).Select(l => l.Listing).ToList();
        return new FinderOrganizationDto(organization.Organization, [.. listings.Where(l => l.Kind == ListingKind.Offer)],
            [.. listings.Where(l => l.Kind == ListingKind.Request)], directory.Seq);
    }

    private static string Clean(string? text)
    {
        var trimmed = (text ?? "").Trim();
        return trimmed.Length > FinderQuery.MaxTextLength ? trimmed[..FinderQuery.MaxTextLength] : trimmed;
    }

    /// <summary>
    /// How well a text matches: -1 when a word matches neither where it is written nor by meaning; otherwise the
    /// number of words found as written (those come first).
    /// </summary>
    private static int Rank(IReadOnlyList<QueryWord> words, string folded, IReadOnlySet<string> keys)
    {
        var rank = 0;
        foreach (var word in words)
        {
            if (folded.Contains(word.Folded, StringComparison.Ordinal))
            {
                rank++;
            }
            else if (!word.Keys.Overlaps(keys))
            {
                return -1;
            }
        }
        return rank;
    }

    /// <summary>
    /// The words of a search, each with what it means to the text analysis: its stems and concepts in French, Dutch
    /// and English. A broader concept is left out ("laptop" does not find every computer), and the words of a
    /// multi-word term also match by the term ("ordinateur portable" finds "laptop").
    /// </summary>
    private List<QueryWord> Words(string text)
    {
        var folded = TextKey.Fold(text);
        var words = Split(folded).Distinct().ToList();
        if (words.Count == 0)
        {
            return [];
        }
        var phrases = Specific(_analysis.Analyze(text, null, 1f).Features)
            .Where(f => f.Surface.Contains(' ', StringComparison.Ordinal))
            .Select(f => (f.Key, Words: Split(TextKey.Fold(f.Surface))))
            .ToList();
        return [.. words.Select(word =>
        {
            var keys = Specific(_analysis.Analyze(word, null, 1f).Features).Select(f => f.Key).ToHashSet(StringComparer.Ordinal);
            keys.UnionWith(phrases.Where(p => p.Words.Contains(word)).Select(p => p.Key));
            return new QueryWord(word, keys);
        })];
    }

    private static List<string> Split(string folded)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var inWord = i < folded.Length && char.IsLetterOrDigit(folded[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                words.Add(folded[start..i]);
                start = -1;
            }
        }
        return words;
    }

    /// <summary>Of the concepts found for one piece of text, only the strongest (the broader ones weigh less).</summary>
    private static List<TextFeature> Specific(IReadOnlyList<TextFeature> features) =>
        [.. features.GroupBy(f => f.Surface).SelectMany(group =>
        {
            var strongest = group.Where(IsConcept).Select(f => f.Weight).DefaultIfEmpty().Max();
            return group.Where(f => !IsConcept(f) || f.Weight >= strongest);
        })];

    private static bool IsConcept(TextFeature feature) => feature.Key.StartsWith("c:", StringComparison.Ordinal);

    private async Task<EventDirectory?> GetAsync(string slug, CancellationToken cancellationToken)
    {
        if (!EventSlug.IsValid(slug))
        {
            return null;
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var ev = await db.Events.AsNoTracking().Where(e => e.Slug == slug).Select(e => new { e.Id, e.LastSeq }).SingleOrDefaultAsync(cancellationToken);
        if (ev is null)
        {
            return null;
        }
        if (_events.TryGetValue(ev.Id, out var known) && known.Seq == ev.LastSeq)
        {
            return known;
        }
        var gate = _gates.GetOrAdd(ev.Id, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (_events.TryGetValue(ev.Id, out known) && known.Seq >= ev.LastSeq)
            {
                return known;
            }
            var directory = await LoadAsync(db, ev.Id, known, cancellationToken);
            _events[ev.Id] = directory;
            return directory;
        }
        finally
        {
            gate.Release();
        }
    }

    private readonly ConcurrentDictionary<int, SemaphoreSlim> _gates = new();

    private async Task<EventDirectory> LoadAsync(WinwinDbContext db, int eventId, EventDirectory? previous, CancellationToken cancellationToken)
    {
        // One read transaction, so that the Seq matches the rows it describes.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var seq = await db.Events.Where(e => e.Id == eventId).Select(e => e.LastSeq).SingleAsync(cancellationToken);
        var listings = await db.Listings.AsNoTracking()
            .Where(l => l.EventId == eventId && l.Status == ListingStatus.Open)
            .Include(l => l.Category)
            .Include(l => l.Organization)
            .OrderBy(l => l.Organization!.Name).ThenBy(l => l.Id)
            .ToListAsync(cancellationToken);
        var organizations = await db.Organizations.AsNoTracking()
            .Where(o => o.EventId == eventId)
            .OrderBy(o => o.Name).ThenBy(o => o.Id)
            .ToListAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        // Texts already analysed for the previous index are taken over: a change re-analyses only what it touched.
        var analysed = previous?.Analysed ?? new Dictionary<string, FrozenKeys>(StringComparer.Ordinal);
        var kept = new Dictionary<string, FrozenKeys>(StringComparer.Ordinal);
        FrozenKeys Keys(string title, string? description)
        {
            var text = title + "\n" + description;
            if (!kept.TryGetValue(text, out var keys))
            {
                keys = analysed.TryGetValue(text, out var known) ? known : new FrozenKeys(_analysis.Analyze(title, description).Features.Select(f => f.Key));
                kept[text] = keys;
            }
            return keys;
        }

        var listingEntries = listings.Select(l => new ListingEntry(l.ToDto(),
            TextKey.Fold(string.Join(' ', l.Title, l.Description, l.Organization!.Name, l.Organization.TableNumber)),
            Keys(l.Title, l.Description).Set)).ToList();
        var categoriesByOrganization = listings.GroupBy(l => l.OrganizationId).ToDictionary(g => g.Key, g => g.Select(l => l.Category!.Key).ToHashSet(StringComparer.Ordinal));
        var organizationEntries = organizations.Select(o => new OrganizationEntry(o.ToDto(),
            TextKey.Fold(string.Join(' ', o.Name, o.Sector, o.Description, o.TableNumber)),
            Keys(o.Name, string.Join(' ', o.Sector, o.Description)).Set,
            categoriesByOrganization.GetValueOrDefault(o.Id) ?? [])).ToList();
        return new EventDirectory(seq, listingEntries, organizationEntries, kept);
    }

    private sealed record QueryWord(string Folded, HashSet<string> Keys);

    private sealed record ListingEntry(ListingDto Listing, string Folded, IReadOnlySet<string> Keys);

    private sealed record OrganizationEntry(OrganizationDto Organization, string Folded, IReadOnlySet<string> Keys, IReadOnlySet<string> Categories);

    private sealed class FrozenKeys(IEnumerable<string> keys)
    {
        public IReadOnlySet<string> Set { get; } = keys.ToHashSet(StringComparer.Ordinal);
    }

    private sealed record EventDirectory(long Seq, IReadOnlyList<ListingEntry> Listings,
        IReadOnlyList<OrganizationEntry> Organizations, Dictionary<string, FrozenKeys> Analysed);
}
