using Winwin.Live.Features.Suggestions.Engine;
using Xunit.Abstractions;

namespace Winwin.Live.Tests.Features.Suggestions;

/// <summary>
/// The engine against the tuning sets in TuningSet/ and the third to eighteenth tuning sets (see their READMEs): each written apart from
/// the engine and from the other sets, to tune the ranking on. Unlike the held-out sets, their misses are printed, each
/// with where the first good offer came.
/// </summary>
public sealed class TuningSetTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("TuningSet", 0.85)]
    [InlineData("ThirdTuningSet", 0.85)]
    [InlineData("FourthTuningSet", 0.85)]
    [InlineData("FifthTuningSet", 0.85)]
    [InlineData("SixthTuningSet", 0.85)]
    [InlineData("SeventhTuningSet", 0.85)]
    [InlineData("EighthTuningSet", 0.85)]
    [InlineData("NinthTuningSet", 0.85)]
    [InlineData("TenthTuningSet", 0.85)]
    [InlineData("EleventhTuningSet", 0.85)]
    [InlineData("TwelfthTuningSet", 0.85)]
    [InlineData("ThirteenthTuningSet", 0.85)]
    [InlineData("FourteenthTuningSet", 0.85)]
    [InlineData("FifteenthTuningSet", 0.75)]
    [InlineData("SixteenthTuningSet", 0.85)]
    [InlineData("SeventeenthTuningSet", 0.85)]
    [InlineData("EighteenthTuningSet", 0.85)]
    [InlineData("NineteenthTuningSet", 0.85)]
    [InlineData("TwentiethTuningSet", 0.85)]
    [InlineData("TwentyFirstTuningSet", 0.85)]
    [InlineData("TwentySecondTuningSet", 0.85)]
    public void Suggestions_TuningSet_ReachTheTuningTarget(string name, double top3Target)
    {
        var set = QualitySet.Load(name);
        var index = new SuggestionIndex();
        index.Load(set.Organizations, set.Listings);

        var (top1, top3, _) = set.Score(index);
        var top1Rate = (double)top1 / set.Matches.Count;
        var top3Rate = (double)top3 / set.Matches.Count;

        output.WriteLine($"{name}: {set.Listings.Count} listings, {set.Matches.Count} labelled requests");
        output.WriteLine($"top-1 hit rate: {top1Rate:P1} ({top1}/{set.Matches.Count})");
        output.WriteLine($"top-3 hit rate: {top3Rate:P1} ({top3}/{set.Matches.Count})");
        output.WriteLine($"requests without a suggestion although an offer of their category exists: {set.RequestsLeftWithout(index).Count}");
        foreach (var line in set.NotFirst(index))
        {
            output.WriteLine(line);
        }

        Assert.Empty(set.RequestsLeftWithout(index));
        Assert.True(top3Rate >= top3Target, $"top-3 hit rate {top3Rate:P1} is below {top3Target:P0}");
    }
}
