using Winwin.Live.Features.Suggestions.Engine;

namespace Winwin.Live.Tests.Features.Suggestions;

public sealed class WordPairsTests
{
    [Fact]
    public void Affinity_TakesForEachRequestWordTheOfferWordThatBestAnswersIt()
    {
        var pairs = new WordPairs([("w:uitstap", "c:minibus", 1.2f), ("w:uitstap", "w:chauffeur", 0.4f), ("c:senior", "c:minibus", -0.2f)]);

        // "uitstap" is best answered by the minibus (1.2), the seniors by nothing better than -0.2: (1.2 - 0.2) / 2.
        Assert.Equal(0.5, pairs.Affinity(["w:uitstap", "c:senior", "w:rijd"], ["c:minibus", "w:chauffeur"]), 5);
        // Words of the offer that answer nothing neither add nor take away.
        Assert.Equal(0.5, pairs.Affinity(["w:uitstap", "c:senior"], ["c:minibus", "w:chauffeur", "w:weekend", "w:plaats"]), 5);
        Assert.Equal(0, pairs.Affinity(["w:zaal"], ["c:minibus"]));
    }

    [Fact]
    public void Value_IsAboveZeroForAPairSeenInGoodMatchesMoreThanOnAverage()
    {
        Assert.True(WordPairs.Value(good: 6, notGood: 2, allGood: 1000, allNotGood: 2000) > 0);
        Assert.True(WordPairs.Value(good: 2, notGood: 9, allGood: 1000, allNotGood: 2000) < 0);
        Assert.Equal(0, WordPairs.Value(good: 1000, notGood: 2000, allGood: 1000, allNotGood: 2000), 5);
    }

    [Fact]
    public void WriteThenRead_GivesTheSamePairs()
    {
        var pairs = new WordPairs([("w:uitstap", "c:minibus", 1.25f), ("c:meeting", "w:refectoir", -0.5f), ("c:meeting", "c:room", 0.125f)]);
        using var stream = new MemoryStream();
        pairs.Write(stream);
        stream.Position = 0;

        var read = WordPairs.Read(stream);

        Assert.Equal(3, read.Count);
        Assert.Equal(1.25, read.Affinity(["w:uitstap"], ["c:minibus"]), 5);
        Assert.Equal(-0.5, read.Affinity(["c:meeting"], ["w:refectoir"]), 5);
        Assert.Equal(0.125, read.Affinity(["c:meeting"], ["c:room"]), 5);
    }

    [Fact]
    public void Learned_IsReadFromTheAssemblyAndHoldsNoPairOfAKeyWithItself()
    {
        Assert.True(WordPairs.Learned.Count > 10_000, $"{WordPairs.Learned.Count} learned pairs");
        var keys = TextAnalysis.Default.Analyze("Salle pour notre assemblée générale", "Une salle pour une quarantaine de membres un samedi.")
            .Features.Select(f => f.Key).ToList();
        foreach (var key in keys)
        {
            Assert.Equal(0, WordPairs.Learned.Affinity([key], [key]));
        }
    }
}
