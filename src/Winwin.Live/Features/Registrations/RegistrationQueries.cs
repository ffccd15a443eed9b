using Microsoft.EntityFrameworkCore;
using Winwin.Data;

namespace Winwin.Live.Features.Registrations;

/// <summary>One offer or request of a registration as its organisation and staff see it.</summary>
public sealed record RegistrationEntryView(int Id, ListingKind Kind, int CategoryId, string Title, string? Description, int? ListingId);

/// <summary>An organisation already registered that a registration may be: same name once case and accents are ignored, one name inside the other, or the same contact e-mail.</summary>
public sealed record PossibleDuplicate(int OrganizationId, string Name, string Reason);

/// <summary>A registration as the review queue shows it, contact included (staff only).</summary>
public sealed record StaffRegistration(
    int Id, Guid Version, RegistrationStatus Status, OrganizationKind Kind, string Name, string? Sector, string? Description, string? Website,
    string? ContactName, string? ContactEmail, string? ContactPhone, bool AgreesToFollowUp, bool AgreesToBeNamed, string Language,
    DateTime SubmittedAt, DateTime UpdatedAt, DateTime? DecidedAt, string? DecidedByName, string? RefusalReason, int? OrganizationId,
    IReadOnlyList<RegistrationEntryView> Entries, int RemovedEntries, IReadOnlyList<PossibleDuplicate> PossibleDuplicates);

/// <summary>
/// A registration as the holder of its private link sees it: what it gave (its own contact included) and where it stands.
/// </summary>
public sealed record RegistrationView(
    string Token, string EventSlug, string EventName, RegistrationStatus Status, string? RefusalReason, bool IsOpen, DateTime ChangesUntil,
    RegistrationInput Input, IReadOnlyList<RegistrationEntryView> Entries);

/// <summary>What the public form shows of its event: when it closes and the categories an entry may take.</summary>
public sealed record RegistrationForm(string Slug, string Name, string Municipality, string Venue, DateTime StartsAt, bool IsOpen, DateTime ChangesUntil,
    IReadOnlyList<(int Id, Live.CategoryDto Category)> Categories);

/// <summary>Reads registrations: by private link for the organisation, by event for the review queue.</summary>
public sealed class RegistrationQueries(IDbContextFactory<WinwinDbContext> dbFactory, TimeProvider time)
{
    /// <summary>The shape of a private token: 32 lowercase hex digits. Anything else is not looked up.</summary>
    public static bool IsWellFormed(string? token) => token is { Length: 32 } && token.All(char.IsAsciiHexDigitLower);

