using BenchmarkDotNet.Attributes;
using Winwin.Live.Features.Suggestions.Engine;

namespace Winwin.Suggestions.Benchmarks;

/// <summary>
/// Full computation (text analysis, scoring of every offer-request pair that shares a word, best
/// offers per request, win-win pairs and circles) and one incremental update, on generated events.
/// </summary>
[MemoryDiagnoser]
public class SuggestionBenchmarks
{
    private List<SuggestionOrganization> _organizations = [];
    private List<SuggestionListing> _listings = [];
    private SuggestionIndex _index = null!;
    private SuggestionListing _changedA = null!;
    private SuggestionListing _changedB = null!;
    private bool _flip;

    [Params(500, 5_000, 20_000)]
    public int Listings { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        (_organizations, _listings) = GeneratedEvent.Create(Listings);
        // The periodic refresh of term weights is measured by the full computation, not here.
        _index = new SuggestionIndex(new SuggestionOptions { RefreshRatio = double.PositiveInfinity });
        _index.Load(_organizations, _listings);
        var random = new Random(11);
        var offer = _listings.First(l => l.Kind == ListingSide.Offer);
        _changedA = GeneratedEvent.Listing(random, offer.Id, offer.OrganizationId) with { Kind = ListingSide.Offer };
        _changedB = GeneratedEvent.Listing(random, offer.Id, offer.OrganizationId) with { Kind = ListingSide.Offer };
    }

    [Benchmark]
    public int FullComputation()
    {
        var index = new SuggestionIndex();
        index.Load(_organizations, _listings);
        return index.WinWins().Pairs.Count + index.All().Count;
    }

    /// <summary>A facilitator rewrites an offer: it leaves the index, comes back with new words, and every request it touches is rescored.</summary>
    [Benchmark]
    public int IncrementalUpdate()
    {
        _flip = !_flip;
        _index.Upsert(_flip ? _changedA : _changedB);
        return _index.ForRequest(_listings.First(l => l.Kind == ListingSide.Request).Id).Count;
    }
}
