using Microsoft.EntityFrameworkCore;
using Winwin.Data;
using Winwin.Live.Features.Commands;
using Winwin.Live.Features.Live;

namespace Winwin.Live.Features.Organizations;

/// <summary>
/// What the coordinator records about a participant. Contact fields and notes are private. <c>ShowInReport</c>: the organisation
/// agrees to be named among the top contributors of the impact report; <c>DeclinesFollowUp</c>: it asked not to be contacted for the
/// follow-up (null keeps the current choice of either).
/// </summary>
public sealed record OrganizationInput(
    string? Name, OrganizationKind Kind, string? Sector, string? Table, string? Description, string? Website,
    string? ContactName, string? ContactEmail, string? ContactPhone, string? Notes, bool? ShowInReport = null, bool? DeclinesFollowUp = null);

/// <summary>Participants: registered, edited and checked in; public changes are pushed to the screens.</summary>
public sealed class OrganizationService(LiveWriter writer, TimeProvider time)
{
    /// <summary>
    /// Registers an organisation. A name that matches another one (case, accents and spacing ignored) is refused
    /// with <see cref="LiveErrors.DuplicateOrganization"/> unless <paramref name="allowSameName"/>: the form asks first.
    /// </summary>
    public Task<CommandResult<OrganizationDto>> CreateAsync(string slug, OrganizationInput input, StaffActor actor, bool allowSameName = false, CancellationToken cancellationToken = default)
    {
        var rules = new FieldRules();
        var clean = Check(rules, input);
        if (!rules.IsValid)
        {
            return Task.FromResult(CommandResult.Invalid<OrganizationDto>(rules.Errors));
        }
        return writer.WriteAsync(slug, async tx =>
        {
            if (!allowSameName && await FindSameNameAsync(tx, clean.Name!, exceptId: null) is { } existing)
            {
                return CommandResult.Invalid<OrganizationDto>(new DomainError(LiveErrors.DuplicateOrganization, existing, "name"));
            }
            var organization = new Organization { EventId = tx.Event.Id, CreatedAt = time.GetUtcNow().UtcDateTime };
            Apply(organization, clean);
            tx.Db.Organizations.Add(organization);
            tx.Audit(actor, "organization.created", organization.Name);
            return await PublishAsync(tx, organization);
        }, cancellationToken);
    }

    public Task<CommandResult<OrganizationDto>> UpdateAsync(string slug, int organizationId, Guid version, OrganizationInput input, StaffActor actor, bool allowSameName = false, CancellationToken cancellationToken = default)
    {
        var rules = new FieldRules();
        var clean = Check(rules, input);
        if (!rules.IsValid)
        {
            return Task.FromResult(CommandResult.Invalid<OrganizationDto>(rules.Errors));
        }
        return ChangeAsync(slug, organizationId, version, async (tx, organization) =>
        {
            if (!allowSameName && await FindSameNameAsync(tx, clean.Name!, organizationId) is { } existing)
            {
                return new DomainError(LiveErrors.DuplicateOrganization, existing, "name");
            }
            Apply(organization, clean);
            tx.Audit(actor, "organization.updated", organization.Name);
            return null;
        }, cancellationToken);
    }

    /// <summary>Check-in at the venue: the screens count the organisations present.</summary>
    public Task<CommandResult<OrganizationDto>> SetPresentAsync(string slug, int organizationId, Guid version, bool present, StaffActor actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(slug, organizationId, version, (tx, organization) =>
        {
            tx.Audit(actor, present ? "organization.checkedIn" : "organization.checkedOut", organization.Name);
            organization.IsPresent = present;
            return Task.FromResult<DomainError?>(null);
        }, cancellationToken);

    private Task<CommandResult<OrganizationDto>> ChangeAsync(string slug, int organizationId, Guid version,
        Func<LiveTransaction, Organization, Task<DomainError?>> change, CancellationToken cancellationToken) =>
        writer.WriteAsync(slug, async tx =>
        {
            var organization = await tx.Db.Organizations.SingleOrDefaultAsync(o => o.Id == organizationId && o.EventId == tx.Event.Id, tx.CancellationToken);
            if (organization is null)
            {
                return CommandResult.NotFound<OrganizationDto>();
            }
            if (organization.Version != version)
            {
                return CommandResult.Invalid<OrganizationDto>(new DomainError(LiveErrors.Conflict));
            }
            if (await change(tx, organization) is { } refused)
            {
                return CommandResult.Invalid<OrganizationDto>(refused);
            }
            organization.Version = Guid.NewGuid();
            return await PublishAsync(tx, organization);
        }, cancellationToken);

    private static async Task<CommandResult<OrganizationDto>> PublishAsync(LiveTransaction tx, Organization organization)
    {
        await tx.SaveAsync();
        var dto = organization.ToDto();
        await tx.AppendAsync(FeedTypes.OrganizationUpserted, dto);
        return CommandResult.Done(dto);
    }

    /// <summary>The name of another organisation of the event that is the same once case, accents and spacing are ignored.</summary>
    internal static async Task<string?> FindSameNameAsync(LiveTransaction tx, string name, int? exceptId)
    {
        var key = TextKey.NameKey(name);
        var names = await tx.Db.Organizations.Where(o => o.EventId == tx.Event.Id && o.Id != exceptId)
            .Select(o => o.Name).ToListAsync(tx.CancellationToken);
        return names.FirstOrDefault(n => TextKey.NameKey(n) == key);
    }

    internal static OrganizationInput Check(FieldRules rules, OrganizationInput input) => input with
    {
        Name = rules.Text("name", input.Name, Organization.NameMaxLength, required: true),
        Sector = rules.Text("sector", input.Sector, Organization.SectorMaxLength),
        Table = rules.TableNumber("table", input.Table, Organization.TableMaxLength),
        Description = rules.Text("description", input.Description, Organization.DescriptionMaxLength),
        Website = rules.Website("website", input.Website, Organization.WebsiteMaxLength),
        ContactName = rules.Text("contactName", input.ContactName, Organization.ContactMaxLength),
        ContactEmail = rules.Email("contactEmail", input.ContactEmail, Organization.ContactMaxLength),
        ContactPhone = rules.Text("contactPhone", input.ContactPhone, Organization.PhoneMaxLength),
        Notes = rules.Text("notes", input.Notes, Organization.NotesMaxLength),
    };

    private static void Apply(Organization organization, OrganizationInput clean)
    {
        organization.Name = clean.Name!;
        organization.Kind = clean.Kind;
        organization.Sector = clean.Sector;
        organization.TableNumber = clean.Table;
        organization.Description = clean.Description;
        organization.Website = clean.Website;
        organization.ContactName = clean.ContactName;
        organization.ContactEmail = clean.ContactEmail;
        organization.ContactPhone = clean.ContactPhone;
        organization.Notes = clean.Notes;
        // Left out (an import, an older client), the organisation's consent to be named in the report stays as it was.
        if (clean.ShowInReport is { } showInReport)
        {
            organization.ShowInReport = showInReport;
        }
        if (clean.DeclinesFollowUp is { } declines)
        {
            organization.DeclinesFollowUp = declines;
        }
    }
}