    public async Task<RegistrationView?> FindAsync(string? token, CancellationToken cancellationToken = default)
    {
        if (!IsWellFormed(token))
        {
            return null;
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var registration = await db.Registrations.AsNoTracking().Include(r => r.Entries).SingleOrDefaultAsync(r => r.PrivateToken == token, cancellationToken);
        if (registration is null)
        {
            return null;
        }
        var ev = await db.Events.AsNoTracking().SingleAsync(e => e.Id == registration.EventId, cancellationToken);
        var entries = Entries(registration);
        var input = new RegistrationInput(registration.Kind, registration.Name, registration.Sector, registration.Description, registration.Website,
            registration.ContactName, registration.ContactEmail, registration.ContactPhone, registration.AgreesToFollowUp, registration.AgreesToBeNamed,
            [.. entries.Select(e => new RegistrationEntryInput(e.Kind, e.CategoryId, e.Title, e.Description, e.Id))]);
        return new RegistrationView(registration.PrivateToken, ev.Slug, ev.Name, registration.Status, registration.RefusalReason,
            IsOpen(ev, time.GetUtcNow().UtcDateTime), ev.RegistrationEndsAt, input, entries);
    }

    /// <summary>The event behind the public form, or null for an unknown or archived event.</summary>
    public async Task<RegistrationForm?> FormAsync(string slug, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var ev = await db.Events.AsNoTracking().Include(e => e.Categories).SingleOrDefaultAsync(e => e.Slug == slug && !e.IsArchived, cancellationToken);
        return ev is null ? null : new RegistrationForm(ev.Slug, ev.Name, ev.Municipality, ev.Venue, ev.StartsAt, IsOpen(ev, time.GetUtcNow().UtcDateTime), ev.RegistrationEndsAt,
            [.. ev.Categories.Where(c => !c.IsRetired).OrderBy(c => c.SortOrder).Select(c => (c.Id, new Live.CategoryDto(c.Key, c.Name)))]);
    }

    /// <summary>Whether the public form takes registrations and changes: before the event opens and before the closing date.</summary>
    public static bool IsOpen(Event ev, DateTime now) => !ev.IsArchived && ev.Phase == EventPhase.BeforeOpening && now < ev.RegistrationEndsAt;

    /// <summary>The event's registrations for review: pending first (oldest first), then the decided ones, latest first. Null for an unknown event.</summary>
    public async Task<IReadOnlyList<StaffRegistration>?> ListAsync(string slug, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var eventId = await db.Events.Where(e => e.Slug == slug).Select(e => (int?)e.Id).SingleOrDefaultAsync(cancellationToken);
        if (eventId is null)
        {
            return null;
        }
        var registrations = await db.Registrations.AsNoTracking().AsSplitQuery().Include(r => r.Entries)
            .Where(r => r.EventId == eventId).ToListAsync(cancellationToken);
        var organizations = await NamesAsync(db, eventId.Value, cancellationToken);
        return [.. registrations
            .OrderBy(r => r.Status == RegistrationStatus.Pending ? 0 : 1)
            .ThenBy(r => r.Status == RegistrationStatus.Pending ? r.UpdatedAt.Ticks : -(r.DecidedAt ?? r.UpdatedAt).Ticks)
            .Select(r => ToStaff(r, organizations))];
    }

    /// <summary>One registration of the event for review, with the organisations it may be; null when there is no such one.</summary>
    public async Task<StaffRegistration?> GetAsync(string slug, int id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var registration = await db.Registrations.AsNoTracking().Include(r => r.Entries)
            .SingleOrDefaultAsync(r => r.Id == id && db.Events.Any(e => e.Id == r.EventId && e.Slug == slug), cancellationToken);
        return registration is null ? null : ToStaff(registration, await NamesAsync(db, registration.EventId, cancellationToken));
    }

    // What the duplicate check compares, without the rest of each organisation (contacts, notes, descriptions).
    private static Task<List<Organization>> NamesAsync(WinwinDbContext db, int eventId, CancellationToken cancellationToken) =>
        db.Organizations.AsNoTracking().Where(o => o.EventId == eventId)
            .Select(o => new Organization { Id = o.Id, Name = o.Name, ContactEmail = o.ContactEmail })
            .ToListAsync(cancellationToken);

    internal static StaffRegistration ToStaff(Registration r, IReadOnlyList<Organization> organizations) =>
        new(r.Id, r.Version, r.Status, r.Kind, r.Name, r.Sector, r.Description, r.Website, r.ContactName, r.ContactEmail, r.ContactPhone,
            r.AgreesToFollowUp, r.AgreesToBeNamed, r.Language, r.SubmittedAt, r.UpdatedAt, r.DecidedAt, r.DecidedByName, r.RefusalReason,
            r.OrganizationId, Entries(r), r.Entries.Count(e => e.IsRemoved), Duplicates(r, organizations));

    private static List<RegistrationEntryView> Entries(Registration r) =>
        [.. r.Entries.Where(e => !e.IsRemoved).OrderBy(e => e.Position).Select(e => new RegistrationEntryView(e.Id, e.Kind, e.CategoryId, e.Title, e.Description, e.ListingId))];

    /// <summary>
    /// The organisations this registration may be, as the organisation dialog warns of a same name, and more loosely: a
    /// registrant writes "Croix-Rouge" where staff wrote "Croix-Rouge de Belgique — section Namur", or gives the e-mail staff recorded.
    /// </summary>
    internal static List<PossibleDuplicate> Duplicates(Registration r, IReadOnlyList<Organization> organizations)
    {
        var key = TextKey.NameKey(r.Name);
        var found = new List<PossibleDuplicate>();
        foreach (var o in organizations.Where(o => o.Id != r.OrganizationId))
        {
            var other = TextKey.NameKey(o.Name);
            var reason = other == key ? "sameName"
                : Math.Min(key.Length, other.Length) >= 5 && (other.Contains(key, StringComparison.Ordinal) || key.Contains(other, StringComparison.Ordinal)) ? "similarName"
                : r.ContactEmail is { Length: > 0 } email && string.Equals(o.ContactEmail, email, StringComparison.OrdinalIgnoreCase) ? "sameEmail"
                : null;
            if (reason is not null)
            {
                found.Add(new PossibleDuplicate(o.Id, o.Name, reason));
            }
        }
        return [.. found.OrderBy(d => d.Reason == "sameName" ? 0 : d.Reason == "sameEmail" ? 1 : 2).ThenBy(d => d.Name, StringComparer.CurrentCultureIgnoreCase)];
    }
}
