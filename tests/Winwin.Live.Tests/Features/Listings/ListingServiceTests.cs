using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Winwin.Data;
using Winwin.Live.Features.Commands;
using Winwin.Live.Features.Events;
using Winwin.Live.Features.Listings;
using Winwin.Live.Features.Live;

namespace Winwin.Live.Tests.Features.Listings;

public class ListingServiceTests
{
    private static async Task<int> CategoryIdAsync(WinwinApplication app, TestEvent ev, string key)
    {
        await using var db = await app.DbFactory.CreateDbContextAsync();
        return await db.Categories.Where(c => c.EventId == ev.Id && c.Key == key).Select(c => c.Id).SingleAsync();
    }

    private static async Task<Listing> ListingAsync(WinwinApplication app, int id)
    {
        await using var db = await app.DbFactory.CreateDbContextAsync();
        return await db.Listings.AsNoTracking().SingleAsync(l => l.Id == id);
    }

    private static async Task<int> FeedCountAsync(WinwinApplication app)
    {
        await using var db = await app.DbFactory.CreateDbContextAsync();
        return await db.ChangeFeed.CountAsync();
    }

    [Fact]
    public async Task CreateAndUpdate_AuditLinesNameTheStaffMemberWhoActed()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var listings = app.Services.GetRequiredService<ListingService>();
        var fatima = new StaffActor("fatima-id", "Fatima Facilitatrice");
        var marc = new StaffActor("marc-id", "Marc Coordinateur");

        var created = await listings.CreateAsync(ev.Slug, new ListingInput(ev.Organizations[0], ListingKind.Offer, ev.MeansCategoryId, "Des affiches", null), fatima);
        var changed = await listings.UpdateAsync(ev.Slug, created.Value!.Id, (await ListingAsync(app, created.Value.Id)).Version,
            new ListingInput(ev.Organizations[0], ListingKind.Offer, ev.MeansCategoryId, "Des affiches A2", null), marc);

