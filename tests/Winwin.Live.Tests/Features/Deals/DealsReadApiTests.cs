using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Winwin.Data;
using Winwin.Live.Features.Deals;
using Winwin.Live.Features.Live;

namespace Winwin.Live.Tests.Features.Deals;

/// <summary>The deals as a script reads them: <c>GET /api/events/{slug}/deals</c> (paged, filtered) and <c>GET .../deals/{number}</c>.</summary>
public class DealsReadApiTests
{
    private static async Task<DealsApi.DealsPage> PageAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<DealsApi.DealsPage>(LiveJson.Options))!;
    }

    private static async Task<StaffDeal> DealAsync(HttpClient client, TestEvent ev, int number)
    {
        var response = await client.GetAsync($"/api/events/{ev.Slug}/deals/{number}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<StaffDeal>(LiveJson.Options))!;
    }

    private static async Task AnnounceManyAsync(HttpClient staff, TestEvent ev, int count)
    {
        for (var i = 0; i < count; i++)
        {
            await WinwinApplication.AnnounceAsync(staff, ev, $"Des affiches, lot {i + 1}");
        }
    }

    private static async Task RetractAsync(HttpClient staff, TestEvent ev, int number)
    {
        var deal = await DealAsync(staff, ev, number);
        var response = await staff.PostAsJsonAsync($"/api/events/{ev.Slug}/deals/{number}/retract",
            new DealsApi.DealChange(deal.Version, "Encodé deux fois"), LiveJson.Options);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task ListDeals_FollowingNextOverThreePages_EveryDealOnceByNumberWithVersionAndNoContactData()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var staff = await app.CreateClientAsync(StaffRoles.Facilitator);
        await AnnounceManyAsync(staff, ev, 5);

        var first = await PageAsync(staff, $"/api/events/{ev.Slug}/deals?pageSize=2");
        // A deal recorded while the script pages comes last, on a later page: nothing read so far moves.
        await WinwinApplication.AnnounceAsync(staff, ev, "Une remorque");
        var second = await PageAsync(staff, first.Next!);
        var third = await PageAsync(staff, second.Next!);

        Assert.Equal([1, 2], first.Items.Select(d => d.Deal.Number));
        Assert.Equal(5, first.Total);
        Assert.Equal(2, first.NextAfter);
        Assert.Equal([3, 4], second.Items.Select(d => d.Deal.Number));
        Assert.Equal([5, 6], third.Items.Select(d => d.Deal.Number));
        Assert.Equal(6, third.Total);
        Assert.Null(third.Next);
        Assert.Null(third.NextAfter);
        var all = first.Items.Concat(second.Items).Concat(third.Items).ToList();
        Assert.All(all, d => Assert.NotEqual(Guid.Empty, d.Version));
        Assert.Equal(6, all.Select(d => d.Version).Distinct().Count());
        var sixth = all[^1];
        Assert.Equal(DealStatus.Announced, sixth.Deal.Status);
        Assert.Equal(["Une remorque", "Une animation"], sixth.Deal.Parties.Select(p => p.Gives));
        Assert.Equal(["Imprimerie Gilson", "Les Petits Débrouillards"], sixth.Deal.Parties.Select(p => p.Name));
        var body = await staff.GetStringAsync($"/api/events/{ev.Slug}/deals?pageSize=200");
        Assert.All(ev.ContactData, contact => Assert.DoesNotContain(contact, body));
    }

    [Fact]
    public async Task ListDeals_FulfilledListings_ListedWithTheDeal()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var staff = await app.CreateClientAsync(StaffRoles.Coordinator);
        var command = new AnnounceDealCommand(Guid.NewGuid(),
            [new AnnounceDealParty(ev.Organizations[0], "500 affiches A3"), new AnnounceDealParty(ev.Organizations[1], "Une animation")],
            [ev.OfferId, ev.RequestId], ev.MeansCategoryId, 250m);
        (await staff.PostAsJsonAsync($"/api/events/{ev.Slug}/deals", command, LiveJson.Options)).EnsureSuccessStatusCode();

        var deal = Assert.Single((await PageAsync(staff, $"/api/events/{ev.Slug}/deals")).Items);

        Assert.Equal(new[] { ev.OfferId, ev.RequestId }.Order(), deal.Deal.Fulfils);
        Assert.Equal(250m, deal.EstimatedValue);
        Assert.Equal(ev.MeansCategoryId, deal.CategoryId);
    }

    [Fact]
    public async Task ListDeals_StatusAndSince_OnlyMatchingDealsCountedInTotal()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var staff = await app.CreateClientAsync(StaffRoles.Facilitator);
        await AnnounceManyAsync(staff, ev, 4);
        await RetractAsync(staff, ev, 2);
        await app.SetEventAsync(ev.Id, e => e.RequiresRatification = true);
        await WinwinApplication.AnnounceAsync(staff, ev, "Des chaises");

        var retracted = await PageAsync(staff, $"/api/events/{ev.Slug}/deals?status=retracted");
        var announcedSince1 = await PageAsync(staff, $"/api/events/{ev.Slug}/deals?status=Announced&since=1");
        var pending = await PageAsync(staff, $"/api/events/{ev.Slug}/deals?status=pending");
        var two = await PageAsync(staff, $"/api/events/{ev.Slug}/deals?status=retracted,pending");
        var repeated = await PageAsync(staff, $"/api/events/{ev.Slug}/deals?status=retracted&status=pending&pageSize=1");

        Assert.Equal([2], retracted.Items.Select(d => d.Deal.Number));
        Assert.Equal("Encodé deux fois", retracted.Items[0].StatusReason);
        Assert.Equal([3, 4], announcedSince1.Items.Select(d => d.Deal.Number));
        Assert.Equal(2, announcedSince1.Total);
        Assert.Equal([5], pending.Items.Select(d => d.Deal.Number));
        Assert.Equal([2, 5], two.Items.Select(d => d.Deal.Number));
        Assert.Equal([2], repeated.Items.Select(d => d.Deal.Number));
        Assert.Equal(2, repeated.Total);
        // The next link keeps the filters.
        Assert.Equal([5], (await PageAsync(staff, repeated.Next!)).Items.Select(d => d.Deal.Number));
    }

    [Fact]
    public async Task GetDeal_VersionUsedByACorrection_CorrectedAndTheOldVersionThenRefusedWith409()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var staff = await app.CreateClientAsync(StaffRoles.Facilitator);
        await WinwinApplication.AnnounceAsync(staff, ev);
        var seen = await DealAsync(staff, ev, 1);
        var correction = new CorrectDealCommand(
            [new AnnounceDealParty(ev.Organizations[0], "800 affiches A3"), new AnnounceDealParty(ev.Organizations[1], "Une animation")], [], null);

        var corrected = await staff.PutAsJsonAsync($"/api/events/{ev.Slug}/deals/1", new DealsApi.DealCorrection(seen.Version, correction), LiveJson.Options);
        var stale = await staff.PutAsJsonAsync($"/api/events/{ev.Slug}/deals/1",
            new DealsApi.DealCorrection(seen.Version, correction with { Parties = [.. correction.Parties.Select(p => p with { Gives = "Rien" })] }),
            LiveJson.Options);

        Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("application/problem+json", stale.Content.Headers.ContentType?.MediaType);
        var problem = await stale.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(409, problem.GetProperty("status").GetInt32());
        Assert.Contains("Quelqu'un d'autre vient de modifier", problem.GetProperty("detail").GetString());
        var now = await DealAsync(staff, ev, 1);
        Assert.NotEqual(seen.Version, now.Version);
        Assert.Equal("800 affiches A3", now.Deal.Parties[0].Gives);
        Assert.Contains(now.History, h => h.Action == DealAction.Corrected);
        // The new version is the one the list gives too.
        Assert.Equal(now.Version, Assert.Single((await PageAsync(staff, $"/api/events/{ev.Slug}/deals")).Items).Version);
    }

    [Theory]
    [InlineData("/api/events/bourse/deals/7")]
    [InlineData("/api/events/nowhere/deals/1")]
    [InlineData("/api/events/nowhere/deals")]
    public async Task Deals_UnknownDealOrEvent_404ProblemJson(string url)
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var staff = await app.CreateClientAsync(StaffRoles.Facilitator);
        await WinwinApplication.AnnounceAsync(staff, ev);

        var response = await staff.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(404, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetInt32());
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    [InlineData(StaffRoles.Notary, HttpStatusCode.Forbidden)]
    public async Task Deals_AnonymousOrNotary_Refused(string? role, HttpStatusCode expected)
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        await WinwinApplication.AnnounceAsync(await app.CreateClientAsync(StaffRoles.Facilitator), ev);
        var client = role is null ? app.CreateClient() : await app.CreateClientAsync(role);

        var list = await client.GetAsync($"/api/events/{ev.Slug}/deals");
        var one = await client.GetAsync($"/api/events/{ev.Slug}/deals/1");

        Assert.Equal(expected, list.StatusCode);
        Assert.Equal(expected, one.StatusCode);
        Assert.DoesNotContain("Des affiches", await list.Content.ReadAsStringAsync());
        Assert.DoesNotContain("Des affiches", await one.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("fr", "La taille de page va de 1 à 200.", "« vendu » n'est pas un état d'accord", "Un numéro d'accord vaut 0 ou plus.")]
    [InlineData("nl", "De paginagrootte ligt tussen 1 en 200.", "'vendu' is geen status van een match", "Een matchnummer is 0 of meer.")]
    [InlineData("en", "The page size is from 1 to 200.", "'vendu' is not a deal status", "A deal number is 0 or more.")]
    public async Task ListDeals_BadPageSizeUnknownStatusNegativeSince_LocalisedValidationProblem(string language, string pageSize, string status, string since)
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var staff = await app.CreateClientAsync(StaffRoles.Facilitator);
        staff.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);

        var response = await staff.GetAsync($"/api/events/{ev.Slug}/deals?pageSize=0&status=announced,vendu&since=-1");
        var tooBig = await staff.GetAsync($"/api/events/{ev.Slug}/deals?pageSize=201");
        var byNumber = await staff.GetAsync($"/api/events/{ev.Slug}/deals?status=2");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(pageSize, errors.GetProperty("pageSize")[0].GetString());
        Assert.StartsWith(status, errors.GetProperty("status")[0].GetString());
        Assert.Equal(since, errors.GetProperty("since")[0].GetString());
        Assert.Equal(HttpStatusCode.BadRequest, tooBig.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, byNumber.StatusCode);
    }

    [Fact]
    public async Task AnnounceDeal_NumberSentAsString_RefusedAndNothingWritten()
    {
        // The API reads numbers as JSON numbers only, as its OpenAPI document says.
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var staff = await app.CreateClientAsync(StaffRoles.Facilitator);
        var json = $$"""
            { "idempotencyKey": "{{Guid.NewGuid()}}", "parties": [ { "organizationId": "{{ev.Organizations[0]}}", "gives": "Des affiches" },
              { "organizationId": {{ev.Organizations[1]}}, "gives": "Une animation" } ], "fulfils": [] }
            """;

        var response = await staff.PostAsync($"/api/events/{ev.Slug}/deals", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await using var db = await app.DbFactory.CreateDbContextAsync();
        Assert.Equal(0, await db.Deals.CountAsync());
    }
}
