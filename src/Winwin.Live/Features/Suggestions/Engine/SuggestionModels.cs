namespace Winwin.Live.Features.Suggestions.Engine;

/// <summary>Which side of an exchange a listing is on. The engine's own type: it knows nothing of the database model.</summary>
public enum ListingSide
{
    Offer = 0,
    Request = 1,
}

/// <summary>What kind of participant: the classic exchange is between a company and an association.</summary>
public enum ParticipantKind
{
    Company = 0,
    Association = 1,
}

/// <summary>A participant as the engine sees it: who it is, nothing personal.</summary>
public sealed record SuggestionOrganization(int Id, ParticipantKind Kind, string Name);

/// <summary>An offer or a request as the engine sees it. Only open listings are ever suggested.</summary>
public sealed record SuggestionListing(
    int Id,
    int OrganizationId,
    ListingSide Kind,
    int CategoryId,
    string? CategoryKey,
    string Title,
    string? Description,
    bool IsOpen = true);

/// <summary>One offer suggested for one request, with its score (0..1) and why.</summary>
public sealed record Suggestion(int RequestId, int OfferId, double Score, IReadOnlyList<SuggestionReason> Reasons);

public enum SuggestionReasonKind
{
    /// <summary>Words (or words meaning the same in another language) appear in both listings.</summary>
    SharedTerms = 0,

    /// <summary>
    /// Both listings are in the same category. Alone (without shared words), the offer is suggested because the
    /// request shares no word with any offer and this one is of its category.
    /// </summary>
    SameCategory = 1,

    /// <summary>The categories are neighbours (e.g. material and transport).</summary>
    RelatedCategory = 2,

    /// <summary>A company and an association: the classic complementary exchange.</summary>
    Complementary = 3,

    /// <summary>The requesting organisation also has an offer matching a request of the offering one.</summary>
    HelpEachOtherBack = 4,

    /// <summary>The offer holds the people the request speaks of (a room's seats, a vehicle's places).</summary>
    Capacity = 5,

    /// <summary>The offer holds fewer people than the request speaks of: it may still do, a person judges.</summary>
    TooSmall = 6,
}

/// <summary>A word in common: as written in the offer and as written in the request (they differ across languages).</summary>
public sealed record SharedTerm(string OfferText, string RequestText);

/// <summary>A reason, structured so that the user interface puts it in words in its own language.</summary>
public sealed record SuggestionReason(SuggestionReasonKind Kind, IReadOnlyList<SharedTerm>? Terms = null, int? CategoryId = null,
    int? People = null, int? Capacity = null)
{
    public static SuggestionReason Shared(IReadOnlyList<SharedTerm> terms) => new(SuggestionReasonKind.SharedTerms, terms);
}

/// <summary>One organisation can help another: its best offer for one of the other's requests.</summary>
public sealed record SuggestionLink(int FromOrganizationId, int ToOrganizationId, int OfferId, int RequestId, double Score);

/// <summary>Two organisations that can help each other: a win-win. Strength is its weakest link.</summary>
public sealed record WinWinPair(SuggestionLink AToB, SuggestionLink BToA)
{
    public double Strength => Math.Min(AToB.Score, BToA.Score);
}

/// <summary>A circle of three: A helps B, B helps C, C helps A. Strength is its weakest link.</summary>
public sealed record WinWinCircle(IReadOnlyList<SuggestionLink> Links)
{
    public double Strength => Links.Min(l => l.Score);
}

/// <summary>The best win-wins of an event right now.</summary>
public sealed record WinWins(IReadOnlyList<WinWinPair> Pairs, IReadOnlyList<WinWinCircle> Circles);

/// <summary>How the engine weighs things. Defaults are tuned on the labelled quality set.</summary>
public sealed record SuggestionOptions
{
    /// <summary>Suggestions kept per request.</summary>
    public int MaxPerRequest { get; init; } = 10;

    /// <summary>Below this text similarity a pair is not suggested, whatever its category.</summary>
    public double MinTextSimilarity { get; init; } = 0.08;

    /// <summary>Below this score a pair is not suggested.</summary>
    public double MinScore { get; init; } = 0.12;

    /// <summary>Below this score a link does not count towards a win-win pair or circle.</summary>
    public double MinLinkScore { get; init; } = 0.38;

    // The category an organisation chose for its listing is a strong sign of what it is about: most good matches
    // share it, and texts that share no word still often mean the same thing.
    public double TextWeight { get; init; } = 0.65;
    public double CategoryWeight { get; init; } = 0.25;
    public double ComplementWeight { get; init; } = 0.10;

    /// <summary>
    /// Weight of how well an offer's capacity fits the number of people a request speaks of ("salle de 120 places" for
    /// "une soixantaine de membres"), in the categories where a number of people is a size to fit.
    /// </summary>
    public double CapacityWeight { get; init; } = 0.12;

    public IReadOnlySet<string> CapacityCategories { get; init; } = new HashSet<string> { "space", "transport" };

    /// <summary>
    /// Share of how much more general an offer is than the event's offers on average (its generality: the mean of its best
    /// scores over all requests) taken off its score when a request's offers are ranked; a more specific offer gains as much.
    /// </summary>
    public double GeneralityWeight { get; init; } = 0.3;

    /// <summary>How many of an offer's best scores make its generality (at least 1).</summary>
    public int GeneralityDepth { get; init; } = 5;

    /// <summary>Text similarity from which a company for an association (or the other way round) counts fully.</summary>
    public double ComplementFullAt { get; init; } = 0.15;

    /// <summary>Title words count this many times more than description words.</summary>
    public float TitleBoost { get; init; } = 3f;

