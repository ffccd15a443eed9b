using System.Globalization;
using Xunit.Abstractions;

namespace Winwin.Data.Tests;

/// <summary>
/// The no-money rule against its labelled corpus (MoneyCorpus/corpus.txt): precision and recall per language,
/// no refusal of a sentence where no money changes hands, and nearly every money sentence refused or warned.
/// </summary>
public sealed class MoneyCorpusTests(ITestOutputHelper output)
{
    [Fact]
    public void Assess_LabelledCorpus_MeetsTheTargets()
    {
        var corpus = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "MoneyCorpus", "corpus.txt"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('|', 4))
            .Select(f => new Sentence(f[0], Enum.Parse<MoneyVerdict>(f[1], ignoreCase: true), f[2], f[3]))
            .ToList();
        var results = corpus.Select(s => (Sentence: s, Actual: MoneyRule.Assess(s.Text))).ToList();

        output.WriteLine($"corpus: {corpus.Count} sentences, {corpus.Count(s => s.Group == "lookalike")} not money with money-looking words, {corpus.Count(s => s.Group == "money")} money");
        output.WriteLine("language | sentences | flagged (warn or refuse): precision / recall | refused: precision / recall | exact outcome");
        foreach (var language in new[] { "fr", "nl", "en", "all" })
        {
            var rows = results.Where(r => language == "all" || r.Sentence.Language == language).ToList();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{language} | {rows.Count} | {Precision(rows, MoneyVerdict.Warn):P1} / {Recall(rows, MoneyVerdict.Warn):P1} | {Precision(rows, MoneyVerdict.Refuse):P1} / {Recall(rows, MoneyVerdict.Refuse):P1} | {(double)rows.Count(r => r.Actual.Verdict == r.Sentence.Expected) / rows.Count:P1}"));
        }
        var money = results.Where(r => r.Sentence.Group == "money").ToList();
        var moneyFlagged = (double)money.Count(r => r.Actual.Verdict != MoneyVerdict.Accept) / money.Count;
        var falseRefusals = results.Where(r => r.Sentence.Group != "money" && r.Actual.Verdict == MoneyVerdict.Refuse).ToList();
        output.WriteLine($"money sentences refused or warned: {moneyFlagged:P1}; refusals of a sentence that is not money: {falseRefusals.Count}");
        foreach (var (sentence, actual) in results.Where(r => r.Actual.Verdict != r.Sentence.Expected))
        {
            output.WriteLine($"  {sentence.Language} expected {sentence.Expected}, got {actual.Verdict} {actual.Quoted}: {sentence.Text}");
        }

        Assert.True(corpus.Count >= 1000, $"{corpus.Count} sentences");
        Assert.True(corpus.Count(s => s.Group == "lookalike") >= 300);
        Assert.Empty(falseRefusals);
        Assert.True(moneyFlagged >= 0.98, $"only {moneyFlagged:P1} of the money sentences are refused or warned");
    }

    // A verdict "at least" the level counts as positive: for Warn, warned or refused; for Refuse, refused.
    private static double Precision(List<(Sentence Sentence, MoneyAssessment Actual)> rows, MoneyVerdict level)
    {
        var flagged = rows.Where(r => r.Actual.Verdict >= level).ToList();
        return flagged.Count == 0 ? 1 : (double)flagged.Count(r => r.Sentence.Expected >= level) / flagged.Count;
    }

    private static double Recall(List<(Sentence Sentence, MoneyAssessment Actual)> rows, MoneyVerdict level)
    {
        var expected = rows.Where(r => r.Sentence.Expected >= level).ToList();
        return expected.Count == 0 ? 1 : (double)expected.Count(r => r.Actual.Verdict >= level) / expected.Count;
    }

    private sealed record Sentence(string Language, MoneyVerdict Expected, string Group, string Text);
}
