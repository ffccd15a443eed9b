using Winwin.Live.Features.Suggestions.Engine;

namespace Winwin.Live.Tests.Features.Suggestions;

public sealed class WordPairsTests
{
    [Fact]
    public void Affinity_RequestWordsPairedWithTheOffer_MeanOfEachWordsBestPair()
    {
        var pairs = new WordPairs([("w:uitstap", "c:minibus", 1.2f), ("w:uitstap", "w:chauffeur", 0.4f), ("c:senior", "c:minibus", -0.2f), ("c:senior", "w:chauffeur", -0.6f)]);

        // "uitstap" is best answered by the minibus (1.2), the seniors by nothing better than -0.2: (1.2 - 0.2) / 2.
        Assert.Equal(0.5, pairs.Affinity(["w:uitstap", "c:senior", "w:rijd"], ["c:minibus", "w:chauffeur"]), 5);
        Assert.Equal(-0.6, pairs.Affinity(["c:senior"], ["w:chauffeur"]), 5);
    }

    [Fact]
    public void Affinity_OfferWordsInNoPair_ChangeNothing()
    {
        var pairs = new WordPairs([("w:uitstap", "c:minibus", 1.2f), ("c:senior", "c:minibus", -0.2f)]);

        Assert.Equal(0.5, pairs.Affinity(["w:uitstap", "c:senior"], ["c:minibus", "w:weekend", "w:plaats", "w:negen"]), 5);
        Assert.Equal(0, pairs.Affinity(["w:zaal"], ["c:minibus"]));
    }

    [Theory]
    [InlineData(6, 2, true)]
    [InlineData(2, 9, false)]
    public void Value_PairSeenInGoodMatchesMoreOrLessOftenThanOnAverage_AboveOrBelowZero(int good, int notGood, bool above)
    {
        Assert.Equal(above, WordPairs.Value(good, notGood, allGood: 1000, allNotGood: 2000) > 0);
    }

    [Fact]
    public void Read_WrittenPairs_SameValuesToThreeDecimals()
    {
        var pairs = new WordPairs([("w:uitstap", "c:minibus", 1.2341f), ("c:meeting", "w:refectoir", -0.5f), ("c:meeting", "c:room", 0.125f)]);
        using var stream = new MemoryStream();
        pairs.Write(stream);
        stream.Position = 0;

        var read = WordPairs.Read(stream);

        Assert.Equal(3, read.Count);
        Assert.Equal(1.2341, read.Affinity(["w:uitstap"], ["c:minibus"]), 0.0005);
        Assert.Equal(-0.5, read.Affinity(["c:meeting"], ["w:refectoir"]), 5);
        Assert.Equal(0.125, read.Affinity(["c:meeting"], ["c:room"]), 5);
    }

    [Fact]
    public void Learned_EveryPair_TwoDifferentKeys()
    {
        var all = WordPairs.Learned.All().ToList();

        Assert.Equal(WordPairs.Learned.Count, all.Count);
        Assert.DoesNotContain(all, p => p.RequestKey == p.OfferKey);
    }
}
