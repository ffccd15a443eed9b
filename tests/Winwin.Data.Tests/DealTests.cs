namespace Winwin.Data.Tests;

public class DealTests
{
    [Fact]
    public void Check_TwoPartiesBothGiving_NoError()
    {
        var errors = Deal.Check([(1, "Six PC portables"), (2, "Une formation aux premiers secours")]);

        Assert.Empty(errors);
    }

    [Fact]
    public void Check_OnePartyOnly_TooFewParties()
    {
        var errors = Deal.Check([(1, "Six PC portables")]);

        Assert.Contains(errors, e => e.Code == DomainErrors.DealTooFewParties);
    }

    [Fact]
    public void Check_SameOrganizationTwice_DuplicateAndTooFew()
    {
        var errors = Deal.Check([(1, "Six PC"), (1, "Une formation")]);

        Assert.Contains(errors, e => e.Code == DomainErrors.DealDuplicateParty);
        Assert.Contains(errors, e => e.Code == DomainErrors.DealTooFewParties);
    }

    [Fact]
    public void Check_NobodyGivesAnything_NothingGiven()
    {
        var errors = Deal.Check([(1, " "), (2, null)]);

        Assert.Equal([DomainErrors.DealNothingGiven], errors.Select(e => e.Code));
    }

    [Fact]
    public void Check_GivesTooLong_ReportsTheLimit()
    {
        var errors = Deal.Check([(1, new string('x', Deal.GivesMaxLength + 1)), (2, "ok")]);

        var error = Assert.Single(errors);
        Assert.Equal(DomainErrors.DealGivesTooLong, error.Code);
        Assert.Equal(Deal.GivesMaxLength.ToString(System.Globalization.CultureInfo.InvariantCulture), error.Argument);
    }

    [Fact]
    public void Check_MoreThanMaxParties_TooManyParties()
    {
        var parties = Enumerable.Range(1, Deal.MaxParties + 1).Select(i => (i, (string?)"aide")).ToList();

        var errors = Deal.Check(parties);

        Assert.Contains(errors, e => e.Code == DomainErrors.DealTooManyParties);
    }

    [Fact]
    public void Check_ThreePartiesInACircle_NoError()
    {
        var errors = Deal.Check([(1, "transport"), (2, "un local"), (3, "des bras")]);

        Assert.Empty(errors);
    }

    [Theory]
    [InlineData("Un chèque de 200 € pour la fête", "« chèque »")]
    [InlineData("Een financiële bijdrage", "« financiële bijdrage »")]
    [InlineData("A cash donation", "« cash donation »")]
    public void Check_PartyGivesMoney_RefusedNamingTheWords(string gives, string named)
    {
        var errors = Deal.Check([(1, "Une animation"), (2, gives)]);

        var error = Assert.Single(errors);
        Assert.Equal(DomainErrors.Money, error.Code);
        Assert.Contains(named, error.Argument, StringComparison.OrdinalIgnoreCase);
        // The second party's field: a form marks the party that gives money.
        Assert.Equal("parties[1].gives", error.Field);
    }

    [Fact]
    public void Check_PartyMentionsMoney_ConfirmableErrorNamingTheWords()
    {
        var errors = Deal.Check([(1, "Le défraiement de nos chauffeurs"), (2, "Une animation")]);

        var error = Assert.Single(errors);
        Assert.Equal((DomainErrors.MoneyToConfirm, "« défraiement »", "parties[0].gives"), (error.Code, error.Argument, error.Field));
    }

    [Fact]
    public void Check_MoneyMentionConfirmed_NoError()
    {
        var errors = Deal.Check([(1, "Le défraiement de nos chauffeurs"), (2, "Une animation")], moneyMentionsConfirmed: true);

        Assert.Empty(errors);
    }

    [Fact]
    public void Check_GivesTooLong_OnlyTheLengthReported()
    {
        var errors = Deal.Check([(1, string.Concat(Enumerable.Repeat("cash cash register ", 50_000))), (2, "Une animation")]);

        Assert.Equal(DomainErrors.DealGivesTooLong, Assert.Single(errors).Code);
    }

    [Fact]
    public void Check_PartyGivesACashRegister_Accepted()
    {
        Assert.Empty(Deal.Check([(1, "Une caisse enregistreuse"), (2, "Un atelier de couture")]));
    }

    [Theory]
    [InlineData("PC", "formation", true)]
    [InlineData("PC", null, false)]
    [InlineData("PC", "  ", false)]
    public void AreReciprocal_EveryPartyMustGive(string? first, string? second, bool expected)
    {
        Assert.Equal(expected, Deal.AreReciprocal([first, second]));
    }
}
