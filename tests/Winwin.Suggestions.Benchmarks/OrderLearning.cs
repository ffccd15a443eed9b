using System.Globalization;
using Winwin.Live.Features.Suggestions.Engine;
using Winwin.Live.Tests.Features.Suggestions;

namespace Winwin.Suggestions.Benchmarks;

/// <summary>
/// Learns the order of each request's first three offers (<see cref="FirstThreeOrder"/>) from the labelled tuning sets:
/// a listwise logistic model over the offer's score and its <see cref="OrderSigns"/>, the good offers of a request being
/// the ones to put first, and the word pairs (<see cref="WordPairs"/>) its last sign is read from. Prints, for each set,
/// its first places when both are learned without it (leave one set out), writes the word pairs learned on all the sets
/// and prints the values to put in <see cref="FirstThreeOrder.Learned"/>. The held-out sets are never read.
/// </summary>
internal static class OrderLearning
{
    private static readonly string[] LearnedOn =
    [
        "QualitySet", "TuningSet", "ThirdTuningSet", "FourthTuningSet", "FifthTuningSet", "SixthTuningSet", "SeventhTuningSet",
        "EighthTuningSet", "NinthTuningSet", "TenthTuningSet", "EleventhTuningSet", "TwelfthTuningSet", "ThirteenthTuningSet",
        "FourteenthTuningSet", "FifteenthTuningSet", "SixteenthTuningSet", "SeventeenthTuningSet", "EighteenthTuningSet",
        "NineteenthTuningSet", "TwentiethTuningSet", "TwentyFirstTuningSet", "TwentySecondTuningSet", "TwentyThirdTuningSet",
        "TwentyFourthTuningSet", "TwentyFifthTuningSet", "TwentySixthTuningSet", "TwentySeventhTuningSet", "TwentyEighthTuningSet",
        "TwentyNinthTuningSet", "ThirtiethTuningSet",
    ];

    private const double Regularisation = 0.01;
    private const int Steps = 600;
    private const double StepSize = 0.05;

    /// <summary>
    /// One request's first three offers: each one's score and signs (the last, the word pairs', filled in by the learner),
    /// whether the labels call it good, and the request's and the offer's feature keys.
    /// </summary>
    private sealed record Candidate(double[] Values, bool Good, string[] RequestKeys, string[] OfferKeys);

    /// <summary>
    /// Of each pair of a request's key and an offer's, how many first-three offers had it, good and not good; and how many
    /// first-three offers there were, good and not good.
    /// </summary>
    private sealed class PairCounts : Dictionary<(string, string), (int Good, int NotGood)>
    {
        public int Good { get; }
        public int NotGood { get; }

        public PairCounts(IEnumerable<List<Candidate>> lists)
        {
            foreach (var candidate in lists.Where(l => l.Any(c => c.Good)).SelectMany(l => l))
            {
                (Good, NotGood) = candidate.Good ? (Good + 1, NotGood) : (Good, NotGood + 1);
                foreach (var pair in candidate.RequestKeys.SelectMany(r => candidate.OfferKeys.Select(o => (r, o))))
                {
                    var (good, notGood) = this.GetValueOrDefault(pair);
                    this[pair] = candidate.Good ? (good + 1, notGood) : (good, notGood + 1);
                }
            }
        }
    }

