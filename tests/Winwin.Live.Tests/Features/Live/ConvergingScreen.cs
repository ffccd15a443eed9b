using System.Diagnostics;
using Microsoft.AspNetCore.SignalR.Client;
using Winwin.Live.Features.Live;

namespace Winwin.Live.Tests.Features.Live;

/// <summary>
/// A phone as wwwroot/public/live.js keeps it: entries applied once and in Seq order; a gap, a reconnection or a
/// <c>LatestSeq</c> ahead of it makes it ask for what it missed.
/// </summary>
public sealed class ConvergingScreen
{
    private readonly Lock _gate = new();
    private readonly List<long> _applied = [];
    private readonly Stopwatch _clock;
    private readonly string _slug;
    private long _lastSeq;
    private bool _resyncing;
    private bool _resyncAgain;

    private ConvergingScreen(HubConnection connection, string slug, Stopwatch clock)
    {
        Connection = connection;
        _slug = slug;
        _clock = clock;
        // Handlers run on the connection's receive loop: a resync (a hub call) must not be awaited there.
        connection.On<FeedEntryDto>(nameof(ILiveClient.Change), entry => Apply(entry, pushed: true));
        connection.On<long>(nameof(ILiveClient.LatestSeq), seq =>
        {
            if (seq > LastSeq)
            {
                _ = ResyncAsync();
            }
        });
        connection.Reconnected += _ => ResyncAsync();
    }

    public HubConnection Connection { get; }

    public long LastSeq
    {
        get
        {
            lock (_gate)
            {
                return _lastSeq;
            }
        }
    }

    /// <summary>Every Seq shown, in the order shown.</summary>
    public IReadOnlyList<long> Applied
    {
        get
        {
            lock (_gate)
            {
                return [.. _applied];
            }
        }
    }

    /// <summary>How many entries arrived as pushes, and how many were caught up by a resync.</summary>
    public int Pushed { get; private set; }

    public int CaughtUp { get; private set; }

    /// <summary>When (on the test's clock) the screen last applied an entry.</summary>
    public TimeSpan LastAppliedAt { get; private set; }

    public static async Task<ConvergingScreen> OpenAsync(WinwinApplication app, string slug, Stopwatch clock)
    {
        var screen = new ConvergingScreen(app.BuildLiveConnection(b => b.WithAutomaticReconnect()), slug, clock);
        await screen.Connection.StartAsync();
        await screen.ResyncAsync();
        return screen;
    }

    private void Apply(FeedEntryDto entry, bool pushed)
    {
        lock (_gate)
        {
            if (entry.Seq <= _lastSeq)
            {
                return;
            }
            if (entry.Seq != _lastSeq + 1)
            {
                _ = ResyncAsync();
                return;
            }
            _lastSeq = entry.Seq;
            _applied.Add(entry.Seq);
            LastAppliedAt = _clock.Elapsed;
            if (pushed)
            {
                Pushed++;
            }
            else
            {
                CaughtUp++;
            }
        }
    }

    private async Task ResyncAsync()
    {
        lock (_gate)
        {
            if (_resyncing)
            {
                _resyncAgain = true;
                return;
            }
            _resyncing = true;
        }
        while (true)
        {
            try
            {
                var result = await Connection.InvokeAsync<JoinResult>(nameof(LiveHub.JoinEventAs), _slug, LastSeq, LiveHub.Screens.Phone);
                foreach (var entry in result.Entries)
                {
                    Apply(entry, pushed: false);
                }
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // As the page does: try again a little later.
                await Task.Delay(1000);
                lock (_gate)
                {
                    _resyncAgain = true;
                }
            }
            lock (_gate)
            {
                if (!_resyncAgain)
                {
                    _resyncing = false;
                    return;
                }
                _resyncAgain = false;
            }
        }
    }
}
