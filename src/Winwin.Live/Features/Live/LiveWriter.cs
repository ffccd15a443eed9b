using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Winwin.Data;
using Winwin.Live.Features.Commands;

namespace Winwin.Live.Features.Live;

/// <summary>
/// The one write path. A change runs in one transaction with its audit lines and, when screens show it, its
/// change-feed entries (retried as a whole by the provider's execution strategy); after the commit, and only then,
/// the entries are broadcast. Staff-only changes (calls, follow-up, retention, pending deals, accounts) go through
/// the same path without a feed entry.
/// </summary>
/// <remarks>
/// The acting staff member is a parameter of every service method that changes something, and the service writes it
/// on the audit line (<see cref="LiveTransaction.Audit"/>). It is passed, not read from an ambient context: a value
/// that flows by itself (an AsyncLocal set per request or per circuit event) is silently wrong or missing in work that
/// starts elsewhere (a hosted service, a timer, a test calling a service), and an audit line would then name the
/// system instead of the person; a parameter cannot be forgotten without the compiler saying so.
/// </remarks>
public sealed class LiveWriter(IDbContextFactory<WinwinDbContext> dbFactory, IServiceScopeFactory scopes, ChangeFeed feed, LiveBroadcaster broadcaster,
    StaffSignals staff, TimeProvider clock)
{
    // On SQL Server, the gate of the changes that belong to no event (no slug has spaces); on SQLite every change takes the file's gate.
    private const string OutsideEventsGate = "(no event)";

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
                // so that checks made inside a change (idempotency key, next number, duplicate name) stay true until commit,
                // and the event read next carries the last Seq, from which the change's feed entries are numbered.
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
            await staff.PublishAsync([.. transaction.Topics.Select(topic => new StaffChange(transaction.Event.Id, topic))]);
        }
        return result;
    }

    /// <summary>
    /// Runs <paramref name="change"/>, which belongs to no existing event (a new event, a staff account), in one
    /// transaction with its audit lines; nothing is broadcast (no screen shows it). The transaction's context is the
    /// scoped one of a new service scope, which ASP.NET Core Identity's stores resolved from
    /// <see cref="StaffTransaction.Services"/> share: an account change and its audit line commit together.
    /// </summary>
    public async Task<CommandResult<T>> WriteAsync<T>(Func<StaffTransaction, Task<CommandResult<T>>> change, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WinwinDbContext>();
        _sqlite ??= db.Database.IsSqlite();
        var gate = _gates.GetOrAdd(_sqlite.Value ? "" : OutsideEventsGate, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            return await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
            {
                db.ChangeTracker.Clear();
                await using var dbTransaction = await db.Database.BeginTransactionAsync(cancellationToken);
                var result = await change(new StaffTransaction(db, scope.ServiceProvider, clock, cancellationToken));
                if (!result.Succeeded)
                {
                    return result;
                }
                await db.SaveChangesAsync(cancellationToken);
                await dbTransaction.CommitAsync(cancellationToken);
                return result;
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
    }
}
