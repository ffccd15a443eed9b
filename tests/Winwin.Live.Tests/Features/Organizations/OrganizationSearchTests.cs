using Winwin.Data;
using Winwin.Live.Features.Events;
using Winwin.Live.Features.Live;
using Winwin.Live.Features.Organizations;

namespace Winwin.Live.Tests.Features.Organizations;

public class OrganizationSearchTests
{
    private static readonly StaffOrganization Eglise = new(1, "Église Saint-Loup ASBL", OrganizationKind.Association, null, "12", null, null, null, true, null, null, null, Guid.NewGuid(), null, false);
    private static readonly StaffOrganization Garage = new(2, "Garage Piron", OrganizationKind.Company, null, "3", null, null, null, true, null, null, null, Guid.NewGuid(), null, false);
    private static readonly StaffOrganization Boulangerie = new(3, "Boulangerie du Centre", OrganizationKind.Company, null, "21", null, null, null, true, null, null, null, Guid.NewGuid(), null, false);
    private static readonly StaffOrganization[] All = [Eglise, Garage, Boulangerie];

    [Fact]
    public void Search_ByTableNumber_FindsThatTableFirst()
    {
        var found = OrganizationSearch.Search(All, "3").ToList();

        Assert.Equal(Garage, found[0]);
    }

    [Theory]
    [InlineData("eglise")]
    [InlineData("SAINT-LOUP")]
    [InlineData("  église ")]
    public void Search_ByNameIgnoringCaseAndAccents_Finds(string text)
    {
        Assert.Equal([Eglise], OrganizationSearch.Search(All, text));
    }
}
