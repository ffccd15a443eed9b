using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Winwin.Data;
using Winwin.Live.Features.Accounts;
using Winwin.Live.Features.Commands;

namespace Winwin.Live.Features.Live;

/// <summary>
/// The one write path. A change runs in one transaction with its change-feed entries (retried as a whole
/// by the provider's execution strategy); after the commit, and only then, the entries are broadcast.
/// </summary>
public sealed class LiveWriter(IDbContextFactory<WinwinDbContext> dbFactory, ChangeFeed feed, LiveBroadcaster broadcaster, TimeProvider clock)
{
    // Writes that would wait for each other in the database wait here instead, in turn and without a thread:
    // SQLite has one writer per file and answers a second one "busy", which Microsoft.Data.Sqlite retries after
    // sleeping 150 ms (a blocked thread, and a tenth of a second added to an announcement that merely overlapped
    // another); SQL Server locks the event's row. So one gate per event, and one for the whole file on SQLite.
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _gates = new();
    private bool? _sqlite;

    /// <summary>
    /// Runs <paramref name="change"/> for the event <paramref name="slug"/>. A refused result rolls everything back;
    /// a concurrent edit of the same row is reported as <see cref="LiveErrors.Conflict"/>, never silently overwritten.
    /// </summary>
    public async Task<CommandResult<T>> WriteAsync<T>(string slug, Func<LiveTransaction, Task<CommandResult<T>>> change, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        CommandResult<T>? result = null;
        LiveTransaction? transaction = null;
        _sqlite ??= db.Database.IsSqlite();
        var gate = _gates.GetOrAdd(_sqlite.Value ? "" : slug, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
            {
                db.ChangeTracker.Clear();
                await using var dbTransaction = await db.Database.BeginTransactionAsync(cancellationToken);
                // Writes to one event take turns: this UPDATE locks the event's row (SQLite already locks the file),
                // so that checks made inside a change (idempotency key, next number, duplicate name) stay true until commit.
                var locked = await db.Events.Where(e => e.Slug == slug)
                    .ExecuteUpdateAsync(s => s.SetProperty(e => e.LastSeq, e => e.LastSeq), cancellationToken);
                var ev = locked == 0 ? null : await db.Events.SingleAsync(e => e.Slug == slug, cancellationToken);
                if (ev is null)
                {
                    result = CommandResult.NotFound<T>();
                    return;
                }
                transaction = new LiveTransaction(db, ev, feed, clock, cancellationToken);
                result = await change(transaction);
                if (!result.Succeeded)
                {
                    return;
                }
                await db.SaveChangesAsync(cancellationToken);
                await dbTransaction.CommitAsync(cancellationToken);
            });
        }
        catch (DbUpdateConcurrencyException)
        {
            return CommandResult.Invalid<T>(new DomainError(LiveErrors.Conflict));
        }
        finally
        {
            gate.Release();
        }
        if (result!.Succeeded && transaction is not null)
        {
            foreach (var entry in transaction.Entries)
            {
                await broadcaster.PublishAsync(transaction.Event.Id, entry);
            }
        }
        return result;
    }
}

/// <summary>A change in progress: its database context, its event, and the feed entries it appends.</summary>
public sealed class LiveTransaction(WinwinDbContext db, Event ev, ChangeFeed feed, TimeProvider clock, CancellationToken cancellationToken)
{
    private readonly List<FeedEntryDto> _entries = [];

    public WinwinDbContext Db { get; } = db;

    public Event Event { get; } = ev;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    public IReadOnlyList<FeedEntryDto> Entries => _entries;

    /// <summary>Who makes this change: the signed-in staff member, else the system.</summary>
    public StaffActor Actor { get; } = StaffContext.Actor;

    /// <summary>The time of this change (UTC), from the injected clock.</summary>
    public DateTime Now { get; } = clock.GetUtcNow().UtcDateTime;

    /// <summary>
    /// Adds a line to the event's audit trail, saved in the same transaction as the change it describes.
    /// <paramref name="action"/> is a stable key (<c>listing.updated</c>) with a text <c>audit.{action}</c> in the resources.
    /// </summary>
    public void Audit(StaffActor actor, string action, string subject, string? details = null) =>
        Db.Audit.Add(AuditTrail.Entry(Event.Id, Now, actor, action, subject, details));

    /// <summary>As <see cref="Audit(StaffActor, string, string, string?)"/>, by <see cref="Actor"/>.</summary>
    public void Audit(string action, string subject, string? details = null) => Audit(Actor, action, subject, details);

    /// <summary>Saves what changed so far, then appends a feed entry describing it (with the counters after it).</summary>
    public async Task AppendAsync<TPayload>(string type, TPayload payload)
    {
        await Db.SaveChangesAsync(CancellationToken);
        _entries.Add(await feed.AppendAsync(Db, Event.Id, type, payload, CancellationToken));
    }

    /// <summary>Saves what changed so far (to obtain generated ids) without a feed entry.</summary>
    public Task SaveAsync() => Db.SaveChangesAsync(CancellationToken);
}
