using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Winwin.Data;
using Winwin.Live.Features.Deals;
using Winwin.Live.Features.Live;

namespace Winwin.Live.Tests.Features.Deals;

public class DealsApiTests
{
    private static AnnounceDealCommand TwoWay(TestEvent ev, Guid? key = null, IReadOnlyList<int>? fulfils = null) => new(
        key ?? Guid.NewGuid(),
        [new AnnounceDealParty(ev.Organizations[0], "500 affiches A3"), new AnnounceDealParty(ev.Organizations[1], "Une animation pour le personnel")],
        fulfils ?? [],
        ev.MeansCategoryId);

    [Fact]
    public async Task AnnounceDeal_Facilitator_CreatedWithNextNumberAndFulfilsListings()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var client = await app.CreateClientAsync(StaffRoles.Facilitator);

        var first = await client.PostAsJsonAsync($"/api/events/{ev.Slug}/deals", TwoWay(ev, fulfils: [ev.OfferId, ev.RequestId]), LiveJson.Options);
        var second = await client.PostAsJsonAsync($"/api/events/{ev.Slug}/deals", TwoWay(ev), LiveJson.Options);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var deal = (await first.Content.ReadFromJsonAsync<DealDto>(LiveJson.Options))!;
        Assert.Equal(1, deal.Number);
        Assert.True(deal.WinWin);
        Assert.Equal(["Imprimerie Gilson", "Les Petits Débrouillards"], deal.Parties.Select(p => p.Name));
        Assert.Equal(2, (await second.Content.ReadFromJsonAsync<DealDto>(LiveJson.Options))!.Number);
        await using var db = await app.DbFactory.CreateDbContextAsync();
        Assert.Equal(ListingStatus.Fulfilled, (await db.Listings.SingleAsync(l => l.Id == ev.RequestId)).Status);
        var recorded = await db.Deals.SingleAsync(d => d.Number == 1);
        Assert.StartsWith("Staff", recorded.RecordedByName);
    }

    [Fact]
    public async Task AnnounceDeal_OneWay_MarkedNotWinWin()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var client = await app.CreateClientAsync(StaffRoles.Coordinator);
        var command = new AnnounceDealCommand(Guid.NewGuid(),
            [new AnnounceDealParty(ev.Organizations[2], "Une camionnette"), new AnnounceDealParty(ev.Organizations[3], null)], [], null);

        var response = await client.PostAsJsonAsync($"/api/events/{ev.Slug}/deals", command, LiveJson.Options);

        var deal = (await response.Content.ReadFromJsonAsync<DealDto>(LiveJson.Options))!;
        Assert.False(deal.WinWin);
        Assert.Null(deal.Parties[1].Gives);
    }

    [Fact]
    public async Task AnnounceDeal_Anonymous_UnauthorizedAndNothingWritten()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var client = app.CreateClient();

        var response = await client.PostAsJsonAsync($"/api/events/{ev.Slug}/deals", TwoWay(ev), LiveJson.Options);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await using var db = await app.DbFactory.CreateDbContextAsync();
        Assert.Equal(0, await db.Deals.CountAsync());
        Assert.Equal(0, await db.ChangeFeed.CountAsync());
    }

    [Fact]
    public async Task AnnounceDeal_SameKeyTwice_OneDealAndSameAnswer()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var client = await app.CreateClientAsync(StaffRoles.Facilitator);
        var command = TwoWay(ev);

        var first = await client.PostAsJsonAsync($"/api/events/{ev.Slug}/deals", command, LiveJson.Options);
        var retry = await client.PostAsJsonAsync($"/api/events/{ev.Slug}/deals", command, LiveJson.Options);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await retry.Content.ReadAsStringAsync());
        await using var db = await app.DbFactory.CreateDbContextAsync();
        Assert.Equal(1, await db.Deals.CountAsync());
        Assert.Equal(1, await db.ChangeFeed.CountAsync());
    }

    [Fact]
    public async Task AnnounceDeal_TenConcurrentSubmissionsOfOneKey_OneDealTenIdenticalDeals()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var client = await app.CreateClientAsync(StaffRoles.Facilitator);
        var command = TwoWay(ev);

        var responses = await Task.WhenAll(Enumerable.Range(0, 10)
            .Select(_ => client.PostAsJsonAsync($"/api/events/{ev.Slug}/deals", command, LiveJson.Options)));

        Assert.All(responses, r => Assert.True(r.IsSuccessStatusCode, r.StatusCode.ToString()));
        var bodies = await Task.WhenAll(responses.Select(r => r.Content.ReadAsStringAsync()));
        Assert.Single(bodies.Distinct());
        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        await using var db = await app.DbFactory.CreateDbContextAsync();
        Assert.Equal(1, await db.Deals.CountAsync());
    }

    [Theory]
    [InlineData("fr", "Un accord réunit au moins deux organisations différentes.")]
    [InlineData("nl", "Een match brengt minstens twee verschillende organisaties samen.")]
    [InlineData("en", "A deal brings together at least two different organisations.")]
    public async Task AnnounceDeal_OnePartyOnly_LocalizedValidationProblemAndNothingWritten(string language, string message)
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var client = await app.CreateClientAsync(StaffRoles.Facilitator);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        var command = new AnnounceDealCommand(Guid.NewGuid(), [new AnnounceDealParty(ev.Organizations[0], "Des affiches")], [], null);

        var response = await client.PostAsJsonAsync($"/api/events/{ev.Slug}/deals", command, LiveJson.Options);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(message, problem.GetProperty("errors").ToString());
        await using var db = await app.DbFactory.CreateDbContextAsync();
        Assert.Equal(0, await db.Deals.CountAsync());
    }

    [Fact]
    public async Task AnnounceDeal_OrganizationOfAnotherEvent_RefusedAndNothingWritten()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync("namur");
        var other = await app.CreateEventAsync("dinant");
        var client = await app.CreateClientAsync(StaffRoles.Facilitator);
        var command = new AnnounceDealCommand(Guid.NewGuid(),
            [new AnnounceDealParty(ev.Organizations[0], "Des affiches"), new AnnounceDealParty(other.Organizations[1], "Une animation")], [], null);

        var response = await client.PostAsJsonAsync($"/api/events/{ev.Slug}/deals", command, LiveJson.Options);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("ne participe pas à cette bourse", await response.Content.ReadAsStringAsync());
        await using var db = await app.DbFactory.CreateDbContextAsync();
        Assert.Equal(0, await db.Deals.CountAsync());
    }

    [Fact]
    public async Task AnnounceDeal_ListingAlreadyFulfilled_Refused()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var client = await app.CreateClientAsync(StaffRoles.Facilitator);
        await client.PostAsJsonAsync($"/api/events/{ev.Slug}/deals", TwoWay(ev, fulfils: [ev.RequestId]), LiveJson.Options);

        var response = await client.PostAsJsonAsync($"/api/events/{ev.Slug}/deals", TwoWay(ev, fulfils: [ev.RequestId]), LiveJson.Options);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("déjà réalisée", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AnnounceDeal_UnknownEvent_NotFound()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var client = await app.CreateClientAsync(StaffRoles.Facilitator);

        var response = await client.PostAsJsonAsync("/api/events/nowhere/deals", TwoWay(ev), LiveJson.Options);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
