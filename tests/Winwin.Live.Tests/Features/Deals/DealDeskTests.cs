using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Winwin.Data;
using Winwin.Live.Features.Commands;
using Winwin.Live.Features.Deals;
using Winwin.Live.Features.Live;

namespace Winwin.Live.Tests.Features.Deals;

public class DealDeskTests
{
    private static readonly StaffActor Facilitator = new("f1", "Fatima Facilitatrice");
    private static readonly StaffActor Notary = new("n1", "Nathalie Notaire");

    private static AnnounceDealCommand Command(TestEvent ev, string gives = "500 affiches A3", IReadOnlyList<int>? fulfils = null, decimal? value = null) => new(
        Guid.NewGuid(),
        [new AnnounceDealParty(ev.Organizations[0], gives), new AnnounceDealParty(ev.Organizations[1], "Une animation pour le personnel")],
        fulfils ?? [], ev.MeansCategoryId, value);

    private static Task RequireRatificationAsync(WinwinApplication app, TestEvent ev) => app.SetEventAsync(ev.Id, e => e.RequiresRatification = true);

    private static async Task<Guid> VersionAsync(WinwinApplication app, TestEvent ev, int number)
    {
        await using var db = await app.DbFactory.CreateDbContextAsync();
        return await db.Deals.Where(d => d.EventId == ev.Id && d.Number == number).Select(d => d.Version).SingleAsync();
    }

    [Fact]
    public async Task Ratification_RecordedDeal_WaitsUnseenUntilTheNotaryApproves()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        await RequireRatificationAsync(app, ev);
        var deals = app.Services.GetRequiredService<DealService>();
        var live = await app.ConnectLiveAsync();
        var joined = await live.JoinAsync(ev.Slug);

        var recorded = await deals.AnnounceAsync(ev.Slug, Command(ev, fulfils: [ev.RequestId]), Facilitator);

        Assert.Equal(DealStatus.Pending, recorded.Value!.Status);
        var snapshot = (await live.JoinAsync(ev.Slug)).Snapshot!;
        Assert.Empty(snapshot.Deals);
        Assert.Equal(0, snapshot.Counters.Deals);
        Assert.Equal(2, snapshot.Counters.OpenRequests);

        var approved = await deals.ApproveAsync(ev.Slug, recorded.Value.Number, await VersionAsync(app, ev, 1), Notary);

