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
}
