using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Winwin.Data;
using Winwin.Live.Features.Commands;
using Winwin.Live.Features.Events;
using Winwin.Live.Features.Live;

namespace Winwin.Live.Tests.Features.Events;

public class EventServiceTests
{
    private static readonly DateTime Opening = new(2026, 5, 21, 16, 0, 0, DateTimeKind.Utc);

    private static EventInput Wavre(string? slug = "wavre-2026", DateTime? startsAt = null, DateTime? endsAt = null) =>
        new(slug, "Bourse Winwin de Wavre", "Wavre", "Hall polyvalent", startsAt ?? Opening, endsAt ?? Opening.AddHours(2), "fr");

    private static async Task<int> EventCountAsync(WinwinApplication app)
    {
        await using var db = await app.DbFactory.CreateDbContextAsync();
        return await db.Events.CountAsync();
    }

    private static async Task<Category> CategoryAsync(WinwinApplication app, TestEvent ev, string key)
    {
        await using var db = await app.DbFactory.CreateDbContextAsync();
        return await db.Categories.AsNoTracking().SingleAsync(c => c.EventId == ev.Id && c.Key == key);
    }

    private static async Task<SnapshotDto> SnapshotAsync(WinwinApplication app, string slug) =>
        (await app.CreateClient().GetFromJsonAsync<SnapshotDto>($"/api/events/{slug}/snapshot", LiveJson.Options))!;

    [Fact]
    public async Task CreateAsync_NewSlug_CreatedWithDefaultCategoriesAndPhonePageAnswers()
    {
        await using var app = new WinwinApplication();
        var events = app.Services.GetRequiredService<EventService>();

        var result = await events.CreateAsync(Wavre(), StaffActor.System);

        Assert.True(result.Succeeded);
        Assert.Equal("wavre-2026", result.Value!.Slug);
        Assert.Equal(Category.DefaultKeys, result.Value.Categories.Select(c => c.Key));
        var page = await app.CreateClient().GetAsync("/e/wavre-2026");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Bourse Winwin de Wavre", WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync()));
    }

    [Theory]
    [InlineData("wavre-2026")]
    [InlineData("Wavre-2026")]
    public async Task CreateAsync_TakenSlug_SlugTakenAndNothingCreated(string slug)
    {
        await using var app = new WinwinApplication();
        await app.CreateEventAsync("wavre-2026");
        var events = app.Services.GetRequiredService<EventService>();

        var result = await events.CreateAsync(Wavre(slug), StaffActor.System);

        var error = Assert.Single(result.Errors);
        Assert.Equal((LiveErrors.EventSlugTaken, "wavre-2026", "slug"), (error.Code, error.Argument, error.Field));
        Assert.Equal(1, await EventCountAsync(app));
        await using var db = await app.DbFactory.CreateDbContextAsync();
        Assert.Equal("Bourse Winwin de Namur", (await db.Events.SingleAsync()).Name);
    }

    [Theory]
    [InlineData("Wavre 2026")]
    [InlineData("wavre_2026")]
    [InlineData("wavre--2026")]
    [InlineData("-wavre")]
    [InlineData("bourse-wâvre")]
    public async Task CreateAsync_BadSlug_BadSlugAndNothingCreated(string slug)
    {
        await using var app = new WinwinApplication();
        var events = app.Services.GetRequiredService<EventService>();

        var result = await events.CreateAsync(Wavre(slug), StaffActor.System);

        var error = Assert.Single(result.Errors);
        Assert.Equal((LiveErrors.EventBadSlug, "slug"), (error.Code, error.Field));
        Assert.Equal(0, await EventCountAsync(app));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(0)]
    [InlineData(25)]
    public async Task CreateAsync_EndNotAfterStartOrTooLong_BadTimesAndNothingCreated(int hours)
    {
        await using var app = new WinwinApplication();
        var events = app.Services.GetRequiredService<EventService>();

        var result = await events.CreateAsync(Wavre(endsAt: Opening.AddHours(hours)), StaffActor.System);

        var error = Assert.Single(result.Errors);
        Assert.Equal((LiveErrors.EventBadTimes, "endsAt"), (error.Code, error.Field));
        Assert.Equal(0, await EventCountAsync(app));
    }

