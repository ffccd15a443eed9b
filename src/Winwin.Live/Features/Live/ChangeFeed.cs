using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Winwin.Data;

namespace Winwin.Live.Features.Live;

/// <summary>Appends entries to an event's change feed inside the caller's transaction.</summary>
public sealed class ChangeFeed(TimeProvider time)
{
    /// <summary>
    /// Takes the next <c>Seq</c> of the event, counts, and adds the entry. Call after the change itself
    /// is saved and before the transaction commits: the entry and the change commit together.
    /// </summary>
    public async Task<FeedEntryDto> AppendAsync<TPayload>(WinwinDbContext db, int eventId, string type, TPayload payload, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("A change-feed entry must be written in the transaction of its change.");
        }
        // The UPDATE takes the event's write lock: Seq values are handed out one at a time, without gaps.
        await db.Events.Where(e => e.Id == eventId)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.LastSeq, e => e.LastSeq + 1), cancellationToken);
        var seq = await db.Events.Where(e => e.Id == eventId).Select(e => e.LastSeq).SingleAsync(cancellationToken);
        var counters = await LiveQueries.CountAsync(db, eventId, cancellationToken);
        var payloadElement = JsonSerializer.SerializeToElement(payload, LiveJson.Options);
        var entry = new ChangeFeedEntry
        {
            EventId = eventId,
            Seq = seq,
            Type = type,
            Payload = payloadElement.GetRawText(),
            Counters = JsonSerializer.Serialize(counters, LiveJson.Options),
            CreatedAt = time.GetUtcNow().UtcDateTime,
        };
        db.ChangeFeed.Add(entry);
        await db.SaveChangesAsync(cancellationToken);
        return new FeedEntryDto(seq, type, entry.CreatedAt, payloadElement, counters);
    }
}
