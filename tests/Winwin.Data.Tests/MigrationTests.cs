using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Winwin.Data.Seeding;

namespace Winwin.Data.Tests;

public sealed class MigrationTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"winwin-data-{Guid.NewGuid():N}.db");

    private SqliteWinwinDbContext CreateContext() =>
        new(new DbContextOptionsBuilder<SqliteWinwinDbContext>().UseSqlite($"Data Source={_file}").Options);

    [Fact]
    public async Task MigrateAsync_NewFile_CreatesSchemaInWalMode()
    {
        await using var db = CreateContext();

        var journalMode = await DatabaseMigrator.MigrateAsync(db);

        Assert.Equal("wal", journalMode);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(0, await db.Events.CountAsync());
    }

    [Fact]
    public async Task DemoEvent_SavedAndReadBack_KeepsListingsAndUtcTimes()
    {
        await using (var db = CreateContext())
        {
            await DatabaseMigrator.MigrateAsync(db);
            db.Events.Add(DemoEvent.Create(new DateTime(2026, 3, 12, 9, 0, 0, DateTimeKind.Utc)));
            await db.SaveChangesAsync();
        }

        await using var read = CreateContext();
        var ev = await read.Events.Include(e => e.Organizations).SingleAsync();
        var listings = await read.Listings.Where(l => l.EventId == ev.Id).ToListAsync();

        Assert.Equal(DateTimeKind.Utc, ev.StartsAt.Kind);
        Assert.Equal(new DateTime(2026, 3, 12, 17, 0, 0, DateTimeKind.Utc), ev.StartsAt);
        Assert.Equal(20, ev.Organizations.Count);
        Assert.True(listings.Count >= 40);
        Assert.Contains(listings, l => l.Kind == ListingKind.Request);
        Assert.Contains(listings, l => l.Kind == ListingKind.Offer);
    }

    [Fact]
    public async Task ChangeFeed_SameSeqTwice_Refused()
    {
        await using var db = CreateContext();
        await DatabaseMigrator.MigrateAsync(db);
        var ev = new Event { Slug = "feed", Name = "Feed", Municipality = "Namur", Venue = "Salle", Categories = Category.CreateDefaults() };
        db.Events.Add(ev);
        await db.SaveChangesAsync();

        db.ChangeFeed.Add(new ChangeFeedEntry { EventId = ev.Id, Seq = 1, Type = "t", Payload = "{}", Counters = "{}" });
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
        db.ChangeFeed.Add(new ChangeFeedEntry { EventId = ev.Id, Seq = 1, Type = "t", Payload = "{}", Counters = "{}" });

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_file + suffix);
        }
    }
}
