using Microsoft.EntityFrameworkCore;
using Winwin.Data;
using Winwin.Live.Features.Commands;
using Winwin.Live.Features.Live;
using Winwin.Live.Features.Mail;
using Winwin.Live.Features.Organizations;

namespace Winwin.Live.Features.Registrations;

/// <summary>One offer or request on the registration form; <c>Id</c> names an entry sent before, when the organisation changes it.</summary>
public sealed record RegistrationEntryInput(ListingKind Kind, int CategoryId, string? Title, string? Description, int? Id = null);

/// <summary>
/// What an organisation gives about itself on the public form. A contact (name and e-mail) is required: the coordinator
/// needs someone to reach. <c>ConfirmMoneyMentions</c>: the person saw the no-money rule's warning and confirms no money changes hands.
/// </summary>
public sealed record RegistrationInput(
    OrganizationKind Kind, string? Name, string? Sector, string? Description, string? Website,
    string? ContactName, string? ContactEmail, string? ContactPhone,
    bool AgreesToFollowUp, bool AgreesToBeNamed,
    IReadOnlyList<RegistrationEntryInput>? Entries,
    bool ConfirmMoneyMentions = false);

/// <summary>What the organisation receives: the private link's token, to come back and change its entries, and where the registration stands.</summary>
public sealed record RegistrationReceipt(string Token, RegistrationStatus Status, DateTime ChangesUntil);

/// <summary>The coordinator's decision: accept as a new organisation, or merge into <c>MergeIntoOrganizationId</c>.</summary>
public sealed record RegistrationDecision(Guid Version, int? MergeIntoOrganizationId = null, bool AllowSameName = false);

/// <summary>A refusal, with the reason the organisation reads on its link.</summary>
public sealed record RegistrationRefusal(Guid Version, string? Reason);

/// <summary>
/// Organisations registering themselves: the public form's submissions and changes, and the coordinator's review. An
/// accepted registration goes live through the one write path: its organisation and listings reach the board and phones
/// in the same transaction as the decision.
/// </summary>
public sealed class RegistrationService(LiveWriter writer, IDbContextFactory<WinwinDbContext> dbFactory, RegistrationLetters letters, RegistrationQueries queries)
{
    public const string Closed = "registration.closed";
    public const string NoEntries = "registration.noEntries";
    public const string TooManyEntries = "registration.tooManyEntries";
    public const string NotPending = "registration.notPending";
    public const string ContactRequired = "registration.contactRequired";

    /// <summary>
    /// A new registration from the public form or its API, in the registrant's <paramref name="language"/>. Once saved, its
    /// private link is mailed to the contact (when e-mail is on).
    /// </summary>
    public async Task<CommandResult<RegistrationReceipt>> SubmitAsync(string slug, RegistrationInput input, string language, CancellationToken cancellationToken = default)
    {
        var (problems, clean) = Check(input, cancellationToken);
        if (problems is not null)
        {
            return CommandResult.Invalid<RegistrationReceipt>(problems);
        }
        Registration? saved = null;
        string? eventName = null;
        var result = await writer.WriteAsync(slug, async tx =>
        {
            if (await RefusedAsync(tx, input) is { } refused)
            {
                return CommandResult.Invalid<RegistrationReceipt>(refused);
            }
            var registration = new Registration
            {
                EventId = tx.Event.Id,
                SubmittedAt = tx.Now,
                Language = language is "nl" or "en" ? language : "fr",
            };
            Apply(registration, input, clean, tx.Now);
            tx.Db.Registrations.Add(registration);
            tx.Audit(Registrant(registration), "registration.submitted", registration.Name);
            tx.Notify(StaffTopic.Registrations);
            (saved, eventName) = (registration, tx.Event.Name);
            return CommandResult.Done(new RegistrationReceipt(registration.PrivateToken, registration.Status, tx.Event.RegistrationEndsAt));
        }, cancellationToken);
        if (result.Succeeded && saved is not null)
        {
            letters.SendPrivateLink(slug, eventName!, saved, result.Value!);
        }
        return result;
    }