        Assert.True(approved.Succeeded);
        var entry = Assert.Single(await live.WaitForAsync(1));
        Assert.Equal(joined.Seq + 1, entry.Seq);
        Assert.Equal(FeedTypes.DealAnnounced, entry.Type);
        Assert.Equal(1, entry.Counters.Deals);
        Assert.Equal(1, entry.Counters.OpenRequests);
        await using var db = await app.DbFactory.CreateDbContextAsync();
        var history = await db.DealHistory.OrderBy(h => h.Id).Select(h => new { h.Action, h.ActorName }).ToListAsync();
        Assert.Equal([(DealAction.Recorded, "Fatima Facilitatrice"), (DealAction.Approved, "Nathalie Notaire")], history.Select(h => (h.Action, h.ActorName)));
    }

    [Fact]
    public async Task Ratification_SentBackWithReason_CorrectedThenBackInTheQueue()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        await RequireRatificationAsync(app, ev);
        var deals = app.Services.GetRequiredService<DealService>();
        var recorded = await deals.AnnounceAsync(ev.Slug, Command(ev), Facilitator);

        var returned = await deals.ReturnAsync(ev.Slug, 1, await VersionAsync(app, ev, 1), "Il manque ce que donne l'association", Notary);
        var emptyReason = await deals.ReturnAsync(ev.Slug, 1, await VersionAsync(app, ev, 1), "  ", Notary);
        var corrected = await deals.CorrectAsync(ev.Slug, 1, await VersionAsync(app, ev, 1),
            new CorrectDealCommand([new AnnounceDealParty(ev.Organizations[0], "500 affiches A3"), new AnnounceDealParty(ev.Organizations[1], "Un atelier sciences")], [], ev.MeansCategoryId), Facilitator);

        Assert.Equal(DealStatus.Returned, returned.Value!.Status);
        Assert.Equal(DomainErrors.Required, Assert.Single(emptyReason.Errors).Code);
        Assert.Equal(DealStatus.Pending, corrected.Value!.Status);
        Assert.Equal("Un atelier sciences", corrected.Value.Parties[1].Gives);
        await using var db = await app.DbFactory.CreateDbContextAsync();
        Assert.Equal([DealAction.Recorded, DealAction.Returned, DealAction.Resubmitted],
            await db.DealHistory.OrderBy(h => h.Id).Select(h => h.Action).ToListAsync());
        Assert.Null((await db.Deals.SingleAsync()).StatusReason);
    }

    [Fact]
    public async Task Retract_AnnouncedDeal_ReachesEveryClientCountersFallAndRequestReopens()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var deals = app.Services.GetRequiredService<DealService>();
        await deals.AnnounceAsync(ev.Slug, Command(ev, fulfils: [ev.RequestId]), Facilitator);
        var board = await app.ConnectLiveAsync();
        var phone = await app.ConnectLiveAsync();
        await board.JoinAsync(ev.Slug);
        await phone.JoinAsync(ev.Slug);

        var retracted = await deals.RetractAsync(ev.Slug, 1, await VersionAsync(app, ev, 1), "Enregistré deux fois", Facilitator);

        Assert.True(retracted.Succeeded);
        foreach (var client in new[] { board, phone })
        {
            var entries = await client.WaitForAsync(2);
            var reopened = entries.Single(e => e.Type == FeedTypes.ListingUpserted);
            Assert.Equal(ev.RequestId, reopened.Payload.GetProperty("id").GetInt32());
            Assert.Equal("open", reopened.Payload.GetProperty("status").GetString());
            var retraction = entries.Single(e => e.Type == FeedTypes.DealRetracted);
            Assert.Equal("retracted", retraction.Payload.GetProperty("status").GetString());
            Assert.Equal(0, retraction.Counters.Deals);
            Assert.Equal(2, retraction.Counters.OpenRequests);
        }
        var again = await deals.RetractAsync(ev.Slug, 1, await VersionAsync(app, ev, 1), "encore", Facilitator);
        Assert.Equal(LiveErrors.DealWrongStatus, Assert.Single(again.Errors).Code);
    }

    [Fact]
    public async Task Correct_AnnouncedDeal_UpdatedInPlaceOnEveryClient()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var deals = app.Services.GetRequiredService<DealService>();
        await deals.AnnounceAsync(ev.Slug, Command(ev, "500 afiches"), Facilitator);
        var live = await app.ConnectLiveAsync();
        await live.JoinAsync(ev.Slug);

        var corrected = await deals.CorrectAsync(ev.Slug, 1, await VersionAsync(app, ev, 1),
            new CorrectDealCommand([new AnnounceDealParty(ev.Organizations[0], "500 affiches A3"), new AnnounceDealParty(ev.Organizations[2], "Une camionnette")], [], ev.MeansCategoryId, 250m), Facilitator);

        Assert.True(corrected.Succeeded);
        var entry = Assert.Single(await live.WaitForAsync(1));
        Assert.Equal(FeedTypes.DealUpdated, entry.Type);
        Assert.Equal(1, entry.Payload.GetProperty("number").GetInt32());
        Assert.Equal("Garage Piron", entry.Payload.GetProperty("parties")[1].GetProperty("name").GetString());
        Assert.Equal(1, entry.Counters.Deals);
        await using var db = await app.DbFactory.CreateDbContextAsync();
        var deal = await db.Deals.Include(d => d.History).SingleAsync();
        Assert.Equal(250m, deal.EstimatedValue);
        Assert.Equal("parties, gives, estimatedValue", deal.History.Single(h => h.Action == DealAction.Corrected).Detail);
    }

    [Fact]
    public async Task Correct_TwoFacilitatorsFromTheSameVersion_SecondGetsAConflictAndTheFirstStays()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var deals = app.Services.GetRequiredService<DealService>();
        await deals.AnnounceAsync(ev.Slug, Command(ev), Facilitator);
        var seen = await VersionAsync(app, ev, 1);
        CorrectDealCommand Gives(string text) => new([new AnnounceDealParty(ev.Organizations[0], text), new AnnounceDealParty(ev.Organizations[1], "Une animation")], [], null);

        var first = await deals.CorrectAsync(ev.Slug, 1, seen, Gives("Correction de Fatima"), Facilitator);
        var second = await deals.CorrectAsync(ev.Slug, 1, seen, Gives("Correction de Marc"), new StaffActor("m1", "Marc"));

        Assert.True(first.Succeeded);
        Assert.Equal(LiveErrors.Conflict, Assert.Single(second.Errors).Code);
        await using var db = await app.DbFactory.CreateDbContextAsync();
        Assert.Equal("Correction de Fatima", await db.DealParties.Where(p => p.Position == 0).Select(p => p.Gives).SingleAsync());
    }

    [Fact]
    public async Task Announce_GivesMentioningMoney_ConfirmableErrorThenAnnouncedOnceConfirmed()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var deals = app.Services.GetRequiredService<DealService>();
        var command = Command(ev, "Le défraiement de nos chauffeurs bénévoles");

        var unconfirmed = await deals.AnnounceAsync(ev.Slug, command, Facilitator);
        var confirmed = await deals.AnnounceAsync(ev.Slug, command with { ConfirmMoneyMentions = true }, Facilitator);

        var error = Assert.Single(unconfirmed.Errors);
        Assert.Equal((DomainErrors.MoneyToConfirm, "« défraiement »", "parties[0].gives"), (error.Code, error.Argument, error.Field));
        Assert.True(confirmed.Succeeded);
        await using var db = await app.DbFactory.CreateDbContextAsync();
        Assert.Equal(1, await db.Deals.CountAsync());
    }

    [Fact]
    public async Task Correct_GivesWithMoneyEvenConfirmed_RefusedAndDealUnchanged()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var deals = app.Services.GetRequiredService<DealService>();
        await deals.AnnounceAsync(ev.Slug, Command(ev), Facilitator);
        var original = Command(ev, "200 euros en liquide");

        var result = await deals.CorrectAsync(ev.Slug, 1, await VersionAsync(app, ev, 1),
            new CorrectDealCommand(original.Parties, original.Fulfils, original.CategoryId, null, ConfirmMoneyMentions: true), Facilitator);

        Assert.Equal(DomainErrors.Money, Assert.Single(result.Errors).Code);
        await using var db = await app.DbFactory.CreateDbContextAsync();
        Assert.Equal("500 affiches A3", await db.DealParties.OrderBy(p => p.Position).Select(p => p.Gives).FirstAsync());
    }

    [Fact]
    public async Task Announce_EstimatedValueOutOfRange_RefusedAndNothingWritten()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var deals = app.Services.GetRequiredService<DealService>();

        var result = await deals.AnnounceAsync(ev.Slug, Command(ev, value: -10m), Facilitator);

        Assert.Equal(LiveErrors.DealBadValue, Assert.Single(result.Errors).Code);
        await using var db = await app.DbFactory.CreateDbContextAsync();
        Assert.Equal(0, await db.Deals.CountAsync());
    }

    [Fact]
    public async Task ApproveEndpoint_Facilitator_ForbiddenWhileNotaryMayApprove()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        await RequireRatificationAsync(app, ev);
        var facilitator = await app.CreateClientAsync(StaffRoles.Facilitator);
        var notary = await app.CreateClientAsync(StaffRoles.Notary);
        var recorded = await facilitator.PostAsJsonAsync($"/api/events/{ev.Slug}/deals", Command(ev), LiveJson.Options);
        var version = await VersionAsync(app, ev, 1);

        var byFacilitator = await facilitator.PostAsJsonAsync($"/api/events/{ev.Slug}/deals/1/approve", new { version }, LiveJson.Options);
        var notaryRecords = await notary.PostAsJsonAsync($"/api/events/{ev.Slug}/deals", Command(ev), LiveJson.Options);
        var byNotary = await notary.PostAsJsonAsync($"/api/events/{ev.Slug}/deals/1/approve", new { version }, LiveJson.Options);

        Assert.Equal(HttpStatusCode.Created, recorded.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byFacilitator.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, notaryRecords.StatusCode);
        Assert.Equal(HttpStatusCode.OK, byNotary.StatusCode);
        Assert.Equal("announced", (await byNotary.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("status").GetString());
    }
}
