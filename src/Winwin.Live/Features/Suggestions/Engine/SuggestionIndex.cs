using System.Collections.Frozen;

namespace Winwin.Live.Features.Suggestions.Engine;

/// <summary>
/// The match suggestions of one event, kept up to date as listings arrive, change or close.
/// Scores every open offer against every open request that shares at least one word or concept
/// with it (an inverted index finds those pairs without comparing all of them); keeps the best
/// offers of each request; derives win-win pairs and circles from them.
/// </summary>
/// <remarks>
/// Term weights (inverse document frequency) are frozen between full computations so that a
/// change only rescoring the listings it touches; once the event has changed by
/// <see cref="SuggestionOptions.RefreshRatio"/> since, the next change refreshes everything.
/// Thread-safe: every public member takes the index's lock.
/// </remarks>
public sealed class SuggestionIndex
{
    private readonly Lock _gate = new();
    private readonly SuggestionOptions _options;
    private readonly TextAnalysis _analysis;

    private readonly Dictionary<int, SuggestionOrganization> _organizations = [];
    private readonly Dictionary<int, Doc> _docs = [];
    private readonly Dictionary<string, int> _termIds = [];
    private readonly List<int> _df = [];
    private readonly List<double> _idf = [];
    private readonly List<List<Posting>> _offerPostings = [];
    private readonly List<List<Posting>> _requestPostings = [];
    private readonly Dictionary<int, Suggestion[]> _byRequest = [];
    private readonly Dictionary<int, HashSet<int>> _requestsByOffer = [];
    private readonly Stack<int> _freeSlots = new();

    // Indexed listings of each side and category, oldest first: the candidates found by their category alone.
    private readonly Dictionary<(bool Request, int Category), SortedSet<int>> _byCategory = [];

    // Of those, the listings that name a number of people: in a category where that is a size, they do not score alike.
    private readonly Dictionary<(bool Request, int Category), SortedSet<int>> _sizedByCategory = [];
    private double[] _accumulator = new double[64];

    // Scratch lists reused by every scoring pass (the index is used under its lock, one pass at a time).
    private readonly List<Doc> _touched = [];
    private readonly List<(Doc Other, double Text)> _similar = [];
    private int _slots;
    private int _changesSinceRefresh;
    private WinWins? _winWins;
    private Dictionary<(int From, int To), SuggestionLink>? _links;

    public SuggestionIndex(SuggestionOptions? options = null, TextAnalysis? analysis = null)
    {
        _options = options ?? new SuggestionOptions();
        _analysis = analysis ?? TextAnalysis.Default;
    }

    public SuggestionOptions Options => _options;