    /// <summary>
    /// The organisation changes its registration by its private link, while the form is open. A decided registration goes
    /// back to the review queue: nothing reaches the screens that the coordinator has not seen.
    /// </summary>
    public async Task<CommandResult<RegistrationReceipt>> ChangeAsync(string token, RegistrationInput input, CancellationToken cancellationToken = default)
    {
        var (problems, clean) = Check(input, cancellationToken);
        if (problems is not null)
        {
            return CommandResult.Invalid<RegistrationReceipt>(problems);
        }
        if (await FindSlugAsync(token, cancellationToken) is not { } slug)
        {
            return CommandResult.NotFound<RegistrationReceipt>();
        }
        return await writer.WriteAsync(slug, async tx =>
        {
            var registration = await tx.Db.Registrations.Include(r => r.Entries)
                .SingleOrDefaultAsync(r => r.PrivateToken == token && r.EventId == tx.Event.Id, tx.CancellationToken);
            if (registration is null)
            {
                return CommandResult.NotFound<RegistrationReceipt>();
            }
            if (await RefusedAsync(tx, input) is { } refused)
            {
                return CommandResult.Invalid<RegistrationReceipt>(refused);
            }
            Apply(registration, input, clean, tx.Now);
            registration.Status = RegistrationStatus.Pending;
            registration.RefusalReason = null;
            registration.Version = Guid.NewGuid();
            tx.Audit(Registrant(registration), "registration.changed", registration.Name);
            tx.Notify(StaffTopic.Registrations);
            return CommandResult.Done(new RegistrationReceipt(registration.PrivateToken, registration.Status, tx.Event.RegistrationEndsAt));
        }, cancellationToken);
    }

    /// <summary>
    /// Accepts a pending registration: as a new organisation, or merged into one already registered (its empty fields are
    /// filled from the registration; what staff recorded stays). Its offers and requests become listings, or update the
    /// listings they became at an earlier acceptance; an entry the organisation removed since withdraws its listing.
    /// A new organisation whose name is already taken is refused unless <see cref="RegistrationDecision.AllowSameName"/>.
    /// </summary>
    public Task<CommandResult<StaffRegistration>> AcceptAsync(string slug, int registrationId, RegistrationDecision decision, StaffActor actor, CancellationToken cancellationToken = default) =>
        DecideAsync(slug, registrationId, decision.Version, async (tx, registration) =>
        {
            // A category retired since the organisation chose it: the coordinator asks it to choose another.
            var inUse = await tx.Db.Categories.Where(c => c.EventId == tx.Event.Id && !c.IsRetired).Select(c => c.Id).ToListAsync(tx.CancellationToken);
            if (registration.Entries.FirstOrDefault(e => !e.IsRemoved && !inUse.Contains(e.CategoryId)) is { } retired)
            {
                return new DomainError(LiveErrors.UnknownCategory, retired.Title, "categoryId");
            }
            var organization = await TargetAsync(tx, registration, decision);
            if (organization.Error is { } error)
            {
                return error;
            }
            var merged = decision.MergeIntoOrganizationId is not null;
            var target = organization.Value!;
            // Only an organisation this registration makes now takes all its facts; one staff registered (a merge) or
            // accepted before keeps what staff recorded or changed since, and only its empty fields are filled.
            var created = target.Id == 0;
            if (created)
            {
                tx.Db.Organizations.Add(target);
            }
            CopyInto(target, registration, fillOnly: !created);
            target.Version = Guid.NewGuid();
            // Saved first: a new organisation has its id only then, and the screens must receive it.
            await tx.SaveAsync();
            await tx.AppendAsync(FeedTypes.OrganizationUpserted, target.ToDto());
            registration.OrganizationId = target.Id;
            await PublishListingsAsync(tx, registration, target);
            registration.Status = RegistrationStatus.Accepted;
            tx.Audit(actor, merged ? "registration.merged" : "registration.accepted", registration.Name, merged ? target.Name : null);
            return null;
        }, actor, cancellationToken);

    /// <summary>Refuses a pending registration with a reason its organisation reads on its link; nothing reaches the screens.</summary>
    public Task<CommandResult<StaffRegistration>> RefuseAsync(string slug, int registrationId, RegistrationRefusal refusal, StaffActor actor, CancellationToken cancellationToken = default)
    {
        var rules = new FieldRules();
        var reason = rules.Text("reason", refusal.Reason, Registration.ReasonMaxLength, required: true);
        if (!rules.IsValid)
        {
            return Task.FromResult(CommandResult.Invalid<StaffRegistration>(rules.Errors));
        }
        return DecideAsync(slug, registrationId, refusal.Version, (tx, registration) =>
        {
            registration.Status = RegistrationStatus.Refused;
            registration.RefusalReason = reason;
            tx.Audit(actor, "registration.refused", registration.Name, reason);
            return Task.FromResult<DomainError?>(null);
        }, actor, cancellationToken);
    }

