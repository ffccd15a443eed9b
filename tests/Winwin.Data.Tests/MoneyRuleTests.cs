using System.Diagnostics;

namespace Winwin.Data.Tests;

/// <summary>How the no-money rule reads a text; what it decides on a thousand sentences is in <see cref="MoneyCorpusTests"/>.</summary>
public class MoneyRuleTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\n")]
    public void Assess_NoText_Accepted(string? text)
    {
        var assessment = MoneyRule.Assess(text);

        Assert.Equal(MoneyAssessment.Accepted, assessment);
    }

    [Theory]
    [InlineData("Kinderen die geregeld langskomen bij de ouderen")]
    [InlineData("Een gespiegelde kast en verzegelde dozen")]
    [InlineData("Vrijwilligers voor ons festival in Geldrop")]
    [InlineData("Welke regels gelden voor de kantine? Een geldig rijbewijs")]
    public void Assess_WordHidingInAnother_Accepted(string text)
    {
        var assessment = MoneyRule.Assess(text);

        Assert.Equal(MoneyVerdict.Accept, assessment.Verdict);
    }

    [Theory]
    [InlineData("Conseils juridiques sur le statut des bénévoles — Nous avons des questions sur l'assurance et le défraiement des bénévoles", "défraiement")]
    [InlineData("Advies over geld besparen op energie", "geld")]
    [InlineData("Budget voor het eetfestijn", "Budget")]
    [InlineData("A subsidy for our vegetable garden", "subsidy")]
    public void Assess_MoneyAsATopic_WarnedWithTheWordAsWritten(string text, string expectedTerm)
    {
        var assessment = MoneyRule.Assess(text);

        Assert.Equal(MoneyVerdict.Warn, assessment.Verdict);
        Assert.Equal([expectedTerm], assessment.Terms);
    }

    [Theory]
    [InlineData("Don de 500 € pour notre fête", "500 €")]
    [InlineData("Il nous faut 5 000 € pour le toit", "5 000 €")]
    [InlineData("Wij zoeken € 250,- voor nieuwe doelen", "€ 250")]
    [InlineData("Dienstencheques voor onze leden", "Dienstencheques")]
    [InlineData("Financiële steun voor de huiswerkklas", "Financiële steun")]
    [InlineData("Make a donation to our food bank", "Make a donation")]
    public void Assess_MoneyChangingHands_RefusedWithTheWordsAsWritten(string text, string expectedTerm)
    {
        var assessment = MoneyRule.Assess(text);

        Assert.Equal(MoneyVerdict.Refuse, assessment.Verdict);
        Assert.Contains(expectedTerm, assessment.Terms);
    }

    [Theory]
    [InlineData("Un CHÈQUE de soutien", "CHÈQUE")]
    [InlineData("Don D'ARGENT pour le club", "Don D'ARGENT")]
    [InlineData("Don d’argent pour le club", "Don d’argent")]
    [InlineData("FINANCIËLE STEUN gezocht", "FINANCIËLE STEUN")]
    public void Assess_AnyCaseAccentOrApostrophe_ReturnsTermAsWritten(string text, string expectedTerm)
    {
        var assessment = MoneyRule.Assess(text);

        Assert.Equal([expectedTerm], assessment.Terms);
    }

    [Fact]
    public void Assess_DecomposedAccents_ReturnsTermAsWritten()
    {
        var assessment = MoneyRule.Assess("Un che\u0300que pour le club");

        Assert.Equal(["che\u0300que"], assessment.Terms);
    }

    [Fact]
    public void Assess_SameTermTwice_ReportedOnceInOrder()
    {
        var assessment = MoneyRule.Assess("Cash, un chèque ou CASH : 500 € au total");

        Assert.Equal(["Cash", "chèque", "500 €"], assessment.Terms);
    }

    [Fact]
    public void Assess_RefusedAndWarnedWords_ReportsTheRefusedOnes()
    {
        var assessment = MoneyRule.Assess("Budget du camp : 300 euros en cash");

        Assert.Equal(MoneyVerdict.Refuse, assessment.Verdict);
        Assert.Equal(["300 euros", "en cash"], assessment.Terms);
    }

    [Theory]
    [InlineData("Cash register and a cheque for the scouts", "cheque")]
    [InlineData("Porte-monnaie en cuir et 50 € pour l'atelier", "50 €")]
    [InlineData("Sans argent ? Si : 200 euros pour le camp", "200 euros")]
    public void Assess_ExceptionNextToRealMoney_MoneyStillRefused(string text, string expectedTerm)
    {
        var assessment = MoneyRule.Assess(text);

        Assert.Equal(MoneyVerdict.Refuse, assessment.Verdict);
        Assert.Contains(expectedTerm, assessment.Terms);
    }

    [Fact]
    public void Assess_LongerThanAnyField_RefusedWithoutReading()
    {
        var text = string.Concat(Enumerable.Repeat("cash cash register ", 60_000));

        var assessment = MoneyRule.Assess(text);

        Assert.Equal((MoneyVerdict.Refuse, 0), (assessment.Verdict, assessment.Terms.Count));
    }

    [Fact]
    public void Assess_CancelledToken_Stops()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var text = string.Concat(Enumerable.Repeat("cash register ", 1_400));

        Assert.Throws<OperationCanceledException>(() => MoneyRule.Assess(text, cancelled.Token));
    }

    [Fact]
    public void Assess_TextTenTimesLonger_CostsAboutTenTimesMore()
    {
        // The cost grows with the length, not its square: a generous bound, the figures are in the benchmark.
        var shortText = string.Concat(Enumerable.Repeat("cash cash register ", 100));
        var longText = string.Concat(Enumerable.Repeat("cash cash register ", 1_000));
        MoneyRule.Assess(shortText);
        MoneyRule.Assess(longText);

        var shortTime = Time(() => MoneyRule.Assess(shortText), 50);
        var longTime = Time(() => MoneyRule.Assess(longText), 5);

        Assert.True(longTime < shortTime * 40, $"{longTime.TotalMilliseconds:0.00} ms against {shortTime.TotalMilliseconds:0.00} ms");
    }

    [Fact]
    public void Text_TooLongAndMoney_OnlyTheLengthReported()
    {
        var rules = new FieldRules();

        rules.Text("title", new string('x', 200) + " 500 €", 150, noMoney: true);

        Assert.Equal(DomainErrors.TooLong, Assert.Single(rules.Errors).Code);
    }

    [Fact]
    public void Text_MoneyMentionNotConfirmed_ConfirmableError()
    {
        var rules = new FieldRules();

        rules.Text("description", "Remboursement des frais des bénévoles", 1000, noMoney: true);

        Assert.Equal((DomainErrors.MoneyToConfirm, "« Remboursement », « des frais »", "description"), (rules.Errors[0].Code, rules.Errors[0].Argument, rules.Errors[0].Field));
    }

    [Fact]
    public void Text_MoneyMentionConfirmed_Accepted()
    {
        var rules = new FieldRules { MoneyMentionsConfirmed = true };

        rules.Text("description", "Remboursement des frais des bénévoles", 1000, noMoney: true);

        Assert.True(rules.IsValid);
    }

    [Fact]
    public void Text_MoneyConfirmed_StillRefused()
    {
        var rules = new FieldRules { MoneyMentionsConfirmed = true };

        rules.Text("title", "200 euros pour le camp", 150, noMoney: true);

        Assert.Equal(DomainErrors.Money, Assert.Single(rules.Errors).Code);
    }

    private static TimeSpan Time(Action action, int times)
    {
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < times; i++)
        {
            action();
        }
        return watch.Elapsed / times;
    }
}
