using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;

namespace Winwin.Live.Features.Live;

/// <summary>
/// How many phones follow each event, on this instance. Counts change at every join and leave; the boards
/// are told at most every few seconds, so that hundreds of phones arriving do not flood every screen.
/// </summary>
public sealed partial class LiveAudience(IHubContext<LiveHub, ILiveClient> hub, ILogger<LiveAudience> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(3);

    private readonly ConcurrentDictionary<string, (int EventId, bool Phone)> _connections = new();
    private readonly ConcurrentDictionary<int, byte> _changed = new();

    public void Join(string connectionId, int eventId, bool phone)
    {
        _connections[connectionId] = (eventId, phone);
        _changed[eventId] = 0;
    }

    public void Leave(string connectionId)
    {
        if (_connections.TryRemove(connectionId, out var left))
        {
            _changed[left.EventId] = 0;
        }
    }

    public int Phones(int eventId) => _connections.Values.Count(c => c.EventId == eventId && c.Phone);

    /// <summary>The connections of this instance, by the event they joined.</summary>
    public Dictionary<int, List<string>> ConnectionsByEvent()
    {
        var byEvent = new Dictionary<int, List<string>>();
        foreach (var (connectionId, (eventId, _)) in _connections)
        {
            if (!byEvent.TryGetValue(eventId, out var ids))
            {
                byEvent[eventId] = ids = [];
            }
            ids.Add(connectionId);
        }
        return byEvent;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            foreach (var eventId in _changed.Keys)
            {
                _changed.TryRemove(eventId, out _);
                try
                {
                    // Only the boards show the audience: thousands of phones arriving do not each get a message every few seconds.
                    await hub.Clients.Group(LiveBroadcaster.BoardsGroupFor(eventId)).Audience(Phones(eventId));
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    LogPushFailed(logger, ex, eventId);
                }
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Could not push the audience of event {EventId}.")]
    private static partial void LogPushFailed(ILogger logger, Exception exception, int eventId);
}
