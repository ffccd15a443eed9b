using Microsoft.EntityFrameworkCore;
using Winwin.Data;

namespace Winwin.Live.Features.Audit;

public sealed record AuditEntryDto(long Id, DateTime At, string? EventSlug, string? EventName, string ActorName, string Action, string Subject, string? Details);

/// <summary>What one asks the audit trail: an event (or the accounts, or everything), a person, a text, a period.</summary>
public sealed record AuditFilter(string? EventSlug = null, bool AccountsOnly = false, string? Search = null, DateTime? From = null, DateTime? To = null, int Limit = 500);

public sealed class AuditQueries(IDbContextFactory<WinwinDbContext> dbFactory)
{
    public const int MaxLimit = 2000;

    /// <summary>The newest entries first.</summary>
    public async Task<IReadOnlyList<AuditEntryDto>> ListAsync(AuditFilter filter, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var query = from a in db.Audit.AsNoTracking()
                    join e in db.Events on a.EventId equals e.Id into events
                    from e in events.DefaultIfEmpty()
                    select new { a, Slug = e == null ? null : e.Slug, Name = e == null ? null : e.Name };
        if (filter.AccountsOnly)
        {
            query = query.Where(x => x.a.EventId == null);
        }
        else if (!string.IsNullOrEmpty(filter.EventSlug))
        {
            query = query.Where(x => x.Slug == filter.EventSlug);
        }
        if (filter.From is { } from)
        {
            query = query.Where(x => x.a.At >= from);
        }
        if (filter.To is { } to)
        {
            query = query.Where(x => x.a.At < to);
        }
        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var text = filter.Search.Trim();
            query = query.Where(x => x.a.ActorName.Contains(text) || x.a.Subject.Contains(text) || (x.a.Details != null && x.a.Details.Contains(text)));
        }
        var rows = await query.OrderByDescending(x => x.a.At).ThenByDescending(x => x.a.Id)
            .Take(Math.Clamp(filter.Limit, 1, MaxLimit))
            .ToListAsync(cancellationToken);
        return [.. rows.Select(x => new AuditEntryDto(x.a.Id, x.a.At, x.Slug, x.Name, x.a.ActorName, x.a.Action, x.a.Subject, x.a.Details))];
    }

    public async Task<IReadOnlyList<(string Slug, string Name)>> EventsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var events = await db.Events.AsNoTracking().OrderByDescending(e => e.StartsAt).Select(e => new { e.Slug, e.Name }).ToListAsync(cancellationToken);
        return [.. events.Select(e => (e.Slug, e.Name))];
    }
}
