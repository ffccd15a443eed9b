using System.Text.Json;
using Winwin.Data;

namespace Winwin.Live.Features.Live;

/// <summary>Appends entries to an event's change feed inside the caller's transaction.</summary>
public sealed class ChangeFeed(TimeProvider time)
{
    /// <summary>
    /// Takes the next <c>Seq</c> of the event and adds the entry, to be saved in the transaction of its change (before
    /// it commits: the entry and the change commit together). <paramref name="ev"/> is the writer's tracked event,
    /// whose row the writer locked: Seq values are handed out one at a time, without gaps.
    /// </summary>
    public FeedEntryDto Append<TPayload>(WinwinDbContext db, Event ev, string type, TPayload payload, CountersDto counters)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("A change-feed entry must be written in the transaction of its change.");
        }
        var seq = ++ev.LastSeq;
        var payloadElement = JsonSerializer.SerializeToElement(payload, LiveJson.Options);
        var entry = new ChangeFeedEntry
        {
            EventId = ev.Id,
            Seq = seq,
            Type = type,
            Payload = payloadElement.GetRawText(),
            Counters = JsonSerializer.Serialize(counters, LiveJson.Options),
            CreatedAt = time.GetUtcNow().UtcDateTime,
        };
        db.ChangeFeed.Add(entry);
        return new FeedEntryDto(seq, type, entry.CreatedAt, payloadElement, counters);
    }
}