    [Fact]
    public async Task CreateAsync_ByACoordinator_EventAndItsAuditLineTogether()
    {
        await using var app = new WinwinApplication();
        var events = app.Services.GetRequiredService<EventService>();
        var claire = new StaffActor("claire-id", "Claire Coordinatrice");

        var result = await events.CreateAsync(Wavre(), claire);
        var taken = await events.CreateAsync(Wavre() with { Name = "Une autre bourse" }, claire);

        Assert.True(result.Succeeded);
        Assert.Equal(LiveErrors.EventSlugTaken, Assert.Single(taken.Errors).Code);
        await using var db = await app.DbFactory.CreateDbContextAsync();
        var ev = await db.Events.SingleAsync();
        var line = Assert.Single(await db.Audit.ToListAsync());
        Assert.Equal(("event.created", ev.Id, "Claire Coordinatrice", "Bourse Winwin de Wavre"), (line.Action, line.EventId!.Value, line.ActorName, line.Subject));
    }

    [Fact]
    public async Task UpdateAsync_StaleVersion_ConflictAndFirstEditStays()
    {
        await using var app = new WinwinApplication();
        var events = app.Services.GetRequiredService<EventService>();
        await events.CreateAsync(Wavre(), StaffActor.System);
        Guid seen;
        await using (var db = await app.DbFactory.CreateDbContextAsync())
        {
            seen = (await db.Events.SingleAsync()).Version;
        }

        var first = await events.UpdateAsync("wavre-2026", seen, Wavre() with { Venue = "Salle du Collège" }, StaffActor.System);
        var second = await events.UpdateAsync("wavre-2026", seen, Wavre() with { Venue = "Place de l'Hôtel de ville" }, StaffActor.System);

        Assert.True(first.Succeeded);
        Assert.Equal(LiveErrors.Conflict, Assert.Single(second.Errors).Code);
        Assert.Equal("Salle du Collège", (await SnapshotAsync(app, "wavre-2026")).Event.Venue);
    }

    [Fact]
    public async Task DeleteCategoryAsync_CategoryUsedByListing_CategoryInUseAndKept()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var events = app.Services.GetRequiredService<EventService>();

        var result = await events.DeleteCategoryAsync(ev.Slug, ev.MeansCategoryId, StaffActor.System);

