using Microsoft.EntityFrameworkCore;
using Winwin.Data;

namespace Winwin.Live.Features.Live;

/// <summary>Reads the public state of an event: snapshot, counters, feed entries.</summary>
public sealed class LiveQueries(IDbContextFactory<WinwinDbContext> dbFactory, TimeProvider time)
{
    /// <summary>How many recent deals a snapshot carries; the counters hold the totals.</summary>
    public const int SnapshotDeals = 50;

    /// <summary>A client further behind than this gets a snapshot instead of the entries.</summary>
    public const int MaxReplay = 500;

    public async Task<SnapshotDto?> GetSnapshotAsync(string slug, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var ev = await db.Events.AsNoTracking().Include(e => e.Categories).SingleOrDefaultAsync(e => e.Slug == slug, cancellationToken);
        return ev is null ? null : await GetSnapshotAsync(db, ev, cancellationToken);
    }

    public async Task<int?> FindEventIdAsync(string slug, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Events.Where(e => e.Slug == slug).Select(e => (int?)e.Id).SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>What a (re)joining screen needs: the entries after <paramref name="lastSeq"/>, or a snapshot.</summary>
    public Task<JoinResult> JoinAsync(int eventId, long? lastSeq, CancellationToken cancellationToken = default) =>
        JoinAsync(eventId, lastSeq, withContent: true, cancellationToken);

    /// <summary>
    /// The entries after <paramref name="lastSeq"/>, or a snapshot; without <paramref name="withContent"/> the snapshot
    /// carries the event, its counters and its Seq only (for a screen that loads its data elsewhere).
    /// </summary>
    public async Task<JoinResult> JoinAsync(int eventId, long? lastSeq, bool withContent, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var ev = await db.Events.AsNoTracking().Include(e => e.Categories).SingleAsync(e => e.Id == eventId, cancellationToken);
        // A client ahead of the database (restored backup, new database) or far behind starts over.
        if (lastSeq is { } seen && seen <= ev.LastSeq && ev.LastSeq - seen <= MaxReplay)
        {
            var entries = await db.ChangeFeed.AsNoTracking()
                .Where(e => e.EventId == eventId && e.Seq > seen)
                .OrderBy(e => e.Seq)
                .ToListAsync(cancellationToken);
            return new JoinResult(ev.LastSeq, null, [.. entries.Select(ToDto)]);
        }
        var snapshot = withContent
            ? await GetSnapshotAsync(db, ev, cancellationToken)
            : new SnapshotDto(ev.ToDto(), ev.LastSeq, await CountAsync(db, ev.Id, cancellationToken), [], [], [], []) { Now = time.GetUtcNow().UtcDateTime, EventId = ev.Id };
        return new JoinResult(snapshot.Seq, snapshot, []);
    }

    public static async Task<CountersDto> CountAsync(WinwinDbContext db, int eventId, CancellationToken cancellationToken)
    {
        // Computed with every feed entry, inside the writer's transaction: one statement for the four counts.
        var counts = await db.Events.Where(e => e.Id == eventId).Select(e => new
        {
            Deals = db.Deals.Count(d => d.EventId == eventId && d.Status == DealStatus.Announced),
            WinWinDeals = db.Deals.Count(d => d.EventId == eventId && d.Status == DealStatus.Announced && d.IsReciprocal),
            Organizations = db.Organizations.Count(o => o.EventId == eventId && o.IsPresent),
            OpenRequests = db.Listings.Count(l => l.EventId == eventId && l.Kind == ListingKind.Request && l.Status == ListingStatus.Open),
        }).SingleAsync(cancellationToken);
        // SQLite cannot sum decimals: the values of one event's deals are few, they are added here.
        var values = await db.Deals.Where(d => d.EventId == eventId && d.Status == DealStatus.Announced && d.EstimatedValue != null)
            .Select(d => d.EstimatedValue!.Value).ToListAsync(cancellationToken);
        return new CountersDto(counts.Deals, counts.WinWinDeals, counts.Organizations, counts.OpenRequests, values.Sum());
    }

    public static FeedEntryDto ToDto(ChangeFeedEntry entry) => new(
        entry.Seq,
        entry.Type,
        entry.CreatedAt,
        System.Text.Json.JsonSerializer.Deserialize<System.Text.Json.JsonElement>(entry.Payload, LiveJson.Options),
        System.Text.Json.JsonSerializer.Deserialize<CountersDto>(entry.Counters, LiveJson.Options)!);

    private async Task<SnapshotDto> GetSnapshotAsync(WinwinDbContext db, Event ev, CancellationToken cancellationToken)
    {
        // One read transaction so that the Seq matches the rows it describes.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var seq = await db.Events.Where(e => e.Id == ev.Id).Select(e => e.LastSeq).SingleAsync(cancellationToken);
        var deals = await db.Deals.WithDetails()
            .Where(d => d.EventId == ev.Id && d.Status == DealStatus.Announced)
            .OrderByDescending(d => d.Number)
            .Take(SnapshotDeals)
            .ToListAsync(cancellationToken);
        var listings = await db.Listings.AsNoTracking()
            .Where(l => l.EventId == ev.Id && l.Status == ListingStatus.Open)
            .Include(l => l.Category)
            .Include(l => l.Organization)
            .OrderBy(l => l.Organization!.Name).ThenBy(l => l.Id)
            .ToListAsync(cancellationToken);
        var organizations = await db.Organizations.AsNoTracking()
            .Where(o => o.EventId == ev.Id)
            .OrderBy(o => o.Name)
            .ToListAsync(cancellationToken);
        var messages = await db.Messages.AsNoTracking()
            .Where(m => m.EventId == ev.Id && m.RemovedAt == null)
            .OrderByDescending(m => m.CreatedAt).ThenByDescending(m => m.Id)
            .ToListAsync(cancellationToken);
        var counters = await CountAsync(db, ev.Id, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new SnapshotDto(ev.ToDto(), seq, counters,
            [.. deals.Select(d => d.ToDto())],
            [.. listings.Select(l => l.ToDto())],
            [.. organizations.Select(o => o.ToDto())],
            [.. messages.Select(m => m.ToDto())])
        {
            Now = time.GetUtcNow().UtcDateTime,
            EventId = ev.Id,
        };
    }
}
