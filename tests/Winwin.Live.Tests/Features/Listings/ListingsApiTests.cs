using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Winwin.Data;
using Winwin.Live.Features.Events;
using Winwin.Live.Features.Listings;
using Winwin.Live.Features.Live;

using static Winwin.Live.Tests.ApiAnswers;

namespace Winwin.Live.Tests.Features.Listings;

/// <summary>Offers and requests run from a script: <c>/api/events/{slug}/listings</c>, with the Listings tab's roles and checks.</summary>
public class ListingsApiTests
{
    private static async Task<int> CreateAsync(HttpClient staff, TestEvent ev, int organization, ListingKind kind, string title)
    {
        var response = await staff.PostAsJsonAsync($"/api/events/{ev.Slug}/listings", new ListingInput(ev.Organizations[organization], kind, ev.MeansCategoryId, title, null),
            LiveJson.Options);
        return (await ReadAsync<ListingDto>(response, HttpStatusCode.Created)).Id;
    }

    [Fact]
    public async Task ListListings_SeveralPages_InTheOrderRecordedEveryListingOnceAndBadPagingRefusedInFrench()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var staff = await app.CreateClientAsync(StaffRoles.Facilitator);
        List<int> ids;
        for (var i = 0; i < 5; i++)
        {
            await CreateAsync(staff, ev, i % 4, ListingKind.Offer, $"Offre numéro {i}");
        }
        await using (var db = await app.DbFactory.CreateDbContextAsync())
        {
            ids = await db.Listings.OrderBy(l => l.Id).Select(l => l.Id).ToListAsync();
        }
        staff.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");

        var seen = new List<int>();
        var pages = 0;
        string? next = $"/api/events/{ev.Slug}/listings?pageSize=3";
        while (next is not null)
        {
            var page = await ReadAsync<ListingsApi.ListingsPage>(await staff.GetAsync(next), HttpStatusCode.OK);
            Assert.Equal(8, page.Total);
            Assert.All(page.Items, l => Assert.NotEqual(Guid.Empty, l.Version));
            seen.AddRange(page.Items.Select(l => l.Id));
            next = page.Next;
            pages++;
        }
        var bad = await ProblemAsync(await staff.GetAsync($"/api/events/{ev.Slug}/listings?page=0&pageSize=0"), HttpStatusCode.BadRequest);

