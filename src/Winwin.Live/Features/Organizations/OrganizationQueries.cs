using Microsoft.EntityFrameworkCore;
using Winwin.Data;
using Winwin.Live.Features.Events;

namespace Winwin.Live.Features.Organizations;

/// <summary>
/// One event's organisations as staff see them (<see cref="StaffOrganization"/>, with the version a change needs), read on
/// their own: a script asking for a page does not load the event's listings and categories with them.
/// </summary>
public sealed class OrganizationQueries(IDbContextFactory<WinwinDbContext> dbFactory)
{
    /// <summary>The event's organisations of a kind and presence (null for any), by name then id; null when the event does not exist.</summary>
    public async Task<IReadOnlyList<StaffOrganization>?> ListAsync(string slug, OrganizationKind? kind, bool? present, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await EventIdAsync(db, slug, cancellationToken) is not { } eventId)
        {
            return null;
        }
        var organizations = await EventQueries.StaffOrganizations(db.Organizations.AsNoTracking()
            .Where(o => o.EventId == eventId && (kind == null || o.Kind == kind) && (present == null || o.IsPresent == present)))
            .ToListAsync(cancellationToken);
        // Ordered here, not by the database's collation: the same order on SQLite and SQL Server, whatever the caller's language.
        return [.. organizations.OrderBy(o => o.Name, StringComparer.InvariantCultureIgnoreCase).ThenBy(o => o.Id)];
    }

    /// <summary>One organisation of the event; null when the event or the organisation does not exist.</summary>
    public async Task<StaffOrganization?> GetAsync(string slug, int id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await EventIdAsync(db, slug, cancellationToken) is { } eventId
            ? await EventQueries.StaffOrganizations(db.Organizations.AsNoTracking().Where(o => o.Id == id && o.EventId == eventId)).SingleOrDefaultAsync(cancellationToken)
            : null;
    }

    private static Task<int?> EventIdAsync(WinwinDbContext db, string slug, CancellationToken cancellationToken) =>
        db.Events.Where(e => e.Slug == slug).Select(e => (int?)e.Id).SingleOrDefaultAsync(cancellationToken);


}