    /// <summary>Changes since the last full computation after which term weights are refreshed by a full computation.</summary>
    public double RefreshRatio { get; init; } = 0.25;

    /// <summary>
    /// Of a term's postings (strongest first) at most this many are visited; beyond, the term is too
    /// common to find candidates by itself (it still counts in the exact score of the shortlist).
    /// Events of a few hundred listings are always scored exactly.
    /// </summary>
    public int MaxPostingsVisited { get; init; } = 200;

    /// <summary>Candidates whose exact similarity is computed when a walk was cut short.</summary>
    public int Shortlist { get; init; } = 60;

    /// <summary>The learned order of each request's first three offers; null keeps them in the order of their scores.</summary>
    public FirstThreeOrder? FirstThreeOrder { get; init; } = FirstThreeOrder.Learned;

    public int MaxCircles { get; init; } = 50;
    public int MaxPairs { get; init; } = 50;
}

/// <summary>
/// What the first three offers of a request are put in order by, besides their score, for one request and offer.
/// </summary>
/// <param name="Concepts">The part of their text similarity that shared concepts carry ("kantine" and "salle" both a space).</param>
/// <param name="Words">The part that shared words carry.</param>
/// <param name="SameCategory">1 when the offer is of the request's category, else 0.</param>
/// <param name="OfferPlace">The log of this request's place among the requests the offer is suggested for, by plain score: 0 when it is the offer's best.</param>
/// <param name="RequestCovered">The share of the request's words and concepts (by their squared weights) that the offer shares.</param>
/// <param name="OfferCovered">The share of the offer's that the request shares.</param>
/// <param name="SameLanguage">1 when both are written in the same language, else 0.</param>
/// <param name="Fit">How well the offer's room or seats fit the people the request speaks of, from −1 (too small) to 1.</param>
/// <param name="Pairs">How much likelier good matches on labelled bourses made the offer's words for the request's, in log odds (<see cref="WordPairs.Affinity(IEnumerable{string}, IEnumerable{string})"/>); 0 when no pair is known.</param>
public readonly record struct OrderSigns(double Concepts, double Words, double SameCategory, double OfferPlace, double RequestCovered,
    double OfferCovered, double SameLanguage, double Fit, double Pairs)
{
    /// <summary>The signs in the order of their declaration, the form the learner works on.</summary>
    public double[] ToArray() => [Concepts, Words, SameCategory, OfferPlace, RequestCovered, OfferCovered, SameLanguage, Fit, Pairs];

    /// <summary>The names of the signs, in the same order.</summary>
    public static IReadOnlyList<string> Names { get; } =
        [nameof(Concepts), nameof(Words), nameof(SameCategory), nameof(OfferPlace), nameof(RequestCovered), nameof(OfferCovered), nameof(SameLanguage), nameof(Fit), nameof(Pairs)];

    /// <summary>The signs from values in the order of their declaration.</summary>
    public static OrderSigns FromArray(IReadOnlyList<double> values) =>
        new(values[0], values[1], values[2], values[3], values[4], values[5], values[6], values[7], values[8]);
}

/// <summary>
/// The learned order of a request's first three offers: each one's score moves by the weighted difference of its signs
/// from their centre, in score units, and the three are ordered by the result. A listwise logistic model learned on the
/// labelled tuning sets, not on the held-out sets; `dotnet run -c Release --project tests/Winwin.Suggestions.Benchmarks
/// -- learn-order` learns it again, prints how it does on each set when learned without that set, prints these values and
/// writes the word pairs.
/// </summary>
/// <param name="Weights">Each sign's weight, in score units.</param>
/// <param name="Centre">Each sign's mean over the labelled first threes.</param>
/// <param name="Pairs">The word pairs the <see cref="OrderSigns.Pairs"/> sign is read from; none when null.</param>
public sealed record FirstThreeOrder(OrderSigns Weights, OrderSigns Centre, WordPairs? Pairs = null)
{
    /// <summary>How far, in score units, these signs move an offer's score when the first three are put in order.</summary>
    public double Correction(OrderSigns signs) =>
        (Weights.Concepts * (signs.Concepts - Centre.Concepts)) + (Weights.Words * (signs.Words - Centre.Words))
        + (Weights.SameCategory * (signs.SameCategory - Centre.SameCategory)) + (Weights.OfferPlace * (signs.OfferPlace - Centre.OfferPlace))
        + (Weights.RequestCovered * (signs.RequestCovered - Centre.RequestCovered)) + (Weights.OfferCovered * (signs.OfferCovered - Centre.OfferCovered))
        + (Weights.SameLanguage * (signs.SameLanguage - Centre.SameLanguage)) + (Weights.Fit * (signs.Fit - Centre.Fit))
        + (Weights.Pairs * (signs.Pairs - Centre.Pairs));

    /// <summary>The order and word pairs learned on the project set and tuning sets one to thirty (see the learner's figures in docs/performance.md).</summary>
    public static FirstThreeOrder Learned { get; } = new(
        Weights: new(Concepts: 0.8269, Words: -0.3539, SameCategory: 0.2482, OfferPlace: -0.066, RequestCovered: 0.2046, OfferCovered: 0.1719, SameLanguage: 0.0176, Fit: 0.0745, Pairs: 0.298),
        Centre: new(Concepts: 0.0765, Words: 0.0182, SameCategory: 0.9359, OfferPlace: 0.8105, RequestCovered: 0.1022, OfferCovered: 0.11, SameLanguage: 0.6441, Fit: 0.0377, Pairs: 0.8519),
        Pairs: WordPairs.Learned);
}
