using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Winwin.Data;
using Winwin.Live.Features.Listings;
using Winwin.Live.Features.Live;

namespace Winwin.Live.Tests.Features.Listings;

public class HiddenCharactersTests
{
    [Fact]
    public async Task CreateListing_TitleWithNulAndRightToLeftOverride_StoredAndShownWithoutThem()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var staff = await app.CreateClientAsync(StaffRoles.Facilitator);

        var response = await staff.PostAsJsonAsync($"/api/events/{ev.Slug}/listings",
            new ListingInput(ev.Organizations[0], ListingKind.Offer, ev.MeansCategoryId, "Des chaises\u0000 \u202Eseérdnab\u202C", "Pour\u0007 une salle\nde 40 places"), LiveJson.Options);
        var phone = WebUtility.HtmlDecode(await app.CreateClient().GetStringAsync($"/e/{ev.Slug}/offers"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        await using var db = await app.DbFactory.CreateDbContextAsync();
        var listing = await db.Listings.SingleAsync(l => l.Title.StartsWith("Des chaises"));
        Assert.Equal("Des chaises seérdnab", listing.Title);
        Assert.Equal("Pour une salle\nde 40 places", listing.Description);
        Assert.Contains("Des chaises seérdnab", phone, StringComparison.Ordinal);
        Assert.DoesNotContain('\u202E', phone);
    }
}