    /// <summary>Open listings currently indexed.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _docs.Count;
            }
        }
    }

    /// <summary>Full computations done so far (the first load included).</summary>
    public int FullComputations { get; private set; }

    /// <summary>Replaces everything with these organisations and listings and scores them all.</summary>
    public void Load(IEnumerable<SuggestionOrganization> organizations, IEnumerable<SuggestionListing> listings)
    {
        lock (_gate)
        {
            _organizations.Clear();
            foreach (var organization in organizations)
            {
                _organizations[organization.Id] = organization;
            }
            _docs.Clear();
            _freeSlots.Clear();
            _slots = 0;
            foreach (var listing in listings.Where(l => l.IsOpen))
            {
                _docs[listing.Id] = NewDoc(listing);
            }
            RefreshLocked();
        }
    }

    /// <summary>An organisation was added or changed (its kind counts in the score).</summary>
    public void UpsertOrganization(SuggestionOrganization organization)
    {
        lock (_gate)
        {
            var kindChanged = !_organizations.TryGetValue(organization.Id, out var known) || known.Kind != organization.Kind;
            _organizations[organization.Id] = organization;
            if (kindChanged)
            {
                foreach (var doc in _docs.Values.Where(d => d.Listing.OrganizationId == organization.Id).ToList())
                {
                    ReplaceLocked(doc.Listing, force: true);
                }
            }
            Changed();
        }
    }

    /// <summary>A listing was added or changed; a listing that is no longer open leaves the suggestions.</summary>
    public void Upsert(SuggestionListing listing)
    {
        lock (_gate)
        {
            ReplaceLocked(listing, force: false);
            AfterChange();
        }
    }

    /// <summary>A listing was deleted, fulfilled by a deal, or withdrawn.</summary>
    public void Remove(int listingId)
    {
        lock (_gate)
        {
            if (_docs.TryGetValue(listingId, out var doc))
            {
                ReplaceLocked(doc.Listing with { IsOpen = false }, force: false);
                AfterChange();
            }
        }
    }

    /// <summary>
    /// The best offers for one open request, best first; empty for an unknown or closed request. The open offers of
    /// the request's own category are always weighed, also when they share no word with it: those then come only
    /// within the first three, with the category as their reason.
    /// </summary>
    public IReadOnlyList<Suggestion> ForRequest(int requestId)
    {
        lock (_gate)
        {
            return _byRequest.TryGetValue(requestId, out var list) ? Suggested(list) : [];
        }
    }

    /// <summary>Every open request that has suggestions, with its best offers.</summary>
    public IReadOnlyDictionary<int, IReadOnlyList<Suggestion>> All()
    {
        lock (_gate)
        {
            return _byRequest.Select(kv => (kv.Key, List: Suggested(kv.Value)))
                .Where(x => x.List.Length > 0)
                .ToDictionary(x => x.Key, x => (IReadOnlyList<Suggestion>)x.List);
        }
    }

    // An offer that shares no word with the request (found by its category alone) is shown only within the first three,
    // and only when no offer stands clearly on its words: somewhere to start for a facilitator, not a list to scroll.
    private const int CategoryOnlyWithin = 3;

    private Suggestion[] Suggested(Suggestion[] list)
    {
        var (ordered, lead) = Reranked(list);
        var explained = WithReciprocity(ordered);
        // Under a suggestion that stands on its words (the first by score, strong enough to count towards a win-win by its
        // plain score), offers that only share the category are noise, not a start.
        var clear = list.Any(s => s.OfferId == lead && s.Score >= _options.MinLinkScore)
            && explained.Any(s => s.OfferId == lead && s.Reasons.Any(r => r.Kind == SuggestionReasonKind.SharedTerms));
        return [.. explained.Where((s, i) => (i < CategoryOnlyWithin && !clear) || s.Reasons.Any(r => r.Kind == SuggestionReasonKind.SharedTerms))];
    }

    /// <summary>What may help an organisation (offers for its requests) and whom it may help (requests its offers answer).</summary>
    public (IReadOnlyList<Suggestion> ForItsRequests, IReadOnlyList<Suggestion> ForItsOffers) ForOrganization(int organizationId)
    {
        lock (_gate)
        {
            var own = _docs.Values.Where(d => d.Listing.OrganizationId == organizationId).ToList();
            var forRequests = own.Where(d => d.IsRequest && _byRequest.ContainsKey(d.Id))
                .SelectMany(d => Suggested(_byRequest[d.Id]))
                .OrderByDescending(s => s.Score).ToList();
            var forOffers = own.Where(d => !d.IsRequest && _requestsByOffer.ContainsKey(d.Id))
                .SelectMany(d => _requestsByOffer[d.Id].SelectMany(r => Suggested(_byRequest[r])).Where(s => s.OfferId == d.Id))
                .OrderByDescending(s => s.Score).ToList();
            return (forRequests, forOffers);
        }
    }

    /// <summary>Pairs that can help each other and circles of three, strongest (by weakest link) first.</summary>
    public WinWins WinWins()
    {
        lock (_gate)
        {
            return _winWins ??= ComputeWinWins();
        }
    }

    // ---- Changes ------------------------------------------------------------------------------

    private void ReplaceLocked(SuggestionListing listing, bool force)
    {
        var affected = new HashSet<int>();
        if (_docs.TryGetValue(listing.Id, out var old))
        {
            if (!force && old.Listing == listing)
            {
                return;
            }
            RemoveDoc(old, affected);
        }
        if (listing.IsOpen)
        {
            var doc = NewDoc(listing);
            _docs[doc.Id] = doc;
            Index(doc);
            if (doc.IsRequest)
            {
                Store(doc, Compute(doc));
            }
            else
            {
                MergeOffer(doc);
            }
        }
        foreach (var requestId in affected)
        {
            if (_docs.TryGetValue(requestId, out var request))
            {
                Store(request, Compute(request));
            }
        }
        _changesSinceRefresh++;
        Changed();
    }

    private void AfterChange()
    {
        if (_changesSinceRefresh > Math.Max(20, _options.RefreshRatio * _docs.Count))
        {
            RefreshLocked();
        }
    }

    private void Changed()
    {
        _winWins = null;
        _links = null;
        _generality = null;
    }

    /// <summary>
    /// The request's offers, the more general ones lower: an offer that scores high for many requests ("volunteers for a
    /// day") says less about this one than an offer that answers few. Each score moves by a share of how much more (or
    /// less) general the offer is than the event's offers on average, its generality being the mean of the best
    /// <see cref="SuggestionOptions.GeneralityDepth"/> scores it gets over all requests' lists, a score it did not get
    /// counting 0 (a correction for offers that are everybody's neighbour). Then the first three are put in their
    /// learned order (<see cref="SuggestionOptions.FirstThreeOrder"/>). Win-wins keep the plain scores. Also gives the
    /// offer that comes first by score, before that order.
    /// </summary>
    private (Suggestion[] Ordered, int Lead) Reranked(Suggestion[] list)
    {
        var ranked = ByGenerality(list);
        if (ranked.Length == 0)
        {
            return (ranked, 0);
        }
        var lead = ranked[0].OfferId;
        if (_options.FirstThreeOrder is not { } order || ranked.Length < 2)
        {
            return (ranked, lead);
        }
        var first = FirstThree(list, ranked);
        // The stored list itself is never reordered.
        var ordered = ReferenceEquals(ranked, list) ? [.. list] : ranked;
        Span<double> keys = stackalloc double[first.Count];
        for (var i = 0; i < first.Count; i++)
        {
            keys[i] = first[i].Suggestion.Score + order.Correction(first[i].Signs);
        }
        // The three by their corrected scores (the smaller id first among equals), sorted in place.
        for (var i = 1; i < first.Count; i++)
        {
            for (var j = i; j > 0 && (keys[j] > keys[j - 1] || (keys[j] == keys[j - 1] && ordered[j].OfferId < ordered[j - 1].OfferId)); j--)
            {
                (keys[j], keys[j - 1]) = (keys[j - 1], keys[j]);
                (ordered[j], ordered[j - 1]) = (ordered[j - 1], ordered[j]);
            }
        }
        // No score rises: an offer moved up keeps its own, one moved down over it takes the lower one, so that the list
        // still reads best first and no threshold on the score (the public page's) lets through an offer it did not.
        for (var i = 1; i < first.Count; i++)
        {
            ordered[i] = ordered[i] with { Score = Math.Min(ordered[i].Score, ordered[i - 1].Score) };
        }
        return (ordered, lead);
    }

    private Suggestion[] ByGenerality(Suggestion[] list)
    {
        if (_options.GeneralityWeight == 0 || list.Length == 0)
        {
            return list;
        }
        var (generality, typical, _) = Generality();
        return [.. list
            .Select(s => s with { Score = Math.Round(Math.Clamp(s.Score - (_options.GeneralityWeight * (generality.GetValueOrDefault(s.OfferId, typical) - typical)), 0, 1), 4) })
            .OrderByDescending(s => s.Score).ThenBy(s => s.OfferId)];
    }

    /// <summary>
    /// The first three offers of an open request as ranked by their scores (and generality), before their learned order,
    /// with the signs that order weighs; empty for an unknown or closed request. What the order is learned from.
    /// </summary>
    public IReadOnlyList<(Suggestion Suggestion, OrderSigns Signs)> FirstThree(int requestId)
    {
        lock (_gate)
        {
            return _byRequest.TryGetValue(requestId, out var list) ? FirstThree(list, ByGenerality(list)) : [];
        }
    }

    private List<(Suggestion Suggestion, OrderSigns Signs)> FirstThree(Suggestion[] list, Suggestion[] ranked)
    {
        var (_, _, scores) = Generality();
        var first = new List<(Suggestion, OrderSigns)>(3);
        if (list.Length == 0)
        {
            return first;
        }
        var request = _docs[list[0].RequestId];
        var pairs = _options.FirstThreeOrder?.Pairs;
        var rows = pairs is null ? [] : request.PairRows ??= pairs.Rows(request.Text.Features.Select(f => f.Key));
        foreach (var s in ranked.Take(3))
        {
            var offer = _docs[s.OfferId];
            double concepts = 0, words = 0, requestCovered = 0, offerCovered = 0;
            for (var i = 0; i < request.Terms.Length; i++)
            {
                var j = offer.IndexOf(request.Terms[i]);
                if (j < 0)
                {
                    continue;
                }
                var shared = request.Weights[i] * offer.Weights[j];
                requestCovered += request.Weights[i] * request.Weights[i];
                offerCovered += offer.Weights[j] * offer.Weights[j];
                if (request.Text.Features[request.FeatureOf[i]].Key.StartsWith("c:", StringComparison.Ordinal))
                {
                    concepts += shared;
                }
                else
                {
                    words += shared;
                }
            }
            // This request's place among the requests the offer is suggested for, by plain score: 1 when it is the offer's best.
            var plain = list.First(x => x.OfferId == s.OfferId).Score;
            var place = 1 + Leading(scores.GetValueOrDefault(s.OfferId, []), x => x > plain);
            first.Add((s, new OrderSigns(
                Concepts: concepts,
                Words: words,
                SameCategory: offer.Listing.CategoryId == request.Listing.CategoryId ? 1 : 0,
                OfferPlace: Math.Log(place),
                RequestCovered: requestCovered,
                OfferCovered: offerCovered,
                SameLanguage: offer.Text.Language == request.Text.Language ? 1 : 0,
                Fit: Fit(offer, request),
                Pairs: pairs is null ? 0 : WordPairs.Affinity(rows, offer.PairKeys ??= pairs.Known(offer.Text.Features.Select(f => f.Key))))));
        }
        return first;
    }

    private (Dictionary<int, double> ByOffer, double Typical, Dictionary<int, double[]> Scores)? _generality;

    /// <summary>Each offer's generality, the event's typical one, and each offer's plain scores over all requests' lists, best first.</summary>
    private (Dictionary<int, double> ByOffer, double Typical, Dictionary<int, double[]> Scores) Generality()
    {
        if (_generality is { } known)
        {
            return known;
        }
        var all = new Dictionary<int, List<double>>();
        foreach (var list in _byRequest.Values)
        {
            foreach (var s in list)
            {
                if (!all.TryGetValue(s.OfferId, out var scores))
                {
                    all[s.OfferId] = scores = [];
                }
                scores.Add(s.Score);
            }
        }
        var depth = Math.Max(1, _options.GeneralityDepth);
        var byScore = all.ToDictionary(kv => kv.Key, kv => kv.Value.OrderDescending().ToArray());
        // Scores an offer did not get count as 0: an offer in one request's list only is as specific as can be.
        var byOffer = byScore.ToDictionary(kv => kv.Key, kv => kv.Value.Take(depth).Sum() / depth);
        var typical = byOffer.Count == 0 ? 0 : byOffer.Values.Average();
        _generality = (byOffer, typical, byScore);
        return _generality.Value;
    }

    private void RemoveDoc(Doc doc, HashSet<int> affectedRequests)
    {
        _docs.Remove(doc.Id);
        if (doc.Indexed)
        {
            var postings = doc.IsRequest ? _requestPostings : _offerPostings;
            foreach (var term in doc.Terms)
            {
                postings[term].RemoveAll(p => p.Doc == doc);
                _df[term]--;
            }
            doc.Indexed = false;
            Unlist(doc);
        }
        _freeSlots.Push(doc.Slot);
        if (doc.IsRequest)
        {
            if (_byRequest.Remove(doc.Id, out var old))
            {
                foreach (var s in old)
                {
                    ForgetLink(s.OfferId, doc.Id);
                }
            }
        }
        else if (_requestsByOffer.Remove(doc.Id, out var requests))
        {
            // Those requests lose one of their best offers: another may take its place.
            affectedRequests.UnionWith(requests);
            foreach (var requestId in requests)
            {
                if (_byRequest.TryGetValue(requestId, out var list))
                {
                    _byRequest[requestId] = [.. list.Where(s => s.OfferId != doc.Id)];
                }
            }
        }
    }

    private void RefreshLocked()
    {
        _termIds.Clear();
        _df.Clear();
        _idf.Clear();
        _offerPostings.Clear();
        _requestPostings.Clear();
        _byRequest.Clear();
        _requestsByOffer.Clear();
        _byCategory.Clear();
        _sizedByCategory.Clear();
        foreach (var doc in _docs.Values)
        {
            doc.Indexed = false;
            doc.SetTerms([.. doc.Text.Features.Select(f => TermId(f.Key))]);
            foreach (var term in doc.Terms)
            {
                _df[term]++;
            }
        }
        var n = Math.Max(1, _docs.Count);
        for (var t = 0; t < _df.Count; t++)
        {
            _idf[t] = Math.Log(1 + ((double)n / Math.Max(1, _df[t])));
        }
        foreach (var doc in _docs.Values)
        {
            Weigh(doc);
            var postings = doc.IsRequest ? _requestPostings : _offerPostings;
            for (var i = 0; i < doc.Terms.Length; i++)
            {
                postings[doc.Terms[i]].Add(new Posting(doc, doc.Weights[i]));
            }
            doc.Indexed = true;
            List(doc);
        }
        foreach (var list in _offerPostings.Concat(_requestPostings))
        {
            list.Sort((a, b) => b.Weight.CompareTo(a.Weight));
        }
        foreach (var doc in _docs.Values.Where(d => d.IsRequest))
        {
            Store(doc, Compute(doc));
        }
        _changesSinceRefresh = 0;
        FullComputations++;
        Changed();
    }

    private Doc NewDoc(SuggestionListing listing)
    {
        var slot = _freeSlots.Count > 0 ? _freeSlots.Pop() : _slots++;
        if (slot >= _accumulator.Length)
        {
            Array.Resize(ref _accumulator, Math.Max(slot + 1, _accumulator.Length * 2));
        }
        return new Doc(listing, _analysis.Analyze(listing.Title, listing.Description, _options.TitleBoost), slot)
        {
            OrganizationKind = _organizations.TryGetValue(listing.OrganizationId, out var organization) ? organization.Kind : null,
        };
    }

    private void Index(Doc doc)
    {
        doc.SetTerms([.. doc.Text.Features.Select(f => TermId(f.Key))]);
        foreach (var term in doc.Terms)
        {
            _df[term]++;
            if (double.IsNaN(_idf[term]))
            {
                // A word unseen at the last full computation: weighed once, with what is known now.
                _idf[term] = Math.Log(1 + ((double)Math.Max(1, _docs.Count) / _df[term]));
            }
        }
        Weigh(doc);
        var postings = doc.IsRequest ? _requestPostings : _offerPostings;
        for (var i = 0; i < doc.Terms.Length; i++)
        {
            AddPosting(postings[doc.Terms[i]], new Posting(doc, doc.Weights[i]));
        }
        doc.Indexed = true;
        List(doc);
    }

    private int TermId(string key)
    {
        if (!_termIds.TryGetValue(key, out var id))
        {
            id = _df.Count;
            _termIds[key] = id;
            _df.Add(0);
            _idf.Add(double.NaN);
            _offerPostings.Add([]);
            _requestPostings.Add([]);
        }
        return id;
    }

    private void Weigh(Doc doc)
    {
        var weights = new double[doc.Terms.Length];
        var norm = 0.0;
        for (var i = 0; i < weights.Length; i++)
        {
            var tf = doc.Text.Features[doc.FeatureOf[i]].Weight;
            weights[i] = (tf <= 1 ? tf : 1 + Math.Log(tf)) * _idf[doc.Terms[i]];
            norm += weights[i] * weights[i];
        }
        norm = Math.Sqrt(norm);
        for (var i = 0; i < weights.Length && norm > 0; i++)
        {
            weights[i] /= norm;
        }
        doc.Weights = weights;
    }

    // ---- Scoring ------------------------------------------------------------------------------

    /// <summary>
    /// Text similarity (cosine) of one listing with the listings of the other kind it shares words
    /// with. Postings are kept strongest first; of a very common term only the listings where it
    /// weighs most are visited (an impact-ordered index with early termination), otherwise the work
    /// would grow with the square of the event. When a walk was cut short, the partial sums only
    /// pick a shortlist, whose exact similarity is then computed term by term.
    /// </summary>
    private List<(Doc Other, double Text)> Similar(Doc doc, List<List<Posting>> postings, out bool cut)
    {
        var touched = _touched;
        touched.Clear();
        var result = _similar;
        result.Clear();
        cut = false;
        for (var i = 0; i < doc.Terms.Length; i++)
        {
            var list = postings[doc.Terms[i]];
            var count = list.Count;
            if (count > _options.MaxPostingsVisited)
            {
                count = _options.MaxPostingsVisited;
                cut = true;
            }
            var w = doc.Weights[i];
            for (var k = 0; k < count; k++)
            {
                var (other, weight) = list[k];
                if (other.Listing.OrganizationId == doc.Listing.OrganizationId)
                {
                    continue;
                }
                if (_accumulator[other.Slot] == 0)
                {
                    touched.Add(other);
                }
                _accumulator[other.Slot] += w * weight;
            }
        }
        if (!cut)
        {
            foreach (var other in touched)
            {
                result.Add((other, _accumulator[other.Slot]));
                _accumulator[other.Slot] = 0;
            }
            return result;
        }
        // Partial sums never exceed the exact similarity: the best partial ones make the shortlist.
        var shortlist = new PriorityQueue<Doc, double>(_options.Shortlist + 1);
        foreach (var other in touched)
        {
            var partial = _accumulator[other.Slot];
            _accumulator[other.Slot] = 0;
            if (shortlist.Count < _options.Shortlist)
            {
                shortlist.Enqueue(other, partial);
            }
            else if (shortlist.TryPeek(out _, out var lowest) && partial > lowest)
            {
                shortlist.DequeueEnqueue(other, partial);
            }
        }
        while (shortlist.TryDequeue(out var other, out _))
        {
            result.Add((other, Cosine(doc, other)));
        }
        return result;
    }

    private static double Cosine(Doc a, Doc b)
    {
        double sum = 0;
        int i = 0, j = 0;
        while (i < a.Terms.Length && j < b.Terms.Length)
        {
            var c = a.Terms[i].CompareTo(b.Terms[j]);
            if (c == 0)
            {
                sum += a.Weights[i++] * b.Weights[j++];
            }
            else if (c < 0)
            {
                i++;
            }
            else
            {
                j++;
            }
        }
        return sum;
    }

    // Strongest first: the new posting goes after those at least as strong.
    private static void AddPosting(List<Posting> list, Posting posting) => list.Insert(Leading(list, p => p.Weight >= posting.Weight), posting);

    /// <summary>
    /// How many items at the start of an ordered list satisfy <paramref name="ahead"/>, which must hold for a leading run
    /// of the items only (a binary search).
    /// </summary>
    private static int Leading<T>(IReadOnlyList<T> ordered, Func<T, bool> ahead)
    {
        int lo = 0, hi = ordered.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (ahead(ordered[mid]))
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo;
    }

    private List<Suggestion> Compute(Doc request)
    {
        // The best few by score, kept in a small heap rather than sorting every candidate.
        var best = new PriorityQueue<Doc, (double Score, int NegativeId)>(_options.MaxPerRequest + 1);
        foreach (var (offer, text) in Candidates(request, _offerPostings, _options.MaxPerRequest))
        {
            var score = Score(offer, request, text);
            if (score <= 0)
            {
                continue;
            }
            if (best.Count < _options.MaxPerRequest)
            {
                best.Enqueue(offer, (score, -offer.Id));
            }
            else if (best.TryPeek(out _, out var lowest) && (score, -offer.Id).CompareTo(lowest) > 0)
            {
                best.DequeueEnqueue(offer, (score, -offer.Id));
            }
        }
        var ranked = new List<Suggestion>(best.Count);
        while (best.TryDequeue(out var offer, out var key))
        {
            ranked.Add(new Suggestion(request.Id, offer.Id, key.Score, []));
        }
        ranked.Reverse();
        return ranked;
    }

    /// <summary>
    /// The listings found by their words, and listings of the other side in the same category that share none (their
    /// similarity is 0, or exactly computed when the walk was cut short): the category an organisation chose is itself
    /// a strong sign, and two organisations often say the same thing in different words. Of those, the oldest
    /// <see cref="SuggestionOptions.MaxPerRequest"/> are enough, as they score alike and work per listing stays bounded;
    /// except, for a request that names a number of people in a category where that is a size, those that name one too.
    /// </summary>
    private List<(Doc Other, double Text)> Candidates(Doc doc, List<List<Posting>> postings, int wanted)
    {
        var similar = Similar(doc, postings, out var cut);
        if (!_byCategory.TryGetValue((!doc.IsRequest, doc.Listing.CategoryId), out var sameCategory))
        {
            return similar;
        }
        var seen = new HashSet<int>(similar.Count);
        foreach (var (other, _) in similar)
        {
            seen.Add(other.Id);
        }
        bool Take(int id)
        {
            var other = _docs[id];
            if (other.Listing.OrganizationId == doc.Listing.OrganizationId || !seen.Add(id))
            {
                return false;
            }
            similar.Add((other, cut ? Cosine(doc, other) : 0));
            return true;
        }
        var added = 0;
        foreach (var id in sameCategory)
        {
            if (added == wanted)
            {
                break;
            }
            added += Take(id) ? 1 : 0;
        }
        // Sized listings of the category are all weighed: their size sets them apart from the others.
        if (added == wanted && doc.Text.People is not null && Sized(doc) && _sizedByCategory.TryGetValue((!doc.IsRequest, doc.Listing.CategoryId), out var sized))
        {
            foreach (var id in sized)
            {
                Take(id);
            }
        }
        return similar;
    }

    private void List(Doc doc)
    {
        InCategory(_byCategory, doc).Add(doc.Id);
        if (doc.Text.People is not null)
        {
            InCategory(_sizedByCategory, doc).Add(doc.Id);
        }
    }

    private void Unlist(Doc doc)
    {
        InCategory(_byCategory, doc).Remove(doc.Id);
        InCategory(_sizedByCategory, doc).Remove(doc.Id);
    }

    private static SortedSet<int> InCategory(Dictionary<(bool Request, int Category), SortedSet<int>> byCategory, Doc doc)
    {
        var key = (doc.IsRequest, doc.Listing.CategoryId);
        if (!byCategory.TryGetValue(key, out var set))
        {
            byCategory[key] = set = [];
        }
        return set;
    }

    private void MergeOffer(Doc offer)
    {
        foreach (var (request, text) in Candidates(offer, _requestPostings, int.MaxValue))
        {
            var score = Score(offer, request, text);
            if (score <= 0)
            {
                continue;
            }
            var list = _byRequest.TryGetValue(request.Id, out var known) ? known : [];
            // As in a full computation, of two offers that score alike the older one (smaller id) is kept.
            if (list.Length >= _options.MaxPerRequest && (list[^1].Score > score || (list[^1].Score == score && list[^1].OfferId < offer.Id)))
            {
                continue;
            }
            Store(request, [.. list.Append(new Suggestion(request.Id, offer.Id, score, [])).OrderByDescending(s => s.Score).ThenBy(s => s.OfferId).Take(_options.MaxPerRequest)]);
        }
    }

    private void Store(Doc request, List<Suggestion> suggestions)
    {
        if (_byRequest.TryGetValue(request.Id, out var old))
        {
            foreach (var s in old)
            {
                ForgetLink(s.OfferId, request.Id);
            }
        }
        _byRequest[request.Id] = [.. suggestions];
        foreach (var s in suggestions)
        {
            if (!_requestsByOffer.TryGetValue(s.OfferId, out var set))
            {
                _requestsByOffer[s.OfferId] = set = [];
            }
            set.Add(request.Id);
        }
    }

    private void ForgetLink(int offerId, int requestId)
    {
        if (_requestsByOffer.TryGetValue(offerId, out var set))
        {
            set.Remove(requestId);
            if (set.Count == 0)
            {
                _requestsByOffer.Remove(offerId);
            }
        }
    }

    private double Score(Doc offer, Doc request, double text)
    {
        var sameCategory = offer.Listing.CategoryId == request.Listing.CategoryId;
        if (text < _options.MinTextSimilarity && !sameCategory)
        {
            return 0;
        }
        var category = sameCategory ? 1.0
            : CategoryRelations.AreRelated(offer.Listing.CategoryKey, request.Listing.CategoryKey) ? 0.5 : 0.0;
        // A company for an association counts as far as their words agree: alone it says nothing of what is exchanged.
        var complement = Complementary(offer, request) ? (_options.ComplementFullAt <= 0 ? 1 : Math.Min(1, text / _options.ComplementFullAt)) : 0.0;
        var score = (_options.TextWeight * Math.Min(1, text)) + (_options.CategoryWeight * category) + (_options.ComplementWeight * complement)
            + (_options.CapacityWeight * Fit(offer, request));
        return score >= _options.MinScore ? Math.Round(score, 4) : 0;
    }

    private const string Transport = "transport";

    /// <summary>Whether a number of people is a size to fit in the listing's category (rooms, vehicles).</summary>
    private bool Sized(Doc doc) => _options.CapacityCategories.Contains(doc.Listing.CategoryKey ?? "");

    /// <summary>
    /// How well an offer's room or seats fit the people a request speaks of: 1 when it holds them with room to spare
    /// (up to twice as many), ½ when it is much larger, 0 when far too large or a figure is missing, −1 when too small (a room; a vehicle too small counts 0).
    /// </summary>
    private double Fit(Doc offer, Doc request)
    {
        if (request.Text.People is not { } need || offer.Text.People is not { } room || _options.CapacityWeight == 0
            || offer.Listing.CategoryId != request.Listing.CategoryId || !Sized(request))
        {
            return 0;
        }
        var ratio = (double)room / need;
        // A van too small for a group may still carry its goods: only a vehicle that holds the group is told.
        return ratio < 0.9 ? (request.Listing.CategoryKey == Transport ? 0 : -1) : ratio <= 2 ? 1 : ratio <= 4 ? 0.5 : 0;
    }

    private static bool Complementary(Doc offer, Doc request) =>
        offer.OrganizationKind is { } a && request.OrganizationKind is { } b && a != b;

    private Suggestion Explain(Doc offer, Doc request, double score)
    {
        var reasons = new List<SuggestionReason>();
        var shared = new List<(bool Concept, double Weight, SharedTerm Term)>();
        for (var i = 0; i < request.Terms.Length; i++)
        {
            var j = offer.IndexOf(request.Terms[i]);
            if (j >= 0)
            {
                shared.Add((request.Text.Features[request.FeatureOf[i]].Key.StartsWith("c:", StringComparison.Ordinal), request.Weights[i] * offer.Weights[j],
                    new SharedTerm(offer.Text.Features[offer.FeatureOf[j]].Surface, request.Text.Features[request.FeatureOf[i]].Surface)));
            }
        }
        var terms = new List<SharedTerm>();
        // Concepts first, longest first: "ordinateurs portables" says more than "ordinateurs" or "portables" alone.
        foreach (var (_, _, term) in shared.OrderByDescending(s => s.Concept).ThenByDescending(s => s.Term.RequestText.Length).ThenByDescending(s => s.Weight))
        {
            if (terms.Count == 4)
            {
                break;
            }
            if (!terms.Any(t => Overlaps(t.RequestText, term.RequestText) || Overlaps(t.OfferText, term.OfferText)))
            {
                terms.Add(term);
            }
        }
        if (terms.Count > 0)
        {
            reasons.Add(SuggestionReason.Shared(terms));
        }
        if (Fit(offer, request) is var fit && fit != 0)
        {
            reasons.Add(new SuggestionReason(fit < 0 ? SuggestionReasonKind.TooSmall : SuggestionReasonKind.Capacity,
                People: request.Text.People, Capacity: offer.Text.People));
        }
        if (offer.Listing.CategoryId == request.Listing.CategoryId)
        {
            reasons.Add(new SuggestionReason(SuggestionReasonKind.SameCategory, CategoryId: offer.Listing.CategoryId));
        }
        else if (CategoryRelations.AreRelated(offer.Listing.CategoryKey, request.Listing.CategoryKey))
        {
            reasons.Add(new SuggestionReason(SuggestionReasonKind.RelatedCategory, CategoryId: offer.Listing.CategoryId));
        }
        if (Complementary(offer, request))
        {
            reasons.Add(new SuggestionReason(SuggestionReasonKind.Complementary));
        }
        return new Suggestion(request.Id, offer.Id, score, reasons);
    }

    private static bool Overlaps(string a, string b) =>
        a.Contains(b, StringComparison.OrdinalIgnoreCase) || b.Contains(a, StringComparison.OrdinalIgnoreCase);

    // ---- Win-wins -----------------------------------------------------------------------------

    private Dictionary<(int From, int To), SuggestionLink> Links()
    {
        if (_links is not null)
        {
            return _links;
        }
        var links = new Dictionary<(int, int), SuggestionLink>();
        foreach (var (requestId, list) in _byRequest)
        {
            var requestOrg = _docs[requestId].Listing.OrganizationId;
            foreach (var s in list)
            {
                // A link stands on what is exchanged: a room's size ranks it among rooms, it does not make a win-win.
                var score = Math.Round(s.Score - (_options.CapacityWeight * Fit(_docs[s.OfferId], _docs[requestId])), 4);
                if (score < _options.MinLinkScore)
                {
                    continue;
                }
                var offerOrg = _docs[s.OfferId].Listing.OrganizationId;
                if (!links.TryGetValue((offerOrg, requestOrg), out var known) || known.Score < score)
                {
                    links[(offerOrg, requestOrg)] = new SuggestionLink(offerOrg, requestOrg, s.OfferId, requestId, score);
                }
            }
        }
        return _links = links;
    }

    /// <summary>Reasons are put together when asked for, not for every pair scored.</summary>
    private Suggestion[] WithReciprocity(Suggestion[] list)
    {
        if (list.Length == 0)
        {
            return list;
        }
        var links = Links();
        var request = _docs[list[0].RequestId];
        var result = new Suggestion[list.Length];
        for (var i = 0; i < list.Length; i++)
        {
            var offer = _docs[list[i].OfferId];
            var suggestion = Explain(offer, request, list[i].Score);
            result[i] = links.ContainsKey((request.Listing.OrganizationId, offer.Listing.OrganizationId))
                ? suggestion with { Reasons = [.. suggestion.Reasons, new SuggestionReason(SuggestionReasonKind.HelpEachOtherBack)] }
                : suggestion;
        }
        return result;
    }

    private WinWins ComputeWinWins()
    {
        var links = Links();
        var outgoing = new Dictionary<int, Dictionary<int, SuggestionLink>>();
        foreach (var ((from, to), link) in links)
        {
            if (!outgoing.TryGetValue(from, out var targets))
            {
                outgoing[from] = targets = [];
            }
            targets[to] = link;
        }
        var pairs = new List<WinWinPair>();
        var circles = new List<WinWinCircle>();
        foreach (var (a, fromA) in outgoing)
        {
            foreach (var (b, ab) in fromA)
            {
                if (!outgoing.TryGetValue(b, out var fromB))
                {
                    continue;
                }
                if (a < b && fromB.TryGetValue(a, out var ba))
                {
                    pairs.Add(new WinWinPair(ab, ba));
                }
                if (b < a)
                {
                    continue;
                }
                foreach (var (c, bc) in fromB)
                {
                    if (c > a && c != b && outgoing.TryGetValue(c, out var fromC) && fromC.TryGetValue(a, out var ca))
                    {
                        circles.Add(new WinWinCircle([ab, bc, ca]));
                    }
                }
            }
        }
        return new WinWins(
            [.. pairs.OrderByDescending(p => p.Strength).ThenBy(p => p.AToB.FromOrganizationId).Take(_options.MaxPairs)],
            [.. circles.OrderByDescending(c => c.Strength).ThenBy(c => c.Links[0].FromOrganizationId).Take(_options.MaxCircles)]);
    }

    private sealed class Doc(SuggestionListing listing, AnalyzedText text, int slot)
    {
        public SuggestionListing Listing { get; } = listing;
        public AnalyzedText Text { get; } = text;
        public int Slot { get; } = slot;
        public int Id => Listing.Id;
        public bool IsRequest => Listing.Kind == ListingSide.Request;
        public bool Indexed { get; set; }
        public ParticipantKind? OrganizationKind { get; init; }
        /// <summary>Term ids, sorted, so that a term's weight is found by binary search.</summary>
        public int[] Terms { get; private set; } = [];

        /// <summary>For each term, the index of its feature in <see cref="Text"/>.</summary>
        public int[] FeatureOf { get; private set; } = [];

        public double[] Weights { get; set; } = [];

        /// <summary>Of a request, the word pairs of its keys; of an offer, its keys that are in any pair (both read when first needed).</summary>
        public FrozenDictionary<string, float>[]? PairRows { get; set; }

        public string[]? PairKeys { get; set; }

        public void SetTerms(int[] termIds)
        {
            var order = Enumerable.Range(0, termIds.Length).ToArray();
            Array.Sort((int[])termIds.Clone(), order);
            Array.Sort(termIds);
            Terms = termIds;
            FeatureOf = order;
        }

        public int IndexOf(int term)
        {
            var i = Array.BinarySearch(Terms, term);
            return i < 0 ? -1 : i;
        }
    }

    private readonly record struct Posting(Doc Doc, double Weight);
}
