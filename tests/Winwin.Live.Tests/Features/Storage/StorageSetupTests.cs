using System.Net;
using Microsoft.EntityFrameworkCore;
using Winwin.Data.Seeding;
using Winwin.Live.Features.Storage;

namespace Winwin.Live.Tests.Features.Storage;

public class StorageSetupTests
{
    [Fact]
    public async Task Startup_NewDatabase_MigratedAndInWalMode()
    {
        await using var app = new WinwinApplication();
        _ = app.Server;

        await using var db = await app.DbFactory.CreateDbContextAsync();
        var journalMode = await db.Database.SqlQueryRaw<string>("PRAGMA journal_mode").ToListAsync();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal("wal", Assert.Single(journalMode));
    }

    [Fact]
    public async Task Startup_OutsideDevelopment_NoDemoEvent()
    {
        await using var app = new WinwinApplication();

        var response = await app.CreateClient().GetAsync($"/e/{DemoEvent.Slug}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task SeedDemo_TwiceOnOneDatabase_OneDemoEventWithItsDeals()
    {
        await using var app = new WinwinApplication();

        var first = await StorageSetup.SeedDemoAsync(app.Services);
        var second = await StorageSetup.SeedDemoAsync(app.Services);

        Assert.True(first);
        Assert.False(second);
        await using var db = await app.DbFactory.CreateDbContextAsync();
        Assert.Equal(1, await db.Events.CountAsync(e => e.Slug == DemoEvent.Slug));
        Assert.Equal(DemoEvent.Deals.Count, await db.Deals.CountAsync());
        Assert.Equal(DemoEvent.Deals.Count, await db.ChangeFeed.CountAsync());
    }

    [Fact]
    public async Task SeedRehearsal_BigBourse_LongNamesThreePartyDealsOf300CharactersAndAMessage()
    {
        await using var app = new WinwinApplication();

        Assert.True(await StorageSetup.SeedRehearsalAsync(app.Services, "grande-bourse", organizations: 160, listings: 500));

        await using var db = await app.DbFactory.CreateDbContextAsync();
        var ev = await db.Events.SingleAsync(e => e.Slug == "grande-bourse");
        var names = await db.Organizations.Where(o => o.EventId == ev.Id).Select(o => o.Name).ToListAsync();
        Assert.Equal(160, names.Count);
        Assert.Equal(names.Count, names.Distinct().Count());
        Assert.All(names, name => Assert.InRange(name.Length, 30, Winwin.Data.Organization.NameMaxLength));
        Assert.True(names.Average(n => n.Length) > 60, $"names average {names.Average(n => n.Length):F0} characters");
        Assert.Equal(500, await db.Listings.CountAsync(l => l.EventId == ev.Id && l.Status == Winwin.Data.ListingStatus.Open));
        var deals = await db.Deals.Where(d => d.EventId == ev.Id).Include(d => d.Parties).OrderBy(d => d.Number).ToListAsync();
        var last = deals[^1];
        Assert.Equal(3, last.Parties.Count);
        Assert.All(last.Parties, p => Assert.Equal(Winwin.Data.Deal.GivesMaxLength, p.Gives!.Length));
        Assert.Contains(deals, d => !d.IsReciprocal);
        Assert.Equal(RehearsalEvent.Message, (await db.Messages.SingleAsync(m => m.EventId == ev.Id && m.RemovedAt == null)).Text);
    }
}
