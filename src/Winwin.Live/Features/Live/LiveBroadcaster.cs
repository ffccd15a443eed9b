using Microsoft.AspNetCore.SignalR;

namespace Winwin.Live.Features.Live;

/// <summary>Pushes committed feed entries to the screens of an event.</summary>
public sealed partial class LiveBroadcaster(IHubContext<LiveHub, ILiveClient> hub, ILogger<LiveBroadcaster> logger)
{
    public static string GroupFor(int eventId) => $"event-{eventId}";

    /// <summary>The boards of an event (also in <see cref="GroupFor"/>): what only the big screens show goes to them alone.</summary>
    public static string BoardsGroupFor(int eventId) => $"event-{eventId}-boards";

    /// <summary>
    /// Never throws: the change is already committed, and a screen that misses the push
    /// catches up by <c>Seq</c> when it notices the gap or reconnects.
    /// </summary>
    public async Task PublishAsync(int eventId, FeedEntryDto entry)
    {
        try
        {
            await hub.Clients.Group(GroupFor(eventId)).Change(entry);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogPublishFailed(logger, ex, eventId, entry.Seq);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not push change {Seq} of event {EventId}; screens will resync.")]
    private static partial void LogPublishFailed(ILogger logger, Exception exception, int eventId, long seq);
}