    public static void Run(string root, string pairsFile)
    {
        var sets = LearnedOn.ToDictionary(name => name, name => Lists(QualitySet.Load(name, root)));
        var counts = sets.ToDictionary(kv => kv.Key, kv => new PairCounts(kv.Value));
        var total = new PairCounts(sets.Values.SelectMany(l => l));

        // A candidate's word-pair sign from the pairs of every set but the ones named, without building a table per fold:
        // the same mean as WordPairs.Affinity, which the check below holds it to.
        double Affinity(Candidate c, string[] without)
        {
            var (allGood, allNotGood) = (total.Good - without.Sum(name => counts[name].Good), total.NotGood - without.Sum(name => counts[name].NotGood));
            double sum = 0;
            var known = 0;
            foreach (var r in c.RequestKeys)
            {
                var best = double.NegativeInfinity;
                var rowKnown = 0;
                foreach (var o in c.OfferKeys.Where(o => o != r))
                {
                    var (good, notGood) = total.GetValueOrDefault((r, o));
                    foreach (var name in without)
                    {
                        var (g, n) = counts[name].GetValueOrDefault((r, o));
                        (good, notGood) = (good - g, notGood - n);
                    }
                    if (good >= WordPairs.MinGood)
                    {
                        best = Math.Max(best, WordPairs.Value(good, notGood, allGood, allNotGood));
                        rowKnown++;
                    }
                }
                if (rowKnown > 0)
                {
                    sum += best;
                    known++;
                }
            }
            return known == 0 ? 0 : sum / known;
        }
        List<List<Candidate>> With(List<List<Candidate>> lists, params string[] without) =>
            [.. lists.Select(l => l.Select(c => c with { Values = [.. c.Values[..^1], Affinity(c, without)] }).ToList())];

        var (plainTotal, withoutTotal, learnedTotal, count) = (0, 0, 0, 0);
        Console.WriteLine("Leave one set out: first places in the order of the scores, in the order learned without the word pairs, and with them");
        foreach (var (name, lists) in sets)
        {
            // The set's own pairs are left out of the model, and each other set's signs come from pairs it did not give.
            var order = Learn([.. sets.Where(kv => kv.Key != name).SelectMany(kv => With(kv.Value, name, kv.Key))]);
            var orderWithout = Learn([.. sets.Where(kv => kv.Key != name).SelectMany(kv => kv.Value)], withPairs: false);
            var (plain, without, learned) = (FirstPlaces(lists, null), FirstPlaces(lists, orderWithout), FirstPlaces(With(lists, name), order));
            (plainTotal, withoutTotal, learnedTotal, count) = (plainTotal + plain, withoutTotal + without, learnedTotal + learned, count + lists.Count);
            Console.WriteLine($"  {name,-24} {plain,3} {without,5} → {learned,3} of {lists.Count}");
        }
        Console.WriteLine($"  {"all",-24} {plainTotal,3} {withoutTotal,5} → {learnedTotal,3} of {count}");

        var pairs = new WordPairs(total.Where(kv => kv.Value.Good >= WordPairs.MinGood && kv.Key.Item1 != kv.Key.Item2)
            .Select(kv => (kv.Key.Item1, kv.Key.Item2, WordPairs.Value(kv.Value.Good, kv.Value.NotGood, total.Good, total.NotGood))));
        var final = Learn([.. sets.SelectMany(kv => With(kv.Value, kv.Key))]);
        using (var file = File.Create(pairsFile))
        {
            pairs.Write(file);
        }
        // The product reads the sign from the pairs as written (values to three decimals): the learner's must be the same.
        using (var file = File.OpenRead(pairsFile))
        {
            var written = WordPairs.Read(file);
            var check = sets.Values.SelectMany(l => l).SelectMany(l => l).Max(c => Math.Abs(Affinity(c, []) - written.Affinity(c.RequestKeys, c.OfferKeys)));
            if (check > 1e-3)
            {
                throw new InvalidOperationException($"The learner's word-pair sign and the product's differ by {check}.");
            }
        }
        Console.WriteLine($"{pairs.Count:N0} word pairs written to {pairsFile} ({new FileInfo(pairsFile).Length:N0} bytes)");
        string Values(OrderSigns signs) => string.Join(", ", OrderSigns.Names.Zip(signs.ToArray())
            .Select(x => $"{x.First}: {x.Second.ToString("0.####", CultureInfo.InvariantCulture)}"));
        Console.WriteLine("FirstThreeOrder.Learned:");
        Console.WriteLine($"  Weights: new({Values(final.Weights)}),");
        Console.WriteLine($"  Centre: new({Values(final.Centre)}),");
    }

    private static List<List<Candidate>> Lists(QualitySet set)
    {
        // Without the learned order, whose pairs were learned on these very sets: the learner fills in the pairs' sign itself.
        var index = new SuggestionIndex(new SuggestionOptions { FirstThreeOrder = null });
        index.Load(set.Organizations, set.Listings);
        var keys = set.Listings.ToDictionary(l => l.Id, l => TextAnalysis.Default.Analyze(l.Title, l.Description).Features.Select(f => f.Key).ToArray());
        return [.. set.Matches.OrderBy(m => m.Key).Select(m => index.FirstThree(m.Key)
            .Select(c => new Candidate([c.Suggestion.Score, .. c.Signs.ToArray()], m.Value.Contains(c.Suggestion.OfferId), keys[m.Key], keys[c.Suggestion.OfferId]))
            .ToList())];
    }

    private static int FirstPlaces(List<List<Candidate>> lists, FirstThreeOrder? order) =>
        lists.Count(l => l.Count > 0 && l.Select((c, i) => (c, i))
            .OrderByDescending(x => x.c.Values[0] + (order?.Correction(OrderSigns.FromArray(x.c.Values[1..])) ?? 0)).ThenBy(x => x.i)
            .First().c.Good);

    /// <summary>
    /// Weights on standardised values that make the good offers likely under a softmax over each request's three
    /// (plain gradient steps with Adam, an L2 penalty), turned into score units: the weights of the signs divided by the
    /// score's, around the signs' means.
    /// </summary>
    private static FirstThreeOrder Learn(List<List<Candidate>> lists, bool withPairs = true)
    {
        var all = lists.SelectMany(l => l).ToList();
        // Without the word pairs, their sign (the last) weighs nothing.
        var width = all[0].Values.Length - (withPairs ? 0 : 1);
        var mean = Enumerable.Range(0, width).Select(k => all.Average(c => c.Values[k])).ToArray();
        var spread = Enumerable.Range(0, width).Select(k => Math.Max(1e-9, Math.Sqrt(all.Average(c => Math.Pow(c.Values[k] - mean[k], 2))))).ToArray();
        // Only a request with a good and a not-good offer among its three says anything about their order.
        var data = lists.Where(l => l.Any(c => c.Good) && l.Any(c => !c.Good))
            .Select(l => l.Select(c => (Z: c.Values.Take(width).Select((v, k) => (v - mean[k]) / spread[k]).ToArray(), c.Good)).ToList()).ToList();
        var w = new double[width];
        w[0] = 5;
        var (m, v) = (new double[width], new double[width]);
        for (var step = 1; step <= Steps; step++)
        {
            var gradient = new double[width];
            foreach (var list in data)
            {
                var scores = list.Select(c => c.Z.Zip(w, (a, b) => a * b).Sum()).ToArray();
                var top = scores.Max();
                var e = scores.Select(s => Math.Exp(s - top)).ToArray();
                var sum = e.Sum();
                var good = list.Select((c, i) => c.Good ? e[i] : 0).Sum();
                for (var i = 0; i < list.Count; i++)
                {
                    var share = (e[i] / sum) - (list[i].Good ? e[i] / good : 0);
                    for (var k = 0; k < width; k++)
                    {
                        gradient[k] += share * list[i].Z[k];
                    }
                }
            }
            for (var k = 0; k < width; k++)
            {
                var g = (gradient[k] / data.Count) + (Regularisation * w[k]);
                m[k] = (0.9 * m[k]) + (0.1 * g);
                v[k] = (0.999 * v[k]) + (0.001 * g * g);
                w[k] -= StepSize * (m[k] / (1 - Math.Pow(0.9, step))) / (Math.Sqrt(v[k] / (1 - Math.Pow(0.999, step))) + 1e-8);
            }
        }
        var perScore = w[0] / spread[0];
        if (perScore <= 0)
        {
            // A model that puts the lower score first cannot be written as a correction of the score.
            throw new InvalidOperationException($"The learned weight of the score is {w[0]}, not above 0.");
        }
        return new FirstThreeOrder(
            OrderSigns.FromArray([.. Enumerable.Range(1, width - 1).Select(k => w[k] / spread[k] / perScore), .. withPairs ? Array.Empty<double>() : [0]]),
            OrderSigns.FromArray([.. mean[1..], .. withPairs ? Array.Empty<double>() : [0]]));
    }
}
