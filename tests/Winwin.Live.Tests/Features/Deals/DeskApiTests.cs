using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Winwin.Data;
using Winwin.Live.Features.Deals;
using Winwin.Live.Features.Live;

namespace Winwin.Live.Tests.Features.Deals;

/// <summary>What the browser desk reads and checks, and the staff signals that keep it live.</summary>
public class DeskApiTests
{
    [Fact]
    public async Task GetDesk_Staff_GetsOrganisationsListingsAndCategoriesWithoutContactData()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var staff = await app.CreateClientAsync(StaffRoles.Facilitator);

        var response = await staff.GetAsync($"/api/events/{ev.Slug}/desk");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        var desk = JsonSerializer.Deserialize<DeskDataDto>(text, LiveJson.Options)!;
        Assert.Equal(4, desk.Organizations.Count);
        Assert.Contains(desk.Organizations, o => o.Name == "Garage Piron" && o.Table == "3");
        Assert.Equal(3, desk.Listings.Count);
        Assert.Contains(desk.Listings, l => l.Id == ev.OfferId && l.Kind == ListingKind.Offer && l.CategoryId == ev.MeansCategoryId);
        Assert.Contains(desk.Categories, c => c.Id == ev.MeansCategoryId && c.Label.Length > 0);
        // A tablet keeps this in its storage: no contact data in it.
        Assert.All(ev.ContactData, contact => Assert.DoesNotContain(contact, text, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task GetDesk_AnonymousOrUnknownEvent_RefusedOrNotFound()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var staff = await app.CreateClientAsync(StaffRoles.Facilitator);

        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().GetAsync($"/api/events/{ev.Slug}/desk")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().GetAsync($"/api/events/{ev.Slug}/desk/deals")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync("/api/events/nulle-part/desk")).StatusCode);
    }

    [Fact]
    public async Task GetDeskDeals_NewestFirst_WithVersionStatusAndWhoRecorded()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var staff = await app.CreateClientAsync(StaffRoles.Facilitator);
        await WinwinApplication.AnnounceAsync(staff, ev, "Des affiches");
        await WinwinApplication.AnnounceAsync(staff, ev, "Un atelier", first: 2, second: 3);

        var deals = (await staff.GetFromJsonAsync<List<DeskDealDto>>($"/api/events/{ev.Slug}/desk/deals", LiveJson.Options))!;

        Assert.Equal([2, 1], deals.Select(d => d.Deal.Number));
        Assert.All(deals, d => Assert.NotEqual(Guid.Empty, d.Version));
        Assert.All(deals, d => Assert.Equal(DealStatus.Announced, d.Deal.Status));
        Assert.All(deals, d => Assert.StartsWith("Staff ", d.RecordedBy, StringComparison.Ordinal));
    }

    [Fact]
    public async Task CheckDeal_MoneyInOneParty_ProblemOnThatPartysFieldOnly_NothingSaved()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var staff = await app.CreateClientAsync(StaffRoles.Facilitator);
        staff.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");

        var response = await staff.PostAsJsonAsync($"/api/events/{ev.Slug}/deals/check",
            new { parties = new object[] { new { organizationId = ev.Organizations[0], gives = "Des affiches" }, new { organizationId = 0, gives = "Un chèque de 200 €" } } });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var check = (await response.Content.ReadFromJsonAsync<DealCheckDto>(LiveJson.Options))!;
        var problem = Assert.Single(check.Problems);
        Assert.Equal("parties[1].gives", problem.Key);
        Assert.Contains("chèque", Assert.Single(problem.Value), StringComparison.Ordinal);
        await using var db = await app.DbFactory.CreateDbContextAsync();
        Assert.Equal(0, await db.Deals.CountAsync());
    }

    [Fact]
    public async Task CheckDeal_IncompleteButClean_NoProblem_AndTooLongIsNamed()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var staff = await app.CreateClientAsync(StaffRoles.Facilitator);

        // One party chosen, nothing wrong in what is typed: the form says what is missing itself.
        var clean = (await (await staff.PostAsJsonAsync($"/api/events/{ev.Slug}/deals/check",
            new { parties = new object[] { new { organizationId = ev.Organizations[0], gives = "Des affiches" } } })).Content.ReadFromJsonAsync<DealCheckDto>(LiveJson.Options))!;
        var tooLong = (await (await staff.PostAsJsonAsync($"/api/events/{ev.Slug}/deals/check",
            new { parties = new object[] { new { organizationId = 1, gives = "x" }, new { organizationId = 2, gives = new string('a', Deal.GivesMaxLength + 1) } }, estimatedValue = -5 })).Content.ReadFromJsonAsync<DealCheckDto>(LiveJson.Options))!;

        Assert.Empty(clean.Problems);
        Assert.Equal(["estimatedValue", "parties[1].gives"], tooLong.Problems.Keys.Order());
    }

    [Fact]
    public async Task CreateListing_FromTheDesk_CreatedPushedAndMoneyRefused()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var staff = await app.CreateClientAsync(StaffRoles.Facilitator);
        var phone = await app.ConnectLiveAsync();
        await phone.JoinAsync(ev.Slug);

        var created = await staff.PostAsJsonAsync($"/api/events/{ev.Slug}/listings",
            new { organizationId = ev.Organizations[2], kind = "offer", categoryId = ev.MeansCategoryId, title = "Prêt de 30 chaises pliantes" }, LiveJson.Options);
        var money = await staff.PostAsJsonAsync($"/api/events/{ev.Slug}/listings",
            new { organizationId = ev.Organizations[2], kind = "offer", categoryId = ev.MeansCategoryId, title = "Un chèque de 500 €" }, LiveJson.Options);
        var anonymous = await app.CreateClient().PostAsJsonAsync($"/api/events/{ev.Slug}/listings",
            new { organizationId = ev.Organizations[2], kind = "offer", categoryId = ev.MeansCategoryId, title = "Des tables" }, LiveJson.Options);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var listing = (await created.Content.ReadFromJsonAsync<ListingDto>(LiveJson.Options))!;
        Assert.Equal(("Prêt de 30 chaises pliantes", ListingKind.Offer, ListingStatus.Open), (listing.Title, listing.Kind, listing.Status));
        var entry = Assert.Single(await phone.WaitForAsync(1));
        Assert.Equal(FeedTypes.ListingUpserted, entry.Type);
        Assert.Equal(HttpStatusCode.BadRequest, money.StatusCode);
        Assert.Contains("chèque", await money.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        await using var db = await app.DbFactory.CreateDbContextAsync();
        Assert.Equal(4, await db.Listings.CountAsync(l => l.EventId == ev.Id));
    }

    [Fact]
    public async Task JoinDesk_Anonymous_Refused()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var anonymous = await app.ConnectLiveAsync();

        await Assert.ThrowsAsync<HubException>(() => anonymous.JoinDeskAsync(ev.Slug));
    }

    [Fact]
    public async Task JoinDesk_Staff_GetsChangesAndStaffSignalsOfPendingDealsAndCalls_PhonesDoNot()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        await app.SetEventAsync(ev.Id, e => e.RequiresRatification = true);
        var staff = await app.CreateClientAsync(StaffRoles.Facilitator);
        var desk = await app.ConnectDeskAsync(await app.SignInCookieAsync(StaffRoles.Facilitator));
        var phone = await app.ConnectLiveAsync();
        var joined = await desk.JoinDeskAsync(ev.Slug);
        await phone.JoinAsync(ev.Slug);

        // A light start: the desk loads its data through the API, not from the public snapshot.
        Assert.NotNull(joined.Snapshot);
        Assert.Empty(joined.Snapshot!.Listings);
        Assert.Empty(joined.Snapshot.Organizations);

        // A pending deal has no public feed entry: only the staff signal tells the desk.
        await WinwinApplication.AnnounceAsync(staff, ev);
        await desk.WaitForSignalAsync(StaffTopic.Deals);
        (await app.CreateClient().PostAsJsonAsync($"/api/events/{ev.Slug}/calls", new { organizationId = ev.Organizations[2], device = Guid.NewGuid().ToString("N") })).EnsureSuccessStatusCode();
        await desk.WaitForSignalAsync(StaffTopic.Calls);

        Assert.Empty(desk.Received);
        Assert.Empty(phone.Received);
        Assert.Empty(phone.StaffSignals);
    }

    [Fact]
    public async Task StaffSignals_WatchedTopic_ReloadRunsAfterTheCommit_OtherTopicsAndRefusalsDoNot()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var staff = await app.CreateClientAsync(StaffRoles.Facilitator);
        var signals = app.Services.GetRequiredService<StaffSignals>();
        var reloads = 0;
        var reloaded = new SemaphoreSlim(0);
        using var watch = signals.Watch(ev.Id, [StaffTopic.Calls], async () =>
        {
            Interlocked.Increment(ref reloads);
            await using var db = await app.DbFactory.CreateDbContextAsync();
            // Run after the commit: the change is already there to be read.
            Assert.Equal(1, await db.FacilitatorCalls.CountAsync());
            reloaded.Release();
        });

        // A refused deal and an announced one: not the watched topic.
        var refused = await staff.PostAsJsonAsync($"/api/events/{ev.Slug}/deals",
            new { idempotencyKey = Guid.NewGuid(), parties = new object[] { new { organizationId = ev.Organizations[0], gives = "500 euros" }, new { organizationId = ev.Organizations[1] } } });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        await WinwinApplication.AnnounceAsync(staff, ev);
        (await app.CreateClient().PostAsJsonAsync($"/api/events/{ev.Slug}/calls", new { organizationId = ev.Organizations[2], device = Guid.NewGuid().ToString("N") })).EnsureSuccessStatusCode();

        Assert.True(await reloaded.WaitAsync(TimeSpan.FromSeconds(5)));
        await Task.Delay(200);
        Assert.Equal(1, reloads);
    }
}
