using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;
using Winwin.Data;

namespace Winwin.Live.Features.Live;

/// <summary>
/// Tells the screens of this instance the latest <c>Seq</c> of their event once it has stopped changing. A screen
/// notices a missed push only when the next one shows the gap; when a deal is the last for a while, or the pushes of
/// an outage of the Redis backplane are gone, nothing would show it. The message goes to each local connection
/// directly (SignalR does not route those through the backplane), so screens catch up from the database even while
/// Redis is away. While changes keep coming nothing is sent: the next push reveals any gap.
/// </summary>
public sealed partial class LiveHeartbeat(
    IHubContext<LiveHub, ILiveClient> hub,
    LiveAudience audience,
    IDbContextFactory<WinwinDbContext> dbFactory,
    TimeProvider time,
    ILogger<LiveHeartbeat> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);

    // Per event: the Seq read at the previous tick, and the last one told to the screens.
    private readonly Dictionary<int, long> _previous = [];
    private readonly Dictionary<int, long> _told = [];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await TickAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogTickFailed(logger, ex);
            }
        }
    }

    /// <summary>One round: reads the events' latest Seq and tells the screens of each event that has settled on a new one.</summary>
    public async Task TickAsync(CancellationToken cancellationToken)
    {
        // Every two seconds with thousands of phones: the connections are listed only for an event whose screens are told.
        var eventIds = audience.Events();
        if (eventIds.Count == 0)
        {
            _previous.Clear();
            _told.Clear();
            return;
        }
        Dictionary<int, long> latest;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            latest = await db.Events.Where(e => eventIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => e.LastSeq, cancellationToken);
        }
        foreach (var stale in _previous.Keys.Except(latest.Keys).ToList())
        {
            _previous.Remove(stale);
            _told.Remove(stale);
        }
        foreach (var (eventId, seq) in latest)
        {
            var settled = _previous.TryGetValue(eventId, out var before) && before == seq;
            _previous[eventId] = seq;
            if (!settled || (_told.TryGetValue(eventId, out var told) && told == seq))
            {
                continue;
            }
            _told[eventId] = seq;
            foreach (var connectionId in audience.ConnectionsOf(eventId))
            {
                await hub.Clients.Client(connectionId).LatestSeq(seq);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not tell the screens the latest Seq of their event.")]
    private static partial void LogTickFailed(ILogger logger, Exception exception);
}
