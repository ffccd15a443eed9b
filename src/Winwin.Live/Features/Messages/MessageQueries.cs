using Microsoft.EntityFrameworkCore;
using Winwin.Data;

namespace Winwin.Live.Features.Messages;

/// <summary>A message as staff see it: with who posted it. Never sent to public surfaces.</summary>
public sealed record StaffMessage(int Id, string Text, DateTime At, string CreatedBy);

/// <summary>Reads of the facilitators' messages for the control panel.</summary>
public sealed class MessageQueries(IDbContextFactory<WinwinDbContext> dbFactory)
{
    /// <summary>The messages on the screens of an event, newest first.</summary>
    public async Task<IReadOnlyList<StaffMessage>> ActiveAsync(int eventId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await Active(db, eventId).AsNoTracking()
            .Select(m => new StaffMessage(m.Id, m.Text, m.CreatedAt, m.CreatedByName))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The messages on the screens of an event found by its slug, newest first; null when there is no such event.</summary>
    public async Task<IReadOnlyList<StaffMessage>?> ActiveAsync(string slug, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var eventId = await db.Events.Where(e => e.Slug == slug).Select(e => (int?)e.Id).SingleOrDefaultAsync(cancellationToken);
        return eventId is { } id ? await ActiveAsync(id, cancellationToken) : null;
    }

    /// <summary>The messages not taken down, newest first: the order of the screens' banner.</summary>
    internal static IQueryable<BoardMessage> Active(WinwinDbContext db, int eventId) =>
        db.Messages.Where(m => m.EventId == eventId && m.RemovedAt == null)
            .OrderByDescending(m => m.CreatedAt).ThenByDescending(m => m.Id);
}