    private async Task<CommandResult<StaffRegistration>> DecideAsync(string slug, int registrationId, Guid version,
        Func<LiveTransaction, Registration, Task<DomainError?>> decide, StaffActor actor, CancellationToken cancellationToken)
    {
        (string Token, string EventName, DateTime ChangesUntil)? decided = null;
        var result = await writer.WriteAsync(slug, async tx =>
        {
            var registration = await tx.Db.Registrations.Include(r => r.Entries)
                .SingleOrDefaultAsync(r => r.Id == registrationId && r.EventId == tx.Event.Id, tx.CancellationToken);
            if (registration is null)
            {
                return CommandResult.NotFound<StaffRegistration>();
            }
            if (registration.Version != version)
            {
                return CommandResult.Invalid<StaffRegistration>(new DomainError(LiveErrors.Conflict));
            }
            if (registration.Status != RegistrationStatus.Pending)
            {
                return CommandResult.Invalid<StaffRegistration>(new DomainError(NotPending));
            }
            if (await decide(tx, registration) is { } refused)
            {
                return CommandResult.Invalid<StaffRegistration>(refused);
            }
            registration.DecidedAt = tx.Now;
            registration.DecidedByName = actor.Name;
            registration.Version = Guid.NewGuid();
            tx.Notify(StaffTopic.Registrations);
            decided = (registration.PrivateToken, tx.Event.Name, tx.Event.RegistrationEndsAt);
            // Its possible duplicates are read after the commit: a read of every organisation has no place in the write's turn.
            return CommandResult.Done(RegistrationQueries.ToStaff(registration, []));
        }, cancellationToken);
        if (result.Succeeded && await queries.GetAsync(slug, registrationId, cancellationToken) is { } read)
        {
            result = CommandResult.Done(read);
        }
        if (result.Succeeded && decided is { } d)
        {
            letters.SendDecision(slug, d.EventName, d.Token, d.ChangesUntil, result.Value!);
        }
        return result;
    }

    private static async Task<(Organization? Value, DomainError? Error)> TargetAsync(LiveTransaction tx, Registration registration, RegistrationDecision decision)
    {
        if (decision.MergeIntoOrganizationId is { } into && registration.OrganizationId is { } current && into != current)
        {
            // Accepted before: its listings belong to that organisation; moving them is staff's work in the listings grid.
            return (null, new DomainError(LiveErrors.UnknownOrganization, Field: "mergeIntoOrganizationId"));
        }
        var wanted = decision.MergeIntoOrganizationId ?? registration.OrganizationId;
        if (wanted is { } id)
        {
            var existing = await tx.Db.Organizations.SingleOrDefaultAsync(o => o.Id == id && o.EventId == tx.Event.Id, tx.CancellationToken);
            // A registration accepted before may lose its organisation (deleted since): it is then accepted anew.
            if (existing is not null || decision.MergeIntoOrganizationId is null)
            {
                return existing is null ? (NewOrganization(tx), null) : (existing, null);
            }
            return (null, new DomainError(LiveErrors.UnknownOrganization, Field: "mergeIntoOrganizationId"));
        }
        if (!decision.AllowSameName && await OrganizationService.FindSameNameAsync(tx, registration.Name, exceptId: null) is { } same)
        {
            return (null, new DomainError(LiveErrors.DuplicateOrganization, same, "name"));
        }
        return (NewOrganization(tx), null);
    }

    private static Organization NewOrganization(LiveTransaction tx) => new() { EventId = tx.Event.Id, CreatedAt = tx.Now };

    /// <summary>The registration's facts on the organisation; merged into one staff recorded, only where staff left a field empty.</summary>
    private static void CopyInto(Organization organization, Registration registration, bool fillOnly)
    {
        static string? Pick(string? current, string? given, bool fillOnly) => fillOnly && !string.IsNullOrEmpty(current) ? current : given ?? current;
        if (!fillOnly || string.IsNullOrEmpty(organization.Name))
        {
            organization.Name = registration.Name;
            organization.Kind = registration.Kind;
        }
        organization.Sector = Pick(organization.Sector, registration.Sector, fillOnly);
        organization.Description = Pick(organization.Description, registration.Description, fillOnly);
        organization.Website = Pick(organization.Website, registration.Website, fillOnly);
        organization.ContactName = Pick(organization.ContactName, registration.ContactName, fillOnly);
        organization.ContactEmail = Pick(organization.ContactEmail, registration.ContactEmail, fillOnly);
        organization.ContactPhone = Pick(organization.ContactPhone, registration.ContactPhone, fillOnly);
        // The organisation's own answers are the latest word on being named and on being contacted for the follow-up.
        organization.ShowInReport = registration.AgreesToBeNamed;
        organization.DeclinesFollowUp = !registration.AgreesToFollowUp;
        organization.Language = Pick(organization.Language, registration.Language, fillOnly);
    }

