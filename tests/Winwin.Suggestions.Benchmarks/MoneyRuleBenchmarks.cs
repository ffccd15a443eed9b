using BenchmarkDotNet.Attributes;
using Winwin.Data;

namespace Winwin.Suggestions.Benchmarks;

/// <summary>
/// The no-money rule as the server meets it: a deal line or a listing of ordinary length, the same with money in
/// it, and a 1 MB body that must be refused by its length before any rule reads it.
/// </summary>
[MemoryDiagnoser]
public class MoneyRuleBenchmarks
{
    // 300 characters, a deal line as long as one may be, with a look-alike ("caisse enregistreuse") and no money.
    private const string Ordinary =
        "Notre équipe de six magasiniers vient un samedi porter les cartons, monter les armoires et installer la caisse " +
        "enregistreuse de votre épicerie solidaire ; nous prêtons aussi notre camionnette et un diable. En échange : une " +
        "animation pour les enfants du personnel à Noël, avec des jeux et un goûter.";

    private const string WithMoney =
        "Notre équipe de six magasiniers vient un samedi porter les cartons et installer la caisse enregistreuse de votre " +
        "épicerie solidaire ; en échange nous demandons une participation de 150 € en liquide, le remboursement des frais " +
        "de carburant et un chèque-cadeau pour chaque bénévole qui a aidé.";

    private readonly string _megabyte = string.Concat(Enumerable.Repeat("cash cash register ", 1_048_576 / 19));

    /// <summary>The texts as long as a deal line may be: checked by <c>quick money</c>, not a benchmark.</summary>
    public static (string Ordinary, string WithMoney) Texts => (Ordinary, WithMoney);

    [Benchmark]
    public MoneyAssessment Assess_300Characters_Accepted() => MoneyRule.Assess(Ordinary);

    [Benchmark]
    public MoneyAssessment Assess_300Characters_Refused() => MoneyRule.Assess(WithMoney);

    [Benchmark]
    public IReadOnlyList<DomainError> DealCheck_300Characters() => Deal.Check([(1, Ordinary), (2, WithMoney)]);

    [Benchmark]
    public IReadOnlyList<DomainError> DealCheck_1MBGives_RefusedByLength() => Deal.Check([(1, _megabyte), (2, Ordinary)]);

    [Benchmark]
    public IReadOnlyList<DomainError> ListingCheck_1MBDescription_RefusedByLength()
    {
        var rules = new FieldRules();
        Listing.Check(rules, "Une camionnette", _megabyte);
        return rules.Errors;
    }
}
