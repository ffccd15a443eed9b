using Microsoft.EntityFrameworkCore;
using Winwin.Data;
using Winwin.Live.Features.Commands;
using Winwin.Live.Features.Live;

namespace Winwin.Live.Features.Privacy;

/// <summary>Where an event stands with its participants' contact data.</summary>
public sealed record ContactRetentionDto(int RetentionDays, DateTime FollowUpClosesAt, DateTime EraseAt, DateTime? ErasedAt, int OrganizationsWithContacts);

/// <summary>
/// Participants' contact data (names, e-mails, phone numbers, staff notes) is kept for the follow-up, then erased:
/// for a whole event once its retention period after the follow-up has passed, or for one organisation on request.
/// Deals, listings and statistics remain: they name organisations, not people.
/// </summary>
public sealed class ContactErasure(IDbContextFactory<WinwinDbContext> dbFactory, LiveWriter writer, TimeProvider clock)
{
    public async Task<ContactRetentionDto?> GetAsync(string slug, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var ev = await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Slug == slug, cancellationToken);
        if (ev is null)
        {
            return null;
        }
        return await DescribeAsync(db, ev, cancellationToken);
    }

    /// <summary>How many days after the follow-up closes the contact data is kept.</summary>
    public Task<CommandResult<ContactRetentionDto>> SetRetentionAsync(string slug, int days, StaffActor actor, CancellationToken cancellationToken = default)
    {
        if (days is < 0 or > Event.MaxRetentionDays)
        {
            return Task.FromResult(CommandResult.Invalid<ContactRetentionDto>(
                new DomainError(PrivacyErrors.BadRetention, Event.MaxRetentionDays.ToString(System.Globalization.CultureInfo.CurrentCulture), "contactRetentionDays")));
        }
        return writer.WriteAsync(slug, async tx =>
        {
            tx.Event.ContactRetentionDays = days;
            tx.Event.Version = Guid.NewGuid();
            tx.Audit(actor, "event.retention", tx.Event.Name, days.ToString(System.Globalization.CultureInfo.InvariantCulture));
            await tx.SaveAsync();
            return CommandResult.Done(await DescribeAsync(tx));
        }, cancellationToken);
    }

    /// <summary>Erases one organisation's contact data, at its request (a GDPR erasure request) or by the coordinator's choice.</summary>
    public Task<CommandResult<ContactRetentionDto>> EraseOrganizationAsync(string slug, int organizationId, StaffActor actor, CancellationToken cancellationToken = default) =>
        writer.WriteAsync(slug, async tx =>
        {
            var organization = await tx.Db.Organizations.SingleOrDefaultAsync(o => o.Id == organizationId && o.EventId == tx.Event.Id, tx.CancellationToken);
            if (organization is null)
            {
                return CommandResult.NotFound<ContactRetentionDto>();
            }
            Erase(organization, tx.Now);
            // The registration it came from holds the same contact: erased with it.
            foreach (var registration in await tx.Db.Registrations.Where(r => r.EventId == tx.Event.Id && r.OrganizationId == organizationId).ToListAsync(tx.CancellationToken))
            {
                Erase(registration);
            }
            tx.Audit(actor, "organization.contactsErased", organization.Name);
            await tx.SaveAsync();
            return CommandResult.Done(await DescribeAsync(tx));
        }, cancellationToken);

    /// <summary>Erases the contact data of every organisation of the event now.</summary>
    public Task<CommandResult<ContactRetentionDto>> EraseEventAsync(string slug, StaffActor actor, CancellationToken cancellationToken = default) =>
        writer.WriteAsync(slug, async tx =>
        {
            var count = await EraseAllAsync(tx);
            tx.Audit(actor, "event.contactsErased", tx.Event.Name, count.ToString(System.Globalization.CultureInfo.InvariantCulture));
            await tx.SaveAsync();
            return CommandResult.Done(await DescribeAsync(tx));
        }, cancellationToken);

    /// <summary>Erases the contact data of every event whose retention period is over. Returns the events erased.</summary>
    public async Task<IReadOnlyList<string>> EraseDueAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        List<string> due;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            // Few events, and the due date is computed from three columns: read them, decide here.
            var candidates = await db.Events.AsNoTracking().Where(e => e.ContactsErasedAt == null).ToListAsync(cancellationToken);
            due = [.. candidates.Where(e => e.ContactsEraseAt <= now).Select(e => e.Slug)];
        }
        var erased = new List<string>();
        foreach (var slug in due)
        {
            var result = await writer.WriteAsync(slug, async tx =>
            {
                // Checked again under the writer lock: the coordinator may have changed the period meanwhile.
                if (tx.Event.ContactsErasedAt is not null || tx.Event.ContactsEraseAt > tx.Now)
                {
                    return CommandResult.Done(false);
                }
                var count = await EraseAllAsync(tx);
                tx.Audit(StaffActor.System, "event.retentionErased", tx.Event.Name, count.ToString(System.Globalization.CultureInfo.InvariantCulture));
                return CommandResult.Done(true);
            }, cancellationToken);
            if (result.Value)
            {
                erased.Add(slug);
            }
        }
        return erased;
    }

    private static async Task<int> EraseAllAsync(LiveTransaction tx)
    {
        var organizations = await tx.Db.Organizations.Where(o => o.EventId == tx.Event.Id).Where(HasContacts).ToListAsync(tx.CancellationToken);
        foreach (var organization in organizations)
        {
            Erase(organization, tx.Now);
        }
        // The registrations' contacts too, those refused or never reviewed included.
        foreach (var registration in await tx.Db.Registrations.Where(r => r.EventId == tx.Event.Id && (r.ContactName != null || r.ContactEmail != null || r.ContactPhone != null))
            .ToListAsync(tx.CancellationToken))
        {
            Erase(registration);
        }
        tx.Event.ContactsErasedAt = tx.Now;
        tx.Event.Version = Guid.NewGuid();
        return organizations.Count;
    }

    private static void Erase(Registration registration)
    {
        registration.ContactName = null;
        registration.ContactEmail = null;
        registration.ContactPhone = null;
        registration.Version = Guid.NewGuid();
    }

    private static void Erase(Organization organization, DateTime now)
    {
        organization.ContactName = null;
        organization.ContactEmail = null;
        organization.ContactPhone = null;
        organization.Notes = null;
        organization.ContactsErasedAt = now;
        organization.Version = Guid.NewGuid();
    }

    private static readonly System.Linq.Expressions.Expression<Func<Organization, bool>> HasContacts =
        o => o.ContactName != null || o.ContactEmail != null || o.ContactPhone != null || o.Notes != null;

    private static Task<ContactRetentionDto> DescribeAsync(LiveTransaction tx) => DescribeAsync(tx.Db, tx.Event, tx.CancellationToken);

    private static async Task<ContactRetentionDto> DescribeAsync(WinwinDbContext db, Event ev, CancellationToken cancellationToken)
    {
        var withContacts = await db.Organizations.Where(o => o.EventId == ev.Id).CountAsync(HasContacts, cancellationToken);
        return new ContactRetentionDto(ev.ContactRetentionDays, ev.FollowUpClosesAt, ev.ContactsEraseAt, ev.ContactsErasedAt, withContacts);
    }
}

public static class PrivacyErrors
{
    public const string BadRetention = "privacy.badRetention";
}