        var error = Assert.Single(result.Errors);
        Assert.Equal((LiveErrors.CategoryInUse, "means"), (error.Code, error.Argument));
        Assert.Contains("means", (await SnapshotAsync(app, ev.Slug)).Event.Categories.Select(c => c.Key));
    }

    [Fact]
    public async Task DeleteCategoryAsync_CategoryUsedOnlyByDeal_CategoryInUse()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var transport = await CategoryAsync(app, ev, "transport");
        var staff = await app.CreateClientAsync(StaffRoles.Facilitator);
        var command = new Winwin.Live.Features.Deals.AnnounceDealCommand(Guid.NewGuid(),
            [new(ev.Organizations[2], "Une camionnette"), new(ev.Organizations[3], "Des repas")], [], transport.Id);
        (await staff.PostAsJsonAsync($"/api/events/{ev.Slug}/deals", command, LiveJson.Options)).EnsureSuccessStatusCode();

        var result = await app.Services.GetRequiredService<EventService>().DeleteCategoryAsync(ev.Slug, transport.Id, StaffActor.System);

        Assert.Equal(LiveErrors.CategoryInUse, Assert.Single(result.Errors).Code);
    }

    [Fact]
    public async Task DeleteCategoryAsync_UnusedCategory_DeletedAndPushed()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var other = await CategoryAsync(app, ev, "other");
        var live = await app.ConnectLiveAsync();
        await live.JoinAsync(ev.Slug);

        var result = await app.Services.GetRequiredService<EventService>().DeleteCategoryAsync(ev.Slug, other.Id, StaffActor.System);

        Assert.True(result.Succeeded);
        var entry = Assert.Single(await live.WaitForAsync(1));
        Assert.Equal(FeedTypes.EventUpdated, entry.Type);
        Assert.DoesNotContain("other", (await SnapshotAsync(app, ev.Slug)).Event.Categories.Select(c => c.Key));
    }

    [Fact]
    public async Task SetCategoryRetiredAsync_CategoryInUse_GoneFromSnapshotCategoriesWhileItsListingsStay()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var events = app.Services.GetRequiredService<EventService>();
        var live = await app.ConnectLiveAsync();
        await live.JoinAsync(ev.Slug);

        var result = await events.SetCategoryRetiredAsync(ev.Slug, ev.MeansCategoryId, retired: true, StaffActor.System);

        Assert.True(result.Succeeded);
        var entry = Assert.Single(await live.WaitForAsync(1));
        Assert.Equal(FeedTypes.EventUpdated, entry.Type);
        var pushed = entry.Payload.GetProperty("categories").EnumerateArray().Select(c => c.GetProperty("key").GetString());
        Assert.DoesNotContain("means", pushed);
        var snapshot = await SnapshotAsync(app, ev.Slug);
        Assert.Equal(["hands", "knowledge", "visibility", "space", "transport", "other"], snapshot.Event.Categories.Select(c => c.Key));
        Assert.Contains(snapshot.Listings, l => l.Id == ev.OfferId && l.Category.Key == "means");
        Assert.True((await CategoryAsync(app, ev, "means")).IsRetired);
    }

    [Fact]
    public async Task SetCategoryRetiredAsync_RestoredCategory_BackInItsPlace()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var events = app.Services.GetRequiredService<EventService>();
        await events.SetCategoryRetiredAsync(ev.Slug, ev.MeansCategoryId, retired: true, StaffActor.System);

        var result = await events.SetCategoryRetiredAsync(ev.Slug, ev.MeansCategoryId, retired: false, StaffActor.System);

        Assert.True(result.Succeeded);
        Assert.Equal(Category.DefaultKeys, (await SnapshotAsync(app, ev.Slug)).Event.Categories.Select(c => c.Key));
    }

    [Theory]
    [InlineData("Transport")]
    [InlineData("  transport ")]
    [InlineData("Vervoer")]
    [InlineData("Materiel")]
    [InlineData("Practical help")]
    public async Task AddCategoryAsync_NameOfADefaultCategoryInAnyLanguage_Duplicate(string name)
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var events = app.Services.GetRequiredService<EventService>();

        var result = await events.AddCategoryAsync(ev.Slug, name, StaffActor.System);

        var error = Assert.Single(result.Errors);
        Assert.Equal((LiveErrors.CategoryDuplicate, "name"), (error.Code, error.Field));
        Assert.Equal(7, (await SnapshotAsync(app, ev.Slug)).Event.Categories.Count);
    }

    [Fact]
    public async Task AddCategoryAsync_NewName_AddedLastAndThenTaken()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var events = app.Services.GetRequiredService<EventService>();

        var result = await events.AddCategoryAsync(ev.Slug, "Repas et boissons", StaffActor.System);

        Assert.True(result.Succeeded);
        var last = (await SnapshotAsync(app, ev.Slug)).Event.Categories[^1];
        Assert.Equal("Repas et boissons", last.Name);
        Assert.Equal(LiveErrors.CategoryDuplicate, Assert.Single((await events.AddCategoryAsync(ev.Slug, "repas  et BOISSONS", StaffActor.System)).Errors).Code);
    }

    [Fact]
    public async Task AddCategoryAsync_NameAboutMoney_Refused()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();

        var result = await app.Services.GetRequiredService<EventService>().AddCategoryAsync(ev.Slug, "Dons en espèces", StaffActor.System);

        Assert.Equal(DomainErrors.Money, Assert.Single(result.Errors).Code);
    }

    [Fact]
    public async Task AddCategoryAsync_NameAboutMoneyAsATopic_AddedOnceConfirmed()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var events = app.Services.GetRequiredService<EventService>();

        var asked = await events.AddCategoryAsync(ev.Slug, "Budget et subsides", StaffActor.System);
        var confirmed = await events.AddCategoryAsync(ev.Slug, "Budget et subsides", StaffActor.System, confirmMoneyMentions: true);

        Assert.Equal(DomainErrors.MoneyToConfirm, Assert.Single(asked.Errors).Code);
        Assert.True(confirmed.Succeeded);
        Assert.Equal("Budget et subsides", (await SnapshotAsync(app, ev.Slug)).Event.Categories[^1].Name);
    }

    [Fact]
    public async Task RenameCategoryAsync_MoneyChangingHands_RefusedEvenConfirmed()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var events = app.Services.GetRequiredService<EventService>();
        var other = await CategoryAsync(app, ev, "other");

        var result = await events.RenameCategoryAsync(ev.Slug, other.Id, "Dons en espèces", StaffActor.System, confirmMoneyMentions: true);

        Assert.Equal(DomainErrors.Money, Assert.Single(result.Errors).Code);
        Assert.Null((await CategoryAsync(app, ev, "other")).Name);
    }
}
