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

    public Task<SnapshotDto?> GetSnapshotAsync(string slug, CancellationToken cancellationToken = default) =>
        GetSnapshotAsync(slug, SnapshotContent.Full, cancellationToken);

    /// <summary>The event's state at its latest Seq, with the parts in <paramref name="content"/> (the feed, counters and messages always).</summary>
    public async Task<SnapshotDto?> GetSnapshotAsync(string slug, SnapshotContent content, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var ev = await db.Events.AsNoTracking().Include(e => e.Categories).SingleOrDefaultAsync(e => e.Slug == slug, cancellationToken);
        return ev is null ? null : await GetSnapshotAsync(db, ev, content, cancellationToken);
    }

    /// <summary>
    /// The events a visitor may look for: running now, coming up, or over for less than <paramref name="recentDays"/> days;
    /// never archived ones. Public facts only.
    /// </summary>
    public async Task<IReadOnlyList<EventDto>> ListCurrentEventsAsync(int recentDays = 7, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var since = now.AddDays(-recentDays);
        var upcomingSince = now.AddDays(-1);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var events = await db.Events.AsNoTracking().Include(e => e.Categories)
            .Where(e => !e.IsArchived && (e.Phase == EventPhase.Open || e.Phase == EventPhase.LastCall
                || (e.Phase == EventPhase.BeforeOpening && e.EndsAt >= upcomingSince)
                || (e.Phase == EventPhase.Closed && e.EndsAt >= since)))
            .ToListAsync(cancellationToken);
        return [.. events.OrderBy(e => e.StartsAt).Select(e => e.ToDto())];
    }

    public async Task<int?> FindEventIdAsync(string slug, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Events.Where(e => e.Slug == slug).Select(e => (int?)e.Id).SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>
    /// What a (re)joining screen needs: the entries after <paramref name="lastSeq"/>, or a snapshot with the parts in
    /// <paramref name="content"/>.
    /// </summary>
    public async Task<JoinResult> JoinAsync(int eventId, long? lastSeq, SnapshotContent content = SnapshotContent.Full, CancellationToken cancellationToken = default)
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
        var snapshot = await GetSnapshotAsync(db, ev, content, cancellationToken);
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

    private async Task<SnapshotDto> GetSnapshotAsync(WinwinDbContext db, Event ev, SnapshotContent content, CancellationToken cancellationToken)
    {
        // One read transaction so that the Seq matches the rows it describes.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var seq = await db.Events.Where(e => e.Id == ev.Id).Select(e => e.LastSeq).SingleAsync(cancellationToken);
        var deals = await db.Deals.WithDetails()
            .Where(d => d.EventId == ev.Id && d.Status == DealStatus.Announced)
            .OrderByDescending(d => d.Number)
            .Take(SnapshotDeals)
            .ToListAsync(cancellationToken);
        var listings = !content.HasFlag(SnapshotContent.Listings) ? [] : await db.Listings.AsNoTracking()
            .Where(l => l.EventId == ev.Id && l.Status == ListingStatus.Open)
            .Include(l => l.Category)
            .Include(l => l.Organization)
            .OrderBy(l => l.Organization!.Name).ThenBy(l => l.Id)
            .ToListAsync(cancellationToken);
        var organizations = !content.HasFlag(SnapshotContent.Organizations) ? [] : await db.Organizations.AsNoTracking()
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

/// <summary>
/// What a snapshot carries besides the event, the counters, the recent deals and the messages. A phone takes the
/// feed only and pages through the listings and organisations on demand: a big bourse must not weigh on every phone.
/// </summary>
[Flags]
public enum SnapshotContent
{
    Feed = 0,
    Organizations = 1,
    Listings = 2,
    Full = Organizations | Listings,
}
