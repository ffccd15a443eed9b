using Microsoft.EntityFrameworkCore;
using Winwin.Data;
using Winwin.Live.Features.Live;

namespace Winwin.Live.Features.FollowUp;

// Staff only: these records carry contact data and staff notes, and never go to public surfaces.

/// <summary>The follow-up settings and dates of an event.</summary>
public sealed record FollowUpSettings(int EventId, string Slug, string Name, string Municipality, DateTime StartsAt, DateTime EndsAt,
    int FirstContactDays, int CheckDays, DateTime? ClosedAt, DateTime? ContactsErasedAt, Guid Version)
{
    public FollowUpSchedule Schedule => FollowUpSchedule.For(EndsAt, FirstContactDays, CheckDays, ClosedAt);
}

/// <summary>
/// A party of a deal with the contact details to phone it (<c>ContactsErased</c> once the retention rule has erased them), what
/// it said on its own link (its answer to the match form, its report of the follow-up) and the token of that link, to pass on.
/// </summary>
public sealed record FollowUpParty(int OrganizationId, string Name, OrganizationKind Kind, string? Table, string? Gives,
    string? ContactName, string? ContactEmail, string? ContactPhone, bool ContactsErased, bool DeclinesFollowUp = false,
    string Token = "", PartyAnswer Answer = PartyAnswer.None, string? AnswerNote = null,
    FollowUpStatus? Reported = null, string? ReportedNote = null, DateTime? ReportedAt = null);

/// <summary>One deal in the follow-up list, with its due date against the clock.</summary>
public sealed record FollowUpItem(int Number, DateTime RecordedAt, CategoryDto? Category, int? CategoryId, bool WinWin, decimal? EstimatedValue,
    IReadOnlyList<FollowUpParty> Parties, FollowUpStatus Status, string? Notes, string? ByName, DateTime? At, Guid Version,
    FollowUpStep Step, DateTime? DueAt, DueState Due, FollowUpSource Source = FollowUpSource.Staff);

/// <summary>The follow-up of one event: its settings, how many deals stand where, and the deals, due and overdue first.</summary>
public sealed record FollowUpBoard(FollowUpSettings Settings, IReadOnlyList<FollowUpItem> Items, IReadOnlyList<CategoryRef> Categories)
{
    public int Count(DueState state) => Items.Count(i => i.Due == state);
}

public sealed record CategoryRef(int Id, CategoryDto Category);

/// <summary>Reads of the follow-up for the control panel and the exports.</summary>
public sealed class FollowUpQueries(IDbContextFactory<WinwinDbContext> dbFactory, TimeProvider time)
{
    public async Task<FollowUpSettings?> GetSettingsAsync(string slug, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await SettingsAsync(db, slug, cancellationToken);
    }

    /// <summary>The announced deals of the event, ordered for the phone: overdue first (oldest date first), then due, upcoming, finished.</summary>
    public async Task<FollowUpBoard?> GetBoardAsync(string slug, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var settings = await SettingsAsync(db, slug, cancellationToken);
        if (settings is null)
        {
            return null;
        }
        var deals = await db.Deals.AsNoTracking().AsSplitQuery()
            .Include(d => d.Category)
            .Include(d => d.Parties).ThenInclude(p => p.Organization)
            .Where(d => d.EventId == settings.EventId && d.Status == DealStatus.Announced)
            .ToListAsync(cancellationToken);
        var categories = await db.Categories.AsNoTracking().Where(c => c.EventId == settings.EventId).OrderBy(c => c.SortOrder)
            .ToListAsync(cancellationToken);
        var schedule = settings.Schedule;
        var now = time.GetUtcNow().UtcDateTime;
        var eventErased = settings.ContactsErasedAt is not null;
        var items = deals.Select(d => new FollowUpItem(d.Number, d.RecordedAt, d.Category?.ToDto(), d.CategoryId, d.IsReciprocal, d.EstimatedValue,
                [.. d.Parties.OrderBy(p => p.Position).Select(p => Party(p, eventErased))],
                d.FollowUpStatus, d.FollowUpNotes, d.FollowUpByName, d.FollowUpAt, d.Version,
                FollowUpSchedule.Step(d.FollowUpStatus), schedule.DueAt(d.FollowUpStatus), schedule.State(d.FollowUpStatus, now), d.FollowUpSource))
            .OrderBy(i => i.Due)
            .ThenBy(i => i.DueAt ?? DateTime.MaxValue)
            .ThenBy(i => i.Number)
            .ToList();
        return new FollowUpBoard(settings, items, [.. categories.Select(c => new CategoryRef(c.Id, c.ToDto()))]);
    }

    /// <summary>The requests still open after the event, with their organisation (for hand-off to another platform).</summary>
    public async Task<(FollowUpSettings Settings, IReadOnlyList<Listing> Requests)?> GetOpenRequestsAsync(string slug, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var settings = await SettingsAsync(db, slug, cancellationToken);
        if (settings is null)
        {
            return null;
        }
        var requests = await db.Listings.AsNoTracking()
            .Include(l => l.Organization).Include(l => l.Category)
            .Where(l => l.EventId == settings.EventId && l.Kind == ListingKind.Request && l.Status == ListingStatus.Open)
            .OrderBy(l => l.Organization!.Name).ThenBy(l => l.Id)
            .ToListAsync(cancellationToken);
        return (settings, requests);
    }

    private static FollowUpParty Party(DealParty p, bool eventErased)
    {
        var o = p.Organization!;
        var erased = eventErased || o.ContactsErasedAt is not null;
        // An organisation that asked not to be contacted for the follow-up: its contact stays out of the follow-up's screens and files.
        var hidden = erased || o.DeclinesFollowUp;
        return new FollowUpParty(o.Id, o.Name, o.Kind, o.TableNumber, p.Gives,
            hidden ? null : o.ContactName, hidden ? null : o.ContactEmail, hidden ? null : o.ContactPhone, erased, o.DeclinesFollowUp,
            p.PrivateToken, p.Answer, p.AnswerNote, p.ReportedStatus, p.ReportedNote, p.ReportedAt);
    }

    private static Task<FollowUpSettings?> SettingsAsync(WinwinDbContext db, string slug, CancellationToken cancellationToken) =>
        db.Events.AsNoTracking().Where(e => e.Slug == slug)
            .Select(e => new FollowUpSettings(e.Id, e.Slug, e.Name, e.Municipality, e.StartsAt, e.EndsAt,
                e.FollowUpFirstContactDays, e.FollowUpCheckDays, e.FollowUpClosedAt, e.ContactsErasedAt, e.Version))
            .SingleOrDefaultAsync(cancellationToken);
}
