using System.Collections.Frozen;
using System.Globalization;
using System.IO.Compression;

namespace Winwin.Live.Features.Suggestions.Engine;

/// <summary>
/// Pairs of a request's word or concept and an offer's, learned from labelled bourses: how much likelier a first-three
/// offer with the second was a good match for a request with the first than first-three offers in general ("uitstap" in
/// the request and "minibus" in the offer, "naamsbekendheid" and "reportage"). What words alone do not share, pairs
/// that good matches kept showing do. One of the signs the first three are put in order by (<see cref="OrderSigns.Pairs"/>).
/// </summary>
/// <remarks>
/// Only pairs of two different keys seen in at least <see cref="MinGood"/> good matches are kept: a key both texts have
/// is already weighed by the other signs. A pair's value is how much likelier a good match is with it than among all
/// first-three offers, in log odds (<see cref="Value"/>): above 0 it speaks for the offer, below against. The learned pairs
/// (WordPairs.txt.gz, embedded) are written by `dotnet run -c Release --project tests/Winwin.Suggestions.Benchmarks --
/// learn-order` from the labelled tuning sets, never from the held-out sets.
/// </remarks>
public sealed class WordPairs
{
    /// <summary>Good matches a pair needs to be kept.</summary>
    public const int MinGood = 2;

    private const double Smoothing = 0.5;

    private readonly FrozenDictionary<string, FrozenDictionary<string, float>> _byRequestKey;
    private readonly FrozenSet<string> _offerKeys;

    /// <summary>Pairs of a request's feature key and an offer's (<see cref="TextFeature.Key"/>) with their values.</summary>
    public WordPairs(IEnumerable<(string RequestKey, string OfferKey, float Value)> pairs)
    {
        _byRequestKey = pairs.GroupBy(p => p.RequestKey, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.ToFrozenDictionary(p => p.OfferKey, p => p.Value, StringComparer.Ordinal), StringComparer.Ordinal);
        _offerKeys = _byRequestKey.Values.SelectMany(row => row.Keys).ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>The pairs learned from the labelled tuning sets.</summary>
    public static WordPairs Learned { get; } = Load();

    /// <summary>How many pairs there are.</summary>
    public int Count => _byRequestKey.Values.Sum(row => row.Count);

    /// <summary>
    /// A pair's value from its good matches and its other first-three offers, against all the good and other first-three
    /// offers: the difference of their smoothed log odds.
    /// </summary>
    public static float Value(int good, int notGood, int allGood, int allNotGood) =>
        (float)(Math.Log((good + Smoothing) / (notGood + (2 * Smoothing))) - Math.Log((allGood + Smoothing) / (allNotGood + (2 * Smoothing))));

    /// <summary>
    /// For each of a request's feature keys that pairs with some of the offer's, the best value among those pairs (the
    /// offer's word that best answers it); the mean over those keys, 0 when no pair is known. An offer's words that are in
    /// no pair with the request's do not change it, so a long offer does not gain by its length.
    /// </summary>
    public double Affinity(IEnumerable<string> requestKeys, IEnumerable<string> offerKeys) => Affinity(Rows(requestKeys), Known(offerKeys));

    /// <summary>The pairs of those of a request's keys that have any: what <see cref="Affinity(FrozenDictionary{string, float}[], string[])"/> reads.</summary>
    internal FrozenDictionary<string, float>[] Rows(IEnumerable<string> requestKeys) =>
        [.. requestKeys.Select(key => _byRequestKey.GetValueOrDefault(key)).OfType<FrozenDictionary<string, float>>()];

    /// <summary>Those of an offer's keys that are in any pair.</summary>
    internal string[] Known(IEnumerable<string> offerKeys) => [.. offerKeys.Where(_offerKeys.Contains)];

    /// <summary>The same as <see cref="Affinity(IEnumerable{string}, IEnumerable{string})"/>, on a request's rows and an offer's known keys, kept with each listing.</summary>
    internal static double Affinity(FrozenDictionary<string, float>[] rows, string[] offerKeys)
    {
        double sum = 0;
        var known = 0;
        foreach (var row in rows)
        {
            var best = float.NegativeInfinity;
            foreach (var offerKey in offerKeys)
            {
                if (row.TryGetValue(offerKey, out var value) && value > best)
                {
                    best = value;
                }
            }
            if (best > float.NegativeInfinity)
            {
                sum += best;
                known++;
            }
        }
        return known == 0 ? 0 : sum / known;
    }

    /// <summary>Every pair, by request key then offer key.</summary>
    internal IEnumerable<(string RequestKey, string OfferKey, float Value)> All() =>
        _byRequestKey.OrderBy(kv => kv.Key, StringComparer.Ordinal)
            .SelectMany(kv => kv.Value.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => (kv.Key, p.Key, p.Value)));

    /// <summary>Writes the pairs, one per line (request key, offer key, value to three decimals, separated by tabs), gzipped.</summary>
    public void Write(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new StreamWriter(gzip) { NewLine = "\n" };
        foreach (var (requestKey, offerKey, value) in All())
        {
            writer.WriteLine($"{requestKey}\t{offerKey}\t{value.ToString("0.###", CultureInfo.InvariantCulture)}");
        }
    }

    /// <summary>Reads pairs written by <see cref="Write"/>.</summary>
    public static WordPairs Read(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        var pairs = new List<(string, string, float)>();
        while (reader.ReadLine() is { } line)
        {
            var fields = line.Split('\t');
            pairs.Add((fields[0], fields[1], float.Parse(fields[2], CultureInfo.InvariantCulture)));
        }
        return new WordPairs(pairs);
    }

    private static WordPairs Load()
    {
        using var stream = typeof(WordPairs).Assembly.GetManifestResourceStream("Winwin.Live.Features.Suggestions.Engine.WordPairs.txt.gz")
            ?? throw new InvalidOperationException("The learned word pairs are missing from the assembly.");
        return Read(stream);
    }
}
