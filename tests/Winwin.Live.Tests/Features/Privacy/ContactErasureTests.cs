using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Winwin.Data;
using Winwin.Live.Features.Commands;
using Winwin.Live.Features.Live;
using Winwin.Live.Features.Privacy;

namespace Winwin.Live.Tests.Features.Privacy;

/// <summary>S8: contact data is erased once the retention period has passed; deals and statistics remain.</summary>
public class ContactErasureTests
{
    // The check is 90 days after the event, the retention 180 days after that.
    private const int DaysToErasure = 90 + 180;

    [Fact]
    public async Task EraseDue_BeforeAndAfterRetentionPeriod_ContactsErasedOnlyAfterDealsAndCountersKept()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var app = new WinwinApplication().WithClock(clock);
        var ev = await app.CreateEventAsync();
        var eraseAt = await EndEventAsync(app, ev, clock.GetUtcNow().UtcDateTime).ContinueWith(t => t.Result.AddDays(DaysToErasure), TaskScheduler.Default);
        var staff = await app.CreateClientAsync(StaffRoles.Facilitator);
        await WinwinApplication.AnnounceAsync(staff, ev);
        var countersBefore = (await staff.GetFromJsonAsync<SnapshotDto>($"/api/events/{ev.Slug}/snapshot", LiveJson.Options))!.Counters;
        var erasure = app.Services.GetRequiredService<ContactErasure>();

        clock.SetUtcNow(eraseAt.AddMinutes(-1));
        var early = await erasure.EraseDueAsync();
        var contactsKept = await ContactValuesAsync(app, ev.Id);
        clock.SetUtcNow(eraseAt.AddMinutes(1));
        var due = await erasure.EraseDueAsync();
        var again = await erasure.EraseDueAsync();

        Assert.Empty(early);
        Assert.Equal(12, contactsKept.Count);
        Assert.Equal([ev.Slug], due);
        Assert.Empty(again);
        Assert.Empty(await ContactValuesAsync(app, ev.Id));
        await using var db = await app.DbFactory.CreateDbContextAsync();
        Assert.Equal(4, await db.Organizations.CountAsync(o => o.EventId == ev.Id && o.ContactsErasedAt != null));
        Assert.Equal(1, await db.Deals.CountAsync(d => d.EventId == ev.Id));
        Assert.Equal(3, await db.Listings.CountAsync(l => l.EventId == ev.Id));
        Assert.Equal(eraseAt.AddMinutes(1), (await db.Events.SingleAsync(e => e.Id == ev.Id)).ContactsErasedAt);
        Assert.Equal(1, await db.Audit.CountAsync(a => a.EventId == ev.Id && a.Action == "event.retentionErased"));
        var countersAfter = (await staff.GetFromJsonAsync<SnapshotDto>($"/api/events/{ev.Slug}/snapshot", LiveJson.Options))!.Counters;
        Assert.Equal(countersBefore, countersAfter);
    }

    [Fact]
    public async Task RetentionWorker_ClockPassesErasureDate_ErasesWithinItsHourlyRound()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var app = new WinwinApplication().WithClock(clock).WithSetting("Winwin:Privacy:RetentionWorker", "true");
        var ev = await app.CreateEventAsync();
        var eraseAt = (await EndEventAsync(app, ev, clock.GetUtcNow().UtcDateTime)).AddDays(DaysToErasure);
        clock.SetUtcNow(eraseAt.AddMinutes(-30));
        var before = (await ContactValuesAsync(app, ev.Id)).Count;

        clock.Advance(ContactRetentionWorker.Interval);
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while ((await ContactValuesAsync(app, ev.Id)).Count > 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        Assert.Equal(12, before);
        Assert.Empty(await ContactValuesAsync(app, ev.Id));
    }

    [Fact]
    public async Task EraseOrganization_OnRequest_OnlyThatOrganizationErasedAndAudited()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var erasure = app.Services.GetRequiredService<ContactErasure>();

        var result = await erasure.EraseOrganizationAsync(ev.Slug, ev.Organizations[1], StaffActor.System);

        Assert.True(result.Succeeded);
        Assert.Equal(3, result.Value!.OrganizationsWithContacts);
        await using var db = await app.DbFactory.CreateDbContextAsync();
        var erased = await db.Organizations.SingleAsync(o => o.Id == ev.Organizations[1]);
        Assert.Null(erased.ContactName);
        Assert.Null(erased.ContactEmail);
        Assert.Null(erased.ContactPhone);
        Assert.NotNull(erased.ContactsErasedAt);
        Assert.Equal("Les Petits Débrouillards", erased.Name);
        Assert.Equal(9, (await ContactValuesAsync(app, ev.Id)).Count);
        Assert.Equal(1, await db.Audit.CountAsync(a => a.Action == "organization.contactsErased" && a.Subject == "Les Petits Débrouillards"));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(Event.MaxRetentionDays + 1)]
    public async Task SetRetention_OutOfRange_RefusedAndUnchanged(int days)
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var erasure = app.Services.GetRequiredService<ContactErasure>();

        var result = await erasure.SetRetentionAsync(ev.Slug, days, StaffActor.System);

        Assert.False(result.Succeeded);
        Assert.Equal(180, (await erasure.GetAsync(ev.Slug))!.RetentionDays);
    }

    [Fact]
    public async Task SetRetention_Shorter_MovesTheErasureDate()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var erasure = app.Services.GetRequiredService<ContactErasure>();

        var result = await erasure.SetRetentionAsync(ev.Slug, 30, StaffActor.System);

        Assert.True(result.Succeeded);
        Assert.Equal(new DateTime(2026, 3, 12, 19, 0, 0, DateTimeKind.Utc).AddDays(90 + 30), result.Value!.EraseAt);
    }

    /// <summary>Moves the test event to end an hour after <paramref name="now"/>; returns its end.</summary>
    private static async Task<DateTime> EndEventAsync(WinwinApplication app, TestEvent ev, DateTime now)
    {
        await using var db = await app.DbFactory.CreateDbContextAsync();
        var entity = await db.Events.SingleAsync(e => e.Id == ev.Id);
        entity.StartsAt = now.AddHours(-1);
        entity.EndsAt = now.AddHours(1);
        await db.SaveChangesAsync();
        return entity.EndsAt;
    }

    private static async Task<List<string>> ContactValuesAsync(WinwinApplication app, int eventId)
    {
        await using var db = await app.DbFactory.CreateDbContextAsync();
        var organizations = await db.Organizations.AsNoTracking().Where(o => o.EventId == eventId).ToListAsync();
        return [.. organizations.SelectMany(o => new[] { o.ContactName, o.ContactEmail, o.ContactPhone }).OfType<string>()];
    }
}
