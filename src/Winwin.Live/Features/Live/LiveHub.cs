using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Localization;

namespace Winwin.Live.Features.Live;

/// <summary>
/// The public real-time hub. Anonymous clients may only read: join an event and receive its changes.
/// </summary>
public sealed class LiveHub(LiveQueries queries, IStringLocalizer<Text> text) : Hub<ILiveClient>
{
    public const string Path = "/hubs/live";

    /// <summary>Joins the event's group; returns the entries after <paramref name="lastSeq"/>, or a snapshot.</summary>
    [PublicRead]
    public async Task<JoinResult> JoinEvent(string slug, long? lastSeq)
    {
        if (!EventSlug.IsValid(slug) || lastSeq < 0)
        {
            throw new HubException(text["error.badRequest"]);
        }
        var eventId = await queries.FindEventIdAsync(slug, Context.ConnectionAborted)
            ?? throw new HubException(text["error.eventNotFound"]);
        // Join first, then read: a change committed in between is both pushed and read, and the client drops the duplicate by Seq.
        await Groups.AddToGroupAsync(Context.ConnectionId, LiveBroadcaster.GroupFor(eventId), Context.ConnectionAborted);
        return await queries.JoinAsync(eventId, lastSeq, Context.ConnectionAborted);
    }
}