    private static async Task PublishListingsAsync(LiveTransaction tx, Registration registration, Organization organization)
    {
        var linked = await tx.Db.Listings
            .Where(l => l.EventId == tx.Event.Id && l.OrganizationId == organization.Id)
            .ToDictionaryAsync(l => l.Id, tx.CancellationToken);
        foreach (var entry in registration.Entries.OrderBy(e => e.Position).ToList())
        {
            var listing = entry.ListingId is { } listingId ? linked.GetValueOrDefault(listingId) : null;
            // A fulfilled or withdrawn listing is history (a deal names it): the organisation's change does not rewrite it.
            if (listing is not null && listing.Status != ListingStatus.Open)
            {
                continue;
            }
            if (entry.IsRemoved)
            {
                // Withdrawn, not deleted: a deal may name it.
                if (listing is { Status: ListingStatus.Open })
                {
                    listing.Status = ListingStatus.Withdrawn;
                    listing.Version = Guid.NewGuid();
                    listing.UpdatedAt = tx.Now;
                    await PublishAsync(tx, listing);
                }
                registration.Entries.Remove(entry);
                tx.Db.RegistrationEntries.Remove(entry);
                continue;
            }
            if (listing is not null)
            {
                if (listing.Kind == entry.Kind && listing.CategoryId == entry.CategoryId && listing.Title == entry.Title && listing.Description == entry.Description)
                {
                    continue;
                }
                listing.UpdatedAt = tx.Now;
                listing.Version = Guid.NewGuid();
            }
            else
            {
                listing = new Listing { EventId = tx.Event.Id, OrganizationId = organization.Id, CreatedAt = tx.Now };
                tx.Db.Listings.Add(listing);
            }
            listing.Kind = entry.Kind;
            listing.CategoryId = entry.CategoryId;
            listing.Title = entry.Title;
            listing.Description = entry.Description;
            await tx.SaveAsync();
            entry.ListingId = listing.Id;
            await PublishAsync(tx, listing);
        }
    }

    private static async Task PublishAsync(LiveTransaction tx, Listing listing)
    {
        await tx.Db.Entry(listing).Reference(l => l.Organization).LoadAsync(tx.CancellationToken);
        await tx.Db.Entry(listing).Reference(l => l.Category).LoadAsync(tx.CancellationToken);
        await tx.AppendAsync(FeedTypes.ListingUpserted, listing.ToDto());
    }

    /// <summary>What the form gave, trimmed and cleaned by the rules that checked it, ready to be saved.</summary>
    private sealed record CleanInput(OrganizationInput Organization, IReadOnlyList<(string? Title, string? Description)> Entries);

    /// <summary>
    /// The rules that need no database: the organisation's fields (the contact required), one to twelve entries, each checked as
    /// a listing. Returns the problems (null when none) and the cleaned values, checked once and saved as they are.
    /// </summary>
    private static (IReadOnlyList<DomainError>? Problems, CleanInput Clean) Check(RegistrationInput input, CancellationToken cancellationToken)
    {
        var rules = new FieldRules { MoneyMentionsConfirmed = input.ConfirmMoneyMentions, CancellationToken = cancellationToken };
        var organization = OrganizationService.Check(rules, ToOrganization(input));
        var cleanEntries = new List<(string? Title, string? Description)>();
        if (string.IsNullOrWhiteSpace(input.ContactName))
        {
            rules.Add(new DomainError(ContactRequired, Field: "contactName"));
        }
        if (string.IsNullOrWhiteSpace(input.ContactEmail))
        {
            rules.Add(new DomainError(ContactRequired, Field: "contactEmail"));
        }
        if (!Enum.IsDefined(input.Kind))
        {
            rules.Add(new DomainError(DomainErrors.Required, Field: "kind"));
        }
        var entries = input.Entries ?? [];
        if (entries.Count == 0)
        {
            rules.Add(new DomainError(NoEntries, Field: "entries"));
        }
        else if (entries.Count > Registration.MaxEntries)
        {
            rules.Add(new DomainError(TooManyEntries, Registration.MaxEntries.ToString(System.Globalization.CultureInfo.InvariantCulture), "entries"));
        }
        else
        {
            if (entries.Where(e => e.Id is not null).GroupBy(e => e.Id).Any(g => g.Count() > 1))
            {
                rules.Add(new DomainError(DomainErrors.Required, Field: "entries"));
            }
            for (var i = 0; i < entries.Count; i++)
            {
                cleanEntries.Add(Listing.Check(rules, entries[i].Title, entries[i].Description, $"entries[{i}]."));
                if (!Enum.IsDefined(entries[i].Kind))
                {
                    rules.Add(new DomainError(DomainErrors.Required, Field: $"entries[{i}].kind"));
                }
            }
        }
        return (rules.IsValid ? null : rules.Errors, new CleanInput(organization, cleanEntries));
    }

