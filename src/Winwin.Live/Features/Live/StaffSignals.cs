using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;

namespace Winwin.Live.Features.Live;

/// <summary>What part of an event changed, as far as the staff screens are concerned.</summary>
public enum StaffTopic
{
    Deals,
    Listings,
    Organizations,
    Messages,
    Calls,
    Event,
    Registrations,
}

/// <summary>A committed change of an event that the staff screens showing it should pick up.</summary>
public sealed record StaffChange(int EventId, StaffTopic Topic);

/// <summary>
/// Tells the open staff screens of an event that something changed, right after the commit: the control panel's
/// components on this instance (by subscription), the browser desks on every instance (through the hub, and so
/// through the Redis backplane), and the components of the other instances (through <see cref="StaffSignalRelay"/>).
/// Staff screens are pushed this way and never poll.
/// </summary>
public sealed partial class StaffSignals(IHubContext<LiveHub, ILiveClient> hub, ILogger<StaffSignals> logger)
{
    private readonly ConcurrentDictionary<int, ImmutableHandlers> _handlers = new();

    /// <summary>Set by <see cref="StaffSignalRelay"/> when a Redis connection is configured.</summary>
    internal Func<StaffChange, Task>? Relay { get; set; }

    /// <summary>The staff screens of an event (a hub group next to the public one).</summary>
    public static string GroupFor(int eventId) => $"event-{eventId}-staff";

    /// <summary>
    /// Calls <paramref name="handler"/> (on a pool thread) each time something of <paramref name="eventId"/> changes,
    /// until the returned subscription is disposed.
    /// </summary>
    public IDisposable Subscribe(int eventId, Action<StaffChange> handler)
    {
        _handlers.AddOrUpdate(eventId, _ => new ImmutableHandlers([handler]), (_, existing) => existing.With(handler));
        return new Subscription(this, eventId, handler);
    }

    /// <summary>
    /// Runs <paramref name="reload"/> when one of <paramref name="topics"/> of <paramref name="eventId"/> changes: a
    /// burst of changes gives one reload at a time, and one more after it if changes came meanwhile. For a staff
    /// component: dispose the result with the component.
    /// </summary>
    public IDisposable Watch(int eventId, IReadOnlyCollection<StaffTopic> topics, Func<Task> reload)
    {
        var gate = new SemaphoreSlim(1, 1);
        var pending = 0;
        return Subscribe(eventId, change =>
        {
            if (topics.Contains(change.Topic) && Interlocked.Exchange(ref pending, 1) == 0)
            {
                _ = ReloadAsync();
            }
        });

        async Task ReloadAsync()
        {
            await gate.WaitAsync();
            try
            {
                Interlocked.Exchange(ref pending, 0);
                await reload();
            }
            catch (Exception ex) when (ex is ObjectDisposedException or OperationCanceledException)
            {
                // The screen closed meanwhile.
            }
            catch (Exception ex)
            {
                LogHandlerFailed(logger, ex, eventId, topics.First());
            }
            finally
            {
                gate.Release();
            }
        }
    }

    /// <summary>Announces committed changes. Never throws: the change is saved, and a screen that misses this reloads when it reconnects.</summary>
    public async Task PublishAsync(IReadOnlyCollection<StaffChange> changes)
    {
        foreach (var change in changes)
        {
            try
            {
                await hub.Clients.Group(GroupFor(change.EventId)).StaffChange(change.Topic);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogPushFailed(logger, ex, change.EventId, change.Topic);
            }
            Raise(change);
            if (Relay is { } relay)
            {
                try
                {
                    await relay(change);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    LogPushFailed(logger, ex, change.EventId, change.Topic);
                }
            }
        }
    }

    /// <summary>Tells this instance's subscribers only (a change relayed from another instance).</summary>
    internal void Raise(StaffChange change)
    {
        if (!_handlers.TryGetValue(change.EventId, out var handlers))
        {
            return;
        }
        foreach (var handler in handlers.Items)
        {
            try
            {
                handler(change);
            }
            catch (Exception ex)
            {
                LogHandlerFailed(logger, ex, change.EventId, change.Topic);
            }
        }
    }

    private void Unsubscribe(int eventId, Action<StaffChange> handler)
    {
        while (_handlers.TryGetValue(eventId, out var existing))
        {
            var without = existing.Without(handler);
            var done = without.Items.Length == 0
                ? _handlers.TryRemove(new KeyValuePair<int, ImmutableHandlers>(eventId, existing))
                : _handlers.TryUpdate(eventId, without, existing);
            if (done)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not tell the staff screens of event {EventId} that {Topic} changed; they reload when they reconnect.")]
    private static partial void LogPushFailed(ILogger logger, Exception exception, int eventId, StaffTopic topic);

    [LoggerMessage(Level = LogLevel.Error, Message = "A staff screen failed to handle a change of {Topic} in event {EventId}.")]
    private static partial void LogHandlerFailed(ILogger logger, Exception exception, int eventId, StaffTopic topic);

    // Copy on write: publishing walks a stable array while screens come and go.
    private sealed record ImmutableHandlers(Action<StaffChange>[] Items)
    {
        public ImmutableHandlers With(Action<StaffChange> handler) => new([.. Items, handler]);

        public ImmutableHandlers Without(Action<StaffChange> handler) => new([.. Items.Where(h => h != handler)]);
    }

    private sealed class Subscription(StaffSignals owner, int eventId, Action<StaffChange> handler) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                owner.Unsubscribe(eventId, handler);
            }
        }
    }
}
