using Winwin.Data;
using Winwin.Live.Features.Control;
using Winwin.Live.Features.Deals;
using Winwin.Live.Features.Events;
using Winwin.Live.Features.Live;

namespace Winwin.Live.Tests.Features.Control;

public class DealFormModelTests
{
    private static readonly StaffOrganization Eglise = new(1, "Église Saint-Loup ASBL", OrganizationKind.Association, null, "12", null, null, null, true);
    private static readonly StaffOrganization Garage = new(2, "Garage Piron", OrganizationKind.Company, null, "3", null, null, null, true);
    private static readonly StaffOrganization Boulangerie = new(3, "Boulangerie du Centre", OrganizationKind.Company, null, "21", null, null, null, true);
    private static readonly StaffOrganization[] All = [Eglise, Garage, Boulangerie];

    [Fact]
    public void Search_ByTableNumber_FindsThatTableFirst()
    {
        var found = DealFormModel.Search(All, "3").ToList();

        Assert.Equal(Garage, found[0]);
    }

    [Theory]
    [InlineData("eglise")]
    [InlineData("SAINT-LOUP")]
    [InlineData("  église ")]
    public void Search_ByNameIgnoringCaseAndAccents_Finds(string text)
    {
        Assert.Equal([Eglise], DealFormModel.Search(All, text));
    }

    [Fact]
    public void IsReciprocal_FollowsWhatIsTyped()
    {
        var model = new DealFormModel();
        model.Parties[0].Organization = Eglise;
        model.Parties[1].Organization = Garage;
        model.Parties[0].Gives = "Une salle";

        Assert.False(model.IsReciprocal);
        Assert.True(model.CanSubmit);

        model.Parties[1].Gives = "Une camionnette";

        Assert.True(model.IsReciprocal);
    }

    [Fact]
    public void CanSubmit_SameOrganizationTwice_False()
    {
        var model = new DealFormModel();
        model.Parties[0].Organization = Eglise;
        model.Parties[1].Organization = Eglise;
        model.Parties[0].Gives = "Une salle";

        Assert.False(model.CanSubmit);
    }

    [Fact]
    public void ToCommand_FulfilsOnlyOpenListingsOfTheParties()
    {
        var category = new CategoryDto("means", null);
        StaffListing[] listings =
        [
            new(10, Eglise.Id, Eglise.Name, ListingKind.Request, category, "Tables", ListingStatus.Open),
            new(11, Boulangerie.Id, Boulangerie.Name, ListingKind.Offer, category, "Pains", ListingStatus.Open),
            new(12, Garage.Id, Garage.Name, ListingKind.Offer, category, "Camionnette", ListingStatus.Fulfilled),
        ];
        var model = new DealFormModel { Fulfils = [10, 11, 12] };
        model.Parties[0].Organization = Eglise;
        model.Parties[1].Organization = Garage;
        model.Parties[1].Gives = "Une camionnette";

        var command = model.ToCommand(listings);

        Assert.Equal([10], command.Fulfils);
        Assert.Equal([Eglise.Id, Garage.Id], command.Parties.Select(p => p.OrganizationId));
        Assert.Equal(model.IdempotencyKey, command.IdempotencyKey);
    }

    [Fact]
    public void Reset_AfterAnnouncement_NewKeyAndEmptyParties()
    {
        var model = new DealFormModel();
        var key = model.IdempotencyKey;
        model.AddParty();
        model.Parties[0].Organization = Eglise;

        model.Reset();

        Assert.NotEqual(key, model.IdempotencyKey);
        Assert.Equal(2, model.Parties.Count);
        Assert.All(model.Parties, p => Assert.Null(p.Organization));
    }

    [Fact]
    public void ChooseCategory_NoValueTyped_SuggestsTheCategoryDefaultUntilOneIsTyped()
    {
        StaffCategory[] categories = [new(1, new CategoryDto("means", null), DefaultValue: 300m), new(2, new CategoryDto("hands", null), DefaultValue: 150m)];
        var model = new DealFormModel();

        model.ChooseCategory(1, categories);
        var suggested = model.EstimatedValue;
        model.EstimatedValue = 80m;
        model.ValueTyped = true;
        model.ChooseCategory(2, categories);

        Assert.Equal(300m, suggested);
        Assert.Equal(80m, model.EstimatedValue);
        Assert.Equal(2, model.CategoryId);
    }

    [Fact]
    public void GiveOffer_PartyPicksOneOfItsOffers_FillsWhatItGivesAndFulfilsTheOffer()
    {
        var offer = new StaffListing(21, Garage.Id, Garage.Name, ListingKind.Offer, new CategoryDto("transport", null), "Une camionnette le samedi", ListingStatus.Open, CategoryId: 6);
        var model = new DealFormModel();
        model.Parties[0].Organization = Garage;

        model.GiveOffer(model.Parties[0], offer);

        Assert.Equal("Une camionnette le samedi", model.Parties[0].Gives);
        Assert.Equal([21], model.Fulfils);
        Assert.Equal(6, model.CategoryId);
    }

    [Fact]
    public void From_DealUnderCorrection_KeepsItsFulfilledListingsChoosable()
    {
        var category = new CategoryDto("means", null);
        var deal = new DealDto(3, DateTime.UtcNow, true, category,
            [new DealPartyDto(Eglise.Id, Eglise.Name, Eglise.Kind, "12", "Une salle"), new DealPartyDto(Garage.Id, Garage.Name, Garage.Kind, "3", "Une camionnette")],
            [10], DealStatus.Announced);
        var staffDeal = new StaffDeal(deal, "Fatima", Guid.NewGuid(), null, 120m, 1, "token", []);
        StaffListing[] listings = [new(10, Eglise.Id, Eglise.Name, ListingKind.Request, category, "Tables", ListingStatus.Fulfilled)];

        var model = DealFormModel.From(staffDeal, All);

        Assert.Equal([Eglise, Garage], model.Parties.Select(p => p.Organization));
        Assert.Equal(120m, model.EstimatedValue);
        Assert.Equal([10], model.ToCorrection(listings).Fulfils);
    }
}
