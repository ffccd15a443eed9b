using System.Globalization;
using Winwin.Live.Features.Suggestions.Engine;
using Winwin.Live.Tests.Features.Suggestions;

namespace Winwin.Suggestions.Benchmarks;

/// <summary>
/// Learns the order of each request's first three offers (<see cref="FirstThreeOrder"/>) from the labelled tuning sets:
/// a listwise logistic model over the offer's score and its <see cref="OrderSigns"/>, the good offers of a request being
/// the ones to put first. Prints, for each set, its first places when learned without it (leave one set out), then the
/// same for the evenings kept apart, learned on all the tuning sets, and the values to put in <see cref="FirstThreeOrder.Learned"/>.
/// The held-out sets are never read.
/// </summary>
internal static class OrderLearning
{
    private static readonly string[] LearnedOn =
    [
        "QualitySet", "TuningSet", "ThirdTuningSet", "FourthTuningSet", "FifthTuningSet", "SixthTuningSet", "SeventhTuningSet",
        "EighthTuningSet", "NinthTuningSet", "TenthTuningSet", "EleventhTuningSet", "TwelfthTuningSet", "ThirteenthTuningSet",
        "FourteenthTuningSet", "FifteenthTuningSet", "SixteenthTuningSet", "SeventeenthTuningSet", "EighteenthTuningSet",
        "NineteenthTuningSet", "TwentiethTuningSet", "TwentyFirstTuningSet", "TwentySecondTuningSet",
    ];

    // Evenings neither the words nor the order were tuned on: how the order does on a new bourse.
    private static readonly string[] KeptApart = ["TwentyThirdTuningSet", "TwentyFourthTuningSet", "TwentyFifthTuningSet", "TwentySixthTuningSet"];

    private const double Regularisation = 0.01;
    private const int Steps = 600;
    private const double StepSize = 0.05;

    /// <summary>One request's first three offers: each one's score and signs, and whether the labels call it good.</summary>
    private sealed record Candidate(double[] Values, bool Good);

    public static void Run(string root)
    {
        var sets = LearnedOn.ToDictionary(name => name, name => Lists(QualitySet.Load(name, root)));
        var (total1, learned1, count) = (0, 0, 0);
        Console.WriteLine("Leave one set out: first places in the order of the scores, then in the learned order");
        foreach (var (name, lists) in sets)
        {
            var order = Learn([.. sets.Where(kv => kv.Key != name).SelectMany(kv => kv.Value)]);
            var (plain, learned) = (FirstPlaces(lists, null), FirstPlaces(lists, order));
            (total1, learned1, count) = (total1 + plain, learned1 + learned, count + lists.Count);
            Console.WriteLine($"  {name,-24} {plain,3} → {learned,3} of {lists.Count}");
        }
        Console.WriteLine($"  {"all",-24} {total1,3} → {learned1,3} of {count}");

        var final = Learn([.. sets.Values.SelectMany(l => l)]);
        Console.WriteLine("Kept apart, learned on all the tuning sets:");
        foreach (var name in KeptApart)
        {
            var lists = Lists(QualitySet.Load(name, root));
            Console.WriteLine($"  {name,-24} {FirstPlaces(lists, null),3} → {FirstPlaces(lists, final),3} of {lists.Count}");
        }
        string Values(OrderSigns signs) => string.Join(", ", OrderSigns.Names.Zip(signs.ToArray())
            .Select(x => $"{x.First}: {x.Second.ToString("0.####", CultureInfo.InvariantCulture)}"));
        Console.WriteLine("FirstThreeOrder.Learned:");
        Console.WriteLine($"  Weights: new({Values(final.Weights)}),");
        Console.WriteLine($"  Centre: new({Values(final.Centre)}));");
    }

    private static List<List<Candidate>> Lists(QualitySet set)
    {
        var index = new SuggestionIndex();
        index.Load(set.Organizations, set.Listings);
        return [.. set.Matches.OrderBy(m => m.Key).Select(m => index.FirstThree(m.Key)
            .Select(c => new Candidate([c.Suggestion.Score, .. c.Signs.ToArray()], m.Value.Contains(c.Suggestion.OfferId))).ToList())];
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
    private static FirstThreeOrder Learn(List<List<Candidate>> lists)
    {
        var all = lists.SelectMany(l => l).ToList();
        var width = all[0].Values.Length;
        var mean = Enumerable.Range(0, width).Select(k => all.Average(c => c.Values[k])).ToArray();
        var spread = Enumerable.Range(0, width).Select(k => Math.Max(1e-9, Math.Sqrt(all.Average(c => Math.Pow(c.Values[k] - mean[k], 2))))).ToArray();
        // Only a request with a good and a not-good offer among its three says anything about their order.
        var data = lists.Where(l => l.Any(c => c.Good) && l.Any(c => !c.Good))
            .Select(l => l.Select(c => (Z: c.Values.Select((v, k) => (v - mean[k]) / spread[k]).ToArray(), c.Good)).ToList()).ToList();
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
            OrderSigns.FromArray([.. Enumerable.Range(1, width - 1).Select(k => w[k] / spread[k] / perScore)]),
            OrderSigns.FromArray(mean[1..]));
    }
}