        Assert.Equal(3, pages);
        Assert.Equal(ids, seen);
        Assert.Equal("Les pages se comptent à partir de 1.", Message(bad, "page"));
        Assert.Contains("200", Message(bad, "pageSize"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListListings_Filters_KindStatusCategoryOrganisationAndWordsAndTheNextLinkKeepsThem()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var staff = await app.CreateClientAsync(StaffRoles.Coordinator);
        staff.DefaultRequestHeaders.AcceptLanguage.ParseAdd("nl");
        var secondOffer = await CreateAsync(staff, ev, 2, ListingKind.Offer, "Révision de camionnette");
        int otherCategory;
        await using (var db = await app.DbFactory.CreateDbContextAsync())
        {
            otherCategory = await db.Categories.Where(c => c.EventId == ev.Id && c.Id != ev.MeansCategoryId).Select(c => c.Id).FirstAsync();
            var fridge = await db.Listings.SingleAsync(l => l.Title == "Un frigo");
            fridge.Status = ListingStatus.Withdrawn;
            fridge.CategoryId = otherCategory;
            await db.SaveChangesAsync();
        }
        var url = $"/api/events/{ev.Slug}/listings";
        async Task<List<string>> TitlesAsync(string query) =>
            [.. (await ReadAsync<ListingsApi.ListingsPage>(await staff.GetAsync(url + query), HttpStatusCode.OK)).Items.Select(l => l.Title)];

        var offers = await TitlesAsync("?kind=offer");
        var requests = await TitlesAsync("?kind=Request");
        var withdrawn = await TitlesAsync("?status=withdrawn");
        var open = await TitlesAsync("?status=open");
        var inOtherCategory = await TitlesAsync($"?categoryId={otherCategory}");
        var ofGilson = await TitlesAsync($"?organizationId={ev.Organizations[0]}");
        var words = await TitlesAsync("?q=AFFICHES festival");
        var byOrganisationName = await TitlesAsync("?q=piron");
        var firstOffer = await ReadAsync<ListingsApi.ListingsPage>(await staff.GetAsync($"{url}?kind=offer&status=open&pageSize=1"), HttpStatusCode.OK);
        var nextOffer = await ReadAsync<ListingsApi.ListingsPage>(await staff.GetAsync(firstOffer.Next), HttpStatusCode.OK);
        var unknown = await ProblemAsync(await staff.GetAsync($"{url}?status=closed&kind=gift"), HttpStatusCode.BadRequest);

        Assert.Equal(["500 affiches A3", "Révision de camionnette"], offers);
        Assert.Equal(["Affiches pour notre festival", "Un frigo"], requests);
        Assert.Equal(["Un frigo"], withdrawn);
        Assert.Equal(["500 affiches A3", "Affiches pour notre festival", "Révision de camionnette"], open);
        Assert.Equal(["Un frigo"], inOtherCategory);
        Assert.Equal(["500 affiches A3"], ofGilson);
        Assert.Equal(["Affiches pour notre festival"], words);
        Assert.Equal(["Révision de camionnette"], byOrganisationName);
        Assert.Equal((2, ev.OfferId), (firstOffer.Total, firstOffer.Items.Single().Id));
        Assert.Contains("kind=offer", firstOffer.Next, StringComparison.Ordinal);
        Assert.Contains("status=open", firstOffer.Next, StringComparison.Ordinal);
        Assert.Equal(secondOffer, nextOffer.Items.Single().Id);
        Assert.Null(nextOffer.Next);
        Assert.Equal("'closed' is geen status van een aanbod of vraag: open, fulfilled of withdrawn.", Message(unknown, "status"));
        Assert.Equal("'gift' is geen aanbod of vraag: offer of request.", Message(unknown, "kind"));
    }

    [Theory]
    [InlineData("fr", "Pas d'argent à la bourse")]
    [InlineData("nl", "Geen geld op de beursvloer")]
    [InlineData("en", "No money at the event")]
    public async Task ChangeListing_MoneyInTheTitle_RefusedInTheCallersLanguageAndNothingChanged(string language, string expected)
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var staff = await app.CreateClientAsync(StaffRoles.Facilitator);
        staff.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        var url = $"/api/events/{ev.Slug}/listings/{ev.RequestId}";
        var before = await ReadAsync<StaffListing>(await staff.GetAsync(url), HttpStatusCode.OK);
        var change = new ListingInput(before.OrganizationId, before.Kind, before.CategoryId, "Don de 500 € pour la fête", null);

        var refused = await ProblemAsync(await staff.PutAsJsonAsync(url, new ListingsApi.ListingChange(before.Version, change), LiveJson.Options), HttpStatusCode.BadRequest);

        Assert.StartsWith(expected, Message(refused, "title"), StringComparison.Ordinal);
        Assert.Contains("500 €", Message(refused, "title"), StringComparison.Ordinal);
        var after = await ReadAsync<StaffListing>(await staff.GetAsync(url), HttpStatusCode.OK);
        Assert.Equal(("Affiches pour notre festival", before.Version), (after.Title, after.Version));
    }

    [Fact]
    public async Task ChangeWithdrawReopen_WithTheVersionRead_BoardUpdatedThenTheOldVersionAnswers409AndChangesNothing()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var staff = await app.CreateClientAsync(StaffRoles.Coordinator);
        staff.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var url = $"/api/events/{ev.Slug}/listings/{ev.OfferId}";
        var before = await ReadAsync<StaffListing>(await staff.GetAsync(url), HttpStatusCode.OK);
        var board = await app.ConnectLiveAsync();
        await board.JoinAsAsync(ev.Slug, null, "board");
        var change = new ListingInput(before.OrganizationId, before.Kind, before.CategoryId, "1000 affiches A3 en couleur", "Livrées avant mars");