    internal static OrganizationInput ToOrganization(RegistrationInput input) =>
        new(input.Name, input.Kind, input.Sector, null, input.Description, input.Website, input.ContactName, input.ContactEmail, input.ContactPhone, null, input.AgreesToBeNamed);

    /// <summary>The rules that need the event: the form still open, each entry in one of its categories.</summary>
    private static async Task<DomainError?> RefusedAsync(LiveTransaction tx, RegistrationInput input)
    {
        if (tx.Event.IsArchived || tx.Event.Phase != EventPhase.BeforeOpening || tx.Now >= tx.Event.RegistrationEndsAt)
        {
            return new DomainError(Closed);
        }
        var categories = await tx.Db.Categories.Where(c => c.EventId == tx.Event.Id && !c.IsRetired).Select(c => c.Id).ToListAsync(tx.CancellationToken);
        var entries = input.Entries ?? [];
        for (var i = 0; i < entries.Count; i++)
        {
            if (!categories.Contains(entries[i].CategoryId))
            {
                return new DomainError(LiveErrors.UnknownCategory, Field: $"entries[{i}].categoryId");
            }
        }
        return null;
    }

    /// <summary>
    /// The form's values on the registration. Entries are matched by id: one the organisation removed is deleted, or, once it
    /// became a listing, marked removed so that the next acceptance withdraws the listing.
    /// </summary>
    private static void Apply(Registration registration, RegistrationInput input, CleanInput cleaned, DateTime now)
    {
        var clean = cleaned.Organization;
        registration.Kind = input.Kind;
        registration.Name = clean.Name!.ReplaceLineEndings(" ");
        registration.Sector = clean.Sector;
        registration.Description = clean.Description;
        registration.Website = clean.Website;
        registration.ContactName = clean.ContactName;
        registration.ContactEmail = clean.ContactEmail;
        registration.ContactPhone = clean.ContactPhone;
        registration.AgreesToFollowUp = input.AgreesToFollowUp;
        registration.AgreesToBeNamed = input.AgreesToBeNamed;
        registration.UpdatedAt = now;
        var given = input.Entries ?? [];
        var sent = given.Where(e => e.Id is not null).Select(e => e.Id!.Value).ToHashSet();
        foreach (var old in registration.Entries.Where(e => !e.IsRemoved && !sent.Contains(e.Id)).ToList())
        {
            if (old.ListingId is null)
            {
                registration.Entries.Remove(old);
            }
            else
            {
                old.IsRemoved = true;
            }
        }
        for (var i = 0; i < given.Count; i++)
        {
            var (title, description) = cleaned.Entries[i];
            var entry = given[i].Id is { } id ? registration.Entries.FirstOrDefault(e => e.Id == id && !e.IsRemoved) : null;
            if (entry is null)
            {
                entry = new RegistrationEntry();
                registration.Entries.Add(entry);
            }
            entry.Position = i;
            entry.Kind = given[i].Kind;
            entry.CategoryId = given[i].CategoryId;
            entry.Title = title!.ReplaceLineEndings(" ");
            entry.Description = description;
        }
    }

    /// <summary>The audit trail names the organisation itself for what it did on the public form.</summary>
    private static StaffActor Registrant(Registration registration) => new("registration", registration.Name);

    private async Task<string?> FindSlugAsync(string token, CancellationToken cancellationToken)
    {
        if (!RegistrationQueries.IsWellFormed(token))
        {
            return null;
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await (from r in db.Registrations
                      join e in db.Events on r.EventId equals e.Id
                      where r.PrivateToken == token
                      select e.Slug).SingleOrDefaultAsync(cancellationToken);
    }
}
