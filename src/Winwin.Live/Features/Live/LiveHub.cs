using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Localization;
using Winwin.Live.Features.Security;

namespace Winwin.Live.Features.Live;

/// <summary>
/// The public real-time hub. Anonymous clients may only read: join an event and receive its changes.
/// </summary>
public sealed class LiveHub(LiveQueries queries, LiveAudience audience, IStringLocalizer<Text> text) : Hub<ILiveClient>
{
    public const string Path = "/hubs/live";

    /// <summary>
    /// Joins the event's group as a phone; returns the entries after <paramref name="lastSeq"/>, or a snapshot of the feed
    /// (without the listings and organisations, which phones page through <c>/api/events/{slug}/find</c>).
    /// </summary>
    [PublicRead]
    public Task<JoinResult> JoinEvent(string slug, long? lastSeq) => JoinEventAs(slug, lastSeq, Screens.Phone);

    /// <summary>As <see cref="JoinEvent"/>, saying which screen joins (<c>board</c> or <c>phone</c>): phones are counted.</summary>
    [PublicRead]
    public Task<JoinResult> JoinEventAs(string slug, long? lastSeq, string screen) =>
        screen is Screens.Board or Screens.Phone
            ? JoinAsync(slug, lastSeq, screen, device: null)
            : throw new HubException(text["error.badRequest"]);

    /// <summary>
    /// Joins as a phone, with the random id its browser keeps (<paramref name="device"/>: 16 to 64 letters, digits,
    /// <c>-</c> or <c>_</c>): each browser is counted once in the audience however many connections it opens.
    /// </summary>
    [PublicRead]
    public Task<JoinResult> JoinPhone(string slug, long? lastSeq, string device) =>
        DeviceId.IsValid(device)
            ? JoinAsync(slug, lastSeq, Screens.Phone, device)
            : throw new HubException(text["error.badRequest"]);

    private async Task<JoinResult> JoinAsync(string slug, long? lastSeq, string screen, string? device)
    {
        if (!EventSlug.IsValid(slug) || lastSeq < 0)
        {
            throw new HubException(text["error.badRequest"]);
        }
        var eventId = await queries.FindEventIdAsync(slug, Context.ConnectionAborted)
            ?? throw new HubException(text["error.eventNotFound"]);
        // Join first, then read: a change committed in between is both pushed and read, and the client drops the duplicate by Seq.
        await Groups.AddToGroupAsync(Context.ConnectionId, LiveBroadcaster.GroupFor(eventId), Context.ConnectionAborted);
        if (screen == Screens.Board)
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, LiveBroadcaster.BoardsGroupFor(eventId), Context.ConnectionAborted);
        }
        var address = Context.GetHttpContext()?.Connection.RemoteIpAddress?.ToString() ?? "";
        audience.Join(Context.ConnectionId, eventId, phone: screen == Screens.Phone, address, device);
        // A phone pages through the listings and organisations on demand; only the board takes them all.
        var content = screen == Screens.Board ? SnapshotContent.Full : SnapshotContent.Feed;
        return await queries.JoinAsync(eventId, lastSeq, content, Context.ConnectionAborted);
    }

    /// <summary>
    /// A facilitator's desk: the event's changes (to keep its organisations and listings current) and the staff signals
    /// (<see cref="ILiveClient.StaffChange"/>). The desk loads its own data, so a fresh start returns a snapshot without content.
    /// </summary>
    [Authorize(Policy = Accounts.StaffPolicies.Staff)]
    public async Task<JoinResult> JoinDesk(string slug, long? lastSeq)
    {
        if (!EventSlug.IsValid(slug) || lastSeq < 0)
        {
            throw new HubException(text["error.badRequest"]);
        }
        var eventId = await queries.FindEventIdAsync(slug, Context.ConnectionAborted)
            ?? throw new HubException(text["error.eventNotFound"]);
        await Groups.AddToGroupAsync(Context.ConnectionId, LiveBroadcaster.GroupFor(eventId), Context.ConnectionAborted);
        await Groups.AddToGroupAsync(Context.ConnectionId, StaffSignals.GroupFor(eventId), Context.ConnectionAborted);
        return await queries.JoinAsync(eventId, lastSeq, SnapshotContent.Feed, Context.ConnectionAborted);
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        audience.Leave(Context.ConnectionId);
        return base.OnDisconnectedAsync(exception);
    }

    /// <summary>The kinds of screens that join an event.</summary>
    public static class Screens
    {
        public const string Board = "board";
        public const string Phone = "phone";
    }
}
