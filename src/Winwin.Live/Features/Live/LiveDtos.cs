using System.Text.Json;
using System.Text.Json.Serialization;
using Winwin.Data;

namespace Winwin.Live.Features.Live;

// Public payloads: everything here may be seen by anyone at the venue. No contact names, e-mails or phones.

/// <summary>The live counters; <c>Organizations</c> counts those checked in at the venue.</summary>
/// <remarks><c>SocialValue</c> is the total estimated social value of the announced deals, in euros (shown when the event turns it on).</remarks>
public sealed record CountersDto(int Deals, int WinWinDeals, int Organizations, int OpenRequests, decimal SocialValue = 0);

public sealed record CategoryDto(string Key, string? Name);

public sealed record EventDto(string Slug, string Name, string Municipality, string Venue, DateTime StartsAt, DateTime EndsAt, EventPhase Phase,
    string DefaultLanguage, IReadOnlyList<CategoryDto> Categories, bool ShowSocialValue = false, string? BoardSecondLanguage = null,
    BilingualMode BoardBilingualMode = BilingualMode.SideBySide);

public sealed record OrganizationDto(int Id, string Name, OrganizationKind Kind, string? Sector, string? Table, string? Description, string? Website, bool IsPresent);

public sealed record ListingDto(int Id, ListingKind Kind, CategoryDto Category, string Title, string? Description, ListingStatus Status,
    int OrganizationId, string OrganizationName, string? Table)
{
    /// <summary>When it was added (UTC): the board announces an offer or a request added during the event.</summary>
    public DateTime CreatedAt { get; init; }
}

public sealed record DealPartyDto(int OrganizationId, string Name, OrganizationKind Kind, string? Table, string? Gives);

public sealed record DealDto(int Number, DateTime At, bool WinWin, CategoryDto? Category, IReadOnlyList<DealPartyDto> Parties,
    IReadOnlyList<int> Fulfils, DealStatus Status);

/// <summary>A short message from the facilitators to the room. No author: the public sees what was said, not who typed it.</summary>
public sealed record MessageDto(int Id, string Text, DateTime At);

/// <summary>The state of an event at <c>Seq</c>; <c>Messages</c> are the active ones, newest first.</summary>
public sealed record SnapshotDto(EventDto Event, long Seq, CountersDto Counters, IReadOnlyList<DealDto> Deals,
    IReadOnlyList<ListingDto> Listings, IReadOnlyList<OrganizationDto> Organizations, IReadOnlyList<MessageDto> Messages)
{
    /// <summary>The server's clock when the snapshot was taken: screens count down against it, not against their own clock.</summary>
    public DateTime Now { get; init; }

    /// <summary>The event's key on this server, for the server-rendered pages; not part of the public payload.</summary>
    [JsonIgnore]
    public int EventId { get; init; }
}

/// <summary>One committed change as screens receive it: its <c>Seq</c>, what happened, and the counters after it.</summary>
public sealed record FeedEntryDto(long Seq, string Type, DateTime At, JsonElement Payload, CountersDto Counters);

/// <summary>The answer to <c>JoinEvent</c>: either a full snapshot, or the entries after the client's last <c>Seq</c>.</summary>
public sealed record JoinResult(long Seq, SnapshotDto? Snapshot, IReadOnlyList<FeedEntryDto> Entries);

/// <summary>The kinds of feed entries.</summary>
public static class FeedTypes
{
    public const string DealAnnounced = "deal.announced";

    /// <summary>An announced deal was corrected (payload: the deal); screens update it in place.</summary>
    public const string DealUpdated = "deal.updated";

    /// <summary>An announced deal was withdrawn (payload: the deal, status retracted); screens take it off.</summary>
    public const string DealRetracted = "deal.retracted";

    /// <summary>An offer or request was added or changed (payload: the listing).</summary>
    public const string ListingUpserted = "listing.upserted";

    /// <summary>An organisation was added, changed or checked in (payload: the organisation).</summary>
    public const string OrganizationUpserted = "organization.upserted";

    /// <summary>The event's details or categories changed (payload: the event); screens take a fresh snapshot.</summary>
    public const string EventUpdated = "event.updated";

    /// <summary>The closing cue: the board counts the totals up, for the final applause (payload: the counters).</summary>
    public const string BoardReveal = "board.reveal";

    /// <summary>A facilitator posted a message to the room (payload: the message); screens show it on top.</summary>
    public const string MessagePosted = "message.posted";

    /// <summary>A message was taken down, by a facilitator or by a newer one (payload: the message); screens drop it.</summary>
    public const string MessageRemoved = "message.removed";
}

/// <summary>One JSON shape for HTTP, SignalR and the stored feed, so that a replayed entry equals the pushed one.</summary>
public static class LiveJson
{
    public static readonly JsonSerializerOptions Options = Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        if (!options.Converters.OfType<JsonStringEnumConverter>().Any())
        {
            options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        }
        return options;
    }
}
