using Winwin.Live.Features.Suggestions.Engine;
using Xunit.Abstractions;

namespace Winwin.Live.Tests.Features.Suggestions;

/// <summary>
/// The engine against the labelled set in QualitySet/ (see its README): how often the offer a good
/// facilitator would propose is the first suggestion, or among the first three.
/// </summary>
public sealed class QualitySetTests(ITestOutputHelper output)
{
    [Fact]
    public void Suggestions_LabelledSet_ReachTheQualityTarget()
    {
        var set = QualitySet.Load();
        var index = new SuggestionIndex();
        index.Load(set.Organizations, set.Listings);

        var (top1, top3, misses) = set.Score(index);
        var pairs = index.WinWins().Pairs;
        var truePairs = pairs.Count(p => set.IsTrueLink(p.AToB) && set.IsTrueLink(p.BToA));
        var labelledPairs = set.ReciprocalPairCount();
        var top1Rate = (double)top1 / set.Matches.Count;
        var top3Rate = (double)top3 / set.Matches.Count;
        var precision = pairs.Count == 0 ? 0 : (double)truePairs / pairs.Count;

        output.WriteLine($"quality set: {set.Listings.Count} listings, {set.Matches.Count} labelled requests");
        output.WriteLine($"top-1 hit rate: {top1Rate:P1} ({top1}/{set.Matches.Count})");
        output.WriteLine($"top-3 hit rate: {top3Rate:P1} ({top3}/{set.Matches.Count})");
        output.WriteLine($"reciprocal pairs: {pairs.Count} suggested, {truePairs} true, precision {precision:P1}; recall {truePairs}/{labelledPairs} labelled pairs");
        output.WriteLine($"circles of three: {index.WinWins().Circles.Count}");
        foreach (var p in pairs)
        {
            var ok = set.IsTrueLink(p.AToB) && set.IsTrueLink(p.BToA);
            output.WriteLine($"  pair {(ok ? "true " : "false")} {p.Strength:0.00}: \"{set.Title(p.AToB.OfferId)}\" -> \"{set.Title(p.AToB.RequestId)}\" ({p.AToB.Score:0.00}) / \"{set.Title(p.BToA.OfferId)}\" -> \"{set.Title(p.BToA.RequestId)}\" ({p.BToA.Score:0.00})");
        }
        foreach (var miss in misses)
        {
            output.WriteLine(miss);
        }

        Assert.True(top3Rate >= 0.85, $"top-3 hit rate {top3Rate:P1} is below 85 %");
    }
}