        Assert.True(changed.Succeeded);
        await using var db = await app.DbFactory.CreateDbContextAsync();
        var trail = await db.Audit.Where(a => a.Action.StartsWith("listing.")).OrderBy(a => a.Id).Select(a => new { a.Action, a.ActorId, a.ActorName }).ToListAsync();
        Assert.Equal(["listing.created/fatima-id/Fatima Facilitatrice", "listing.updated/marc-id/Marc Coordinateur"], trail.Select(a => $"{a.Action}/{a.ActorId}/{a.ActorName}"));
    }

    [Fact]
    public async Task CreateAsync_TitleAskingForMoney_RefusedWithMoneyRefusedAndNothingWritten()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var listings = app.Services.GetRequiredService<ListingService>();
        var live = await app.ConnectLiveAsync();
        await live.JoinAsync(ev.Slug);

        var result = await listings.CreateAsync(ev.Slug,
            new ListingInput(ev.Organizations[3], ListingKind.Request, ev.MeansCategoryId, "Don de 500 € pour la fête", null), StaffActor.System);

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Errors);
        Assert.Equal((DomainErrors.Money, "title"), (error.Code, error.Field));
        Assert.Contains("500 €", error.Argument);
        await using var db = await app.DbFactory.CreateDbContextAsync();
        Assert.Equal(3, await db.Listings.CountAsync());
        Assert.Equal(0, await db.ChangeFeed.CountAsync());
        await Task.Delay(200);
        Assert.Empty(live.Received);
    }

    [Fact]
    public async Task CreateAsync_MoneyMentionedAsATopic_ConfirmableErrorThenSavedOnceConfirmed()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var listings = app.Services.GetRequiredService<ListingService>();
        var input = new ListingInput(ev.Organizations[1], ListingKind.Request, ev.MeansCategoryId, "Conseils juridiques sur le statut des bénévoles",
            "Nous avons des questions sur l'assurance et le défraiement des bénévoles");

        var unconfirmed = await listings.CreateAsync(ev.Slug, input, StaffActor.System);
        var feedBefore = await FeedCountAsync(app);
        var confirmed = await listings.CreateAsync(ev.Slug, input with { ConfirmMoneyMentions = true }, StaffActor.System);

        var error = Assert.Single(unconfirmed.Errors);
        Assert.Equal((DomainErrors.MoneyToConfirm, "description", "« défraiement »"), (error.Code, error.Field, error.Argument));
        Assert.Equal(0, feedBefore);
        Assert.True(confirmed.Succeeded);
        Assert.Equal(1, await FeedCountAsync(app));
    }

    [Fact]
    public async Task CreateAsync_MoneyInDescriptionOnly_RefusedOnTheDescription()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var listings = app.Services.GetRequiredService<ListingService>();

        var result = await listings.CreateAsync(ev.Slug,
            new ListingInput(ev.Organizations[1], ListingKind.Request, ev.MeansCategoryId, "Un vidéoprojecteur", "Ou un virement pour en acheter un"), StaffActor.System);

        Assert.Equal((DomainErrors.Money, "description"), (Assert.Single(result.Errors).Code, result.Errors[0].Field));
        Assert.Equal(0, await FeedCountAsync(app));
    }

    [Fact]
    public async Task CreateAsync_NormalOffer_PushedToLiveClientAsListingUpsertedWithNextSeq()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var listings = app.Services.GetRequiredService<ListingService>();
        var transport = await CategoryIdAsync(app, ev, "transport");
        var live = await app.ConnectLiveAsync();
        var joined = await live.JoinAsync(ev.Slug);

        var result = await listings.CreateAsync(ev.Slug,
            new ListingInput(ev.Organizations[2], ListingKind.Offer, transport, "  Une camionnette pour un samedi ", "Avec chauffeur"), StaffActor.System);

        Assert.True(result.Succeeded);
        var entry = Assert.Single(await live.WaitForAsync(1));
        Assert.Equal(joined.Seq + 1, entry.Seq);
        Assert.Equal(FeedTypes.ListingUpserted, entry.Type);
        Assert.Equal(result.Value!.Id, entry.Payload.GetProperty("id").GetInt32());
        Assert.Equal("Une camionnette pour un samedi", entry.Payload.GetProperty("title").GetString());
        Assert.Equal("Garage Piron", entry.Payload.GetProperty("organizationName").GetString());
        Assert.Equal("transport", entry.Payload.GetProperty("category").GetProperty("key").GetString());
        // An offer leaves the open requests as they were.
        Assert.Equal(joined.Snapshot!.Counters.OpenRequests, entry.Counters.OpenRequests);
        var payload = entry.Payload.GetRawText();
        Assert.All(ev.ContactData, contact => Assert.DoesNotContain(contact, payload));
    }

    [Fact]
    public async Task CreateAsync_RetiredCategory_RefusedAndNothingWritten()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var transport = await CategoryIdAsync(app, ev, "transport");
        Assert.True((await app.Services.GetRequiredService<EventService>().SetCategoryRetiredAsync(ev.Slug, transport, true, StaffActor.System)).Succeeded);
        var feedBefore = await FeedCountAsync(app);

        var result = await app.Services.GetRequiredService<ListingService>().CreateAsync(ev.Slug,
            new ListingInput(ev.Organizations[2], ListingKind.Offer, transport, "Une camionnette", null), StaffActor.System);

        Assert.Equal(LiveErrors.UnknownCategory, Assert.Single(result.Errors).Code);
        Assert.Equal(feedBefore, await FeedCountAsync(app));
    }

    [Fact]
    public async Task CreateAsync_OrganizationOfAnotherEvent_Refused()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync("namur");
        var other = await app.CreateEventAsync("dinant");

        var result = await app.Services.GetRequiredService<ListingService>().CreateAsync(ev.Slug,
            new ListingInput(other.Organizations[0], ListingKind.Offer, ev.MeansCategoryId, "Des affiches", null), StaffActor.System);

        Assert.Equal((LiveErrors.UnknownOrganization, "organizationId"), (Assert.Single(result.Errors).Code, result.Errors[0].Field));
    }

    [Fact]
    public async Task UpdateAsync_TwoEditsFromSameOldVersion_SecondGetsConflictAndFirstEditStays()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var listings = app.Services.GetRequiredService<ListingService>();
        var seen = (await ListingAsync(app, ev.OfferId)).Version;

        var first = await listings.UpdateAsync(ev.Slug, ev.OfferId, seen,
            new ListingInput(ev.Organizations[0], ListingKind.Offer, ev.MeansCategoryId, "300 affiches A2", null), StaffActor.System);
        var second = await listings.UpdateAsync(ev.Slug, ev.OfferId, seen,
            new ListingInput(ev.Organizations[0], ListingKind.Offer, ev.MeansCategoryId, "1000 flyers A5", null), StaffActor.System);

        Assert.True(first.Succeeded);
        Assert.False(second.Succeeded);
        Assert.Equal(LiveErrors.Conflict, Assert.Single(second.Errors).Code);
        var stored = await ListingAsync(app, ev.OfferId);
        Assert.Equal("300 affiches A2", stored.Title);
        Assert.NotEqual(seen, stored.Version);
        Assert.Equal(1, await FeedCountAsync(app));
    }

    [Fact]
    public async Task UpdateAsync_LatestVersion_SavedAndPushed()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var listings = app.Services.GetRequiredService<ListingService>();
        var live = await app.ConnectLiveAsync();
        await live.JoinAsync(ev.Slug);
        var first = await listings.UpdateAsync(ev.Slug, ev.OfferId, (await ListingAsync(app, ev.OfferId)).Version,
            new ListingInput(ev.Organizations[0], ListingKind.Offer, ev.MeansCategoryId, "300 affiches A2", null), StaffActor.System);

        var second = await listings.UpdateAsync(ev.Slug, ev.OfferId, (await ListingAsync(app, ev.OfferId)).Version,
            new ListingInput(ev.Organizations[0], ListingKind.Offer, ev.MeansCategoryId, "300 affiches A2 en couleur", null), StaffActor.System);

        Assert.True(first.Succeeded);
        Assert.True(second.Succeeded);
        var entries = await live.WaitForAsync(2);
        Assert.Equal("300 affiches A2 en couleur", entries[^1].Payload.GetProperty("title").GetString());
        Assert.Equal(entries[0].Seq + 1, entries[1].Seq);
    }

    [Fact]
    public async Task SetStatusAsync_RequestFulfilled_OpenRequestsCounterDecreasesAndLeavesSnapshot()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var listings = app.Services.GetRequiredService<ListingService>();
        var live = await app.ConnectLiveAsync();
        var joined = await live.JoinAsync(ev.Slug);

        var result = await listings.SetStatusAsync(ev.Slug, ev.RequestId, (await ListingAsync(app, ev.RequestId)).Version, ListingStatus.Fulfilled, StaffActor.System);

        Assert.True(result.Succeeded);
        Assert.Equal(2, joined.Snapshot!.Counters.OpenRequests);
        var entry = Assert.Single(await live.WaitForAsync(1));
        Assert.Equal(FeedTypes.ListingUpserted, entry.Type);
        Assert.Equal("fulfilled", entry.Payload.GetProperty("status").GetString());
        Assert.Equal(1, entry.Counters.OpenRequests);
        var snapshot = await app.Services.GetRequiredService<LiveQueries>().GetSnapshotAsync(ev.Slug);
        Assert.Equal(1, snapshot!.Counters.OpenRequests);
        Assert.DoesNotContain(snapshot.Listings, l => l.Id == ev.RequestId);
    }

    [Fact]
    public async Task SetStatusAsync_StaleVersion_ConflictAndStatusUnchanged()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var listings = app.Services.GetRequiredService<ListingService>();
        var seen = (await ListingAsync(app, ev.RequestId)).Version;
        await listings.UpdateAsync(ev.Slug, ev.RequestId, seen,
            new ListingInput(ev.Organizations[1], ListingKind.Request, ev.MeansCategoryId, "Affiches pour notre festival d'été", null), StaffActor.System);

        var result = await listings.SetStatusAsync(ev.Slug, ev.RequestId, seen, ListingStatus.Withdrawn, StaffActor.System);

        Assert.Equal(LiveErrors.Conflict, Assert.Single(result.Errors).Code);
        Assert.Equal(ListingStatus.Open, (await ListingAsync(app, ev.RequestId)).Status);
    }

    [Fact]
    public async Task SetStatusAsync_UnknownListing_NotFound()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();

        var result = await app.Services.GetRequiredService<ListingService>().SetStatusAsync(ev.Slug, 9_999, Guid.NewGuid(), ListingStatus.Fulfilled, StaffActor.System);

        Assert.True(result.IsNotFound);
    }
}