        var changed = await ReadAsync<StaffListing>(await staff.PutAsJsonAsync(url, new ListingsApi.ListingChange(before.Version, change), LiveJson.Options), HttpStatusCode.OK);
        var staleChange = await ProblemAsync(await staff.PutAsJsonAsync(url,
            new ListingsApi.ListingChange(before.Version, change with { Title = "Écrasé" }), LiveJson.Options), HttpStatusCode.Conflict);
        var withdrawn = await ReadAsync<StaffListing>(await staff.PostAsJsonAsync($"{url}/withdraw", new EventsApi.VersionInput(changed.Version), LiveJson.Options),
            HttpStatusCode.OK);
        var staleReopen = await ProblemAsync(await staff.PostAsJsonAsync($"{url}/reopen", new EventsApi.VersionInput(changed.Version), LiveJson.Options),
            HttpStatusCode.Conflict);
        var reopened = await ReadAsync<StaffListing>(await staff.PostAsJsonAsync($"{url}/reopen", new EventsApi.VersionInput(withdrawn.Version), LiveJson.Options),
            HttpStatusCode.OK);

        Assert.Equal(("1000 affiches A3 en couleur", "Livrées avant mars"), (changed.Title, changed.Description));
        Assert.NotEqual(before.Version, changed.Version);
        Assert.Equal("Someone else has just changed this. Reload to see their version, then make your change again.", staleChange.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (HttpStatusCode)staleReopen.GetProperty("status").GetInt32());
        Assert.Equal(ListingStatus.Withdrawn, withdrawn.Status);
        Assert.Equal(ListingStatus.Open, reopened.Status);
        var entries = await board.WaitForAsync(3);
        Assert.All(entries, e => Assert.Equal(FeedTypes.ListingUpserted, e.Type));
        Assert.Equal("1000 affiches A3 en couleur", entries[0].Payload.GetProperty("title").GetString());
        Assert.Equal(["open", "withdrawn", "open"], entries.Select(e => e.Payload.GetProperty("status").GetString()));
        await using var db = await app.DbFactory.CreateDbContextAsync();
        var stored = await db.Listings.SingleAsync(l => l.Id == ev.OfferId);
        Assert.Equal(("1000 affiches A3 en couleur", ListingStatus.Open, reopened.Version), (stored.Title, stored.Status, stored.Version));
        Assert.Equal(["listing.updated", "listing.status", "listing.status"],
            await db.Audit.Where(a => a.Action.StartsWith("listing.")).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
    }

    [Fact]
    public async Task ListingsApi_RolesOfTheTab_AnonymousAndNotaryRefusedUnknownEventOrListing404()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var anonymous = app.CreateClient();
        var notary = await app.CreateClientAsync(StaffRoles.Notary);
        var facilitator = await app.CreateClientAsync(StaffRoles.Facilitator);
        var url = $"/api/events/{ev.Slug}/listings";
        var version = (await ReadAsync<StaffListing>(await facilitator.GetAsync($"{url}/{ev.OfferId}"), HttpStatusCode.OK)).Version;
        var input = new ListingInput(ev.Organizations[0], ListingKind.Offer, ev.MeansCategoryId, "Changé", null);

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"{url}/{ev.OfferId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync($"{url}/{ev.OfferId}/withdraw", new EventsApi.VersionInput(version), LiveJson.Options)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await notary.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await notary.PutAsJsonAsync($"{url}/{ev.OfferId}", new ListingsApi.ListingChange(version, input), LiveJson.Options)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await notary.PostAsJsonAsync($"{url}/{ev.OfferId}/withdraw", new EventsApi.VersionInput(version), LiveJson.Options)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await facilitator.GetAsync("/api/events/inconnue/listings")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await facilitator.GetAsync($"{url}/999999")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await facilitator.PutAsJsonAsync($"{url}/999999", new ListingsApi.ListingChange(version, input), LiveJson.Options)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await facilitator.PostAsJsonAsync($"{url}/999999/withdraw", new EventsApi.VersionInput(version), LiveJson.Options)).StatusCode);
        await using var db = await app.DbFactory.CreateDbContextAsync();
        var stored = await db.Listings.SingleAsync(l => l.Id == ev.OfferId);
        Assert.Equal(("500 affiches A3", ListingStatus.Open, version), (stored.Title, stored.Status, stored.Version));
    }
}
