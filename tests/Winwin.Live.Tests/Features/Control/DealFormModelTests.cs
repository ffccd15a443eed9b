using Winwin.Data;
using Winwin.Live.Features.Control;
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
}
