using System.Net;

namespace Winwin.Live.Tests.Features.Phone;

public class MinePageTests
{
    [Fact]
    public async Task MinePage_OrganisationChosen_ShowsWhatMayMatchWithoutContactData()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();

        var response = await app.CreateClient().GetAsync($"/e/{ev.Slug}/mine?org={ev.Organizations[1]}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("500 affiches A3", html, StringComparison.Ordinal);
        Assert.Contains("Imprimerie Gilson", html, StringComparison.Ordinal);
        Assert.Contains("id=\"call\"", html, StringComparison.Ordinal);
        Assert.All(ev.ContactData, contact => Assert.DoesNotContain(contact, html, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task MinePage_NoOrganisation_AsksWhichOne()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();

        var html = await app.CreateClient().GetStringAsync($"/e/{ev.Slug}/mine");

        Assert.Contains("Garage Piron", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"call\"", html, StringComparison.Ordinal);
    }
}
