using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Winwin.Data;

namespace Winwin.Live.Features.Report;

/// <summary>The report of one event and the key figures of every edition of the same municipality, oldest first.</summary>
public sealed record ReportView(ImpactReport Report, IReadOnlyList<EditionFigures> Editions);

/// <summary>Reads what the report needs from the database and hands it to the <see cref="ReportCalculator"/>.</summary>
public sealed class ReportQueries(IDbContextFactory<WinwinDbContext> dbFactory, IStringLocalizer<Text> text)
{
    public async Task<ReportView?> GetAsync(string slug, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var events = await db.Events.AsNoTracking()
            .Select(e => new { e.Id, e.Slug, e.Municipality, e.StartsAt })
            .ToListAsync(cancellationToken);
        var current = events.SingleOrDefault(e => e.Slug == slug);
        if (current is null)
        {
            return null;
        }
        var report = ReportCalculator.Compute(await LoadAsync(db, current.Id, cancellationToken));
        // The same municipality however it was typed: "Wavre", "wavre ", "WAVRE".
        var municipality = TextKey.NameKey(current.Municipality);
        var editions = new List<EditionFigures>();
        foreach (var edition in events.Where(e => TextKey.NameKey(e.Municipality) == municipality).OrderBy(e => e.StartsAt))
        {
            editions.Add(edition.Id == current.Id
                ? EditionFigures.Of(report)
                : EditionFigures.Of(ReportCalculator.Compute(await LoadAsync(db, edition.Id, cancellationToken))));
        }
        return new ReportView(report, editions);
    }

    /// <summary>
    /// The facts one event's report is computed from (its announced deals with what each party gives), for another reader of
    /// the same figures: the public results compute them with the same <see cref="ReportCalculator"/>. Null for an unknown event.
    /// </summary>
    public async Task<ReportInput?> GetInputAsync(string slug, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var id = await db.Events.AsNoTracking().Where(e => e.Slug == slug).Select(e => (int?)e.Id).SingleOrDefaultAsync(cancellationToken);
        return id is { } eventId ? await LoadAsync(db, eventId, cancellationToken) : null;
    }

    private async Task<ReportInput> LoadAsync(WinwinDbContext db, int eventId, CancellationToken cancellationToken)
    {
        var ev = await db.Events.AsNoTracking().Where(e => e.Id == eventId)
            .Select(e => new ReportEvent(e.Slug, e.Name, e.Municipality, e.Venue, e.StartsAt, e.EndsAt))
            .SingleAsync(cancellationToken);
        var organizations = await db.Organizations.AsNoTracking().Where(o => o.EventId == eventId)
            .Select(o => new ReportOrganization(o.Id, o.Name, o.Kind, o.Sector, o.ShowInReport))
            .ToListAsync(cancellationToken);
        var listings = await db.Listings.AsNoTracking().Where(l => l.EventId == eventId)
            .Select(l => new ReportListing(l.OrganizationId, l.Kind, l.Status))
            .ToListAsync(cancellationToken);
        var deals = await db.Deals.AsNoTracking().AsSplitQuery()
            .Include(d => d.Category).Include(d => d.Parties)
            .Where(d => d.EventId == eventId && d.Status == DealStatus.Announced)
            .OrderBy(d => d.Number)
            .ToListAsync(cancellationToken);
        return new ReportInput(ev, organizations, listings,
            [.. deals.Select(d => new ReportDeal(d.Number, d.RecordedAt, d.Category is null ? null : d.Category.Name ?? text[$"category.{d.Category.Key}"],
                d.IsReciprocal, d.EstimatedValue, d.FollowUpStatus, [.. d.Parties.OrderBy(p => p.Position).Select(p => p.OrganizationId)],
                [.. d.Parties.OrderBy(p => p.Position).Select(p => p.Gives)]))]);
    }
}
