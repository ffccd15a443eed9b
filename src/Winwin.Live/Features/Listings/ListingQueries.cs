using Microsoft.EntityFrameworkCore;
using Winwin.Data;
using Winwin.Live.Features.Events;
using Winwin.Live.Features.Live;

namespace Winwin.Live.Features.Listings;

/// <summary>
/// One event's offers and requests as staff see them (<see cref="StaffListing"/>, with the version a change needs), read on
/// their own: a script asking for a page does not load the event's organisations and categories with them.
/// </summary>
public sealed class ListingQueries(IDbContextFactory<WinwinDbContext> dbFactory)
{
    /// <summary>The event's listings in the order they were recorded (by id); null when the event does not exist.</summary>
    public async Task<IReadOnlyList<StaffListing>?> ListAsync(string slug, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await EventIdAsync(db, slug, cancellationToken) is not { } eventId)
        {
            return null;
        }
        return await ReadAsync(db.Listings.Where(l => l.EventId == eventId), cancellationToken);
    }

    /// <summary>One listing of the event; null when the event or the listing does not exist.</summary>
    public async Task<StaffListing?> GetAsync(string slug, int id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await EventIdAsync(db, slug, cancellationToken) is { } eventId
            ? (await ReadAsync(db.Listings.Where(l => l.Id == id && l.EventId == eventId), cancellationToken)).SingleOrDefault()
            : null;
    }

    private static async Task<IReadOnlyList<StaffListing>> ReadAsync(IQueryable<Listing> listings, CancellationToken cancellationToken)
    {
        var read = await listings.AsNoTracking().Include(l => l.Organization).Include(l => l.Category).OrderBy(l => l.Id).ToListAsync(cancellationToken);
        return [.. read.Select(EventQueries.StaffListingOf)];
    }

    private static Task<int?> EventIdAsync(WinwinDbContext db, string slug, CancellationToken cancellationToken) =>
        db.Events.Where(e => e.Slug == slug).Select(e => (int?)e.Id).SingleOrDefaultAsync(cancellationToken);
}
