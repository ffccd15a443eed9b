using Microsoft.EntityFrameworkCore;
using Winwin.Data;
using Winwin.Live.Features.Commands;
using Winwin.Live.Features.Live;
using Winwin.Live.Features.Localization;
using Winwin.Live.Features.Security;

namespace Winwin.Live.Features.Events;

/// <summary>
/// What the coordinator sets for a bourse; times are UTC (the form converts from the venue's time zone).
/// <c>RegistrationClosesAt</c>: until when organisations may register on the public form (null: until the event starts).
/// <c>ResultsEmbedSites</c>: the sites (origins such as <c>https://www.namur.be</c>, separated by spaces) that may show the
/// public results page in a frame.
/// </summary>
public sealed record EventInput(string? Slug, string? Name, string? Municipality, string? Venue, DateTime StartsAt, DateTime EndsAt, string DefaultLanguage,
    bool RequiresRatification = false, bool ShowSocialValue = false, string? BoardSecondLanguage = null,
    BilingualMode BoardBilingualMode = BilingualMode.SideBySide, DateTime? RegistrationClosesAt = null, string? ResultsEmbedSites = null);

/// <summary>Events and their categories. Several events coexist: a city runs one a year.</summary>
public sealed class EventService(LiveWriter writer)
{
    /// <summary>Creates an event with the default categories. Its slug is its address: <c>/e/{slug}</c>.</summary>
    public async Task<CommandResult<EventDto>> CreateAsync(EventInput input, StaffActor actor, CancellationToken cancellationToken = default)
    {
        var rules = new FieldRules();
        var clean = Check(rules, input);
        if (!rules.IsValid)
        {
            return CommandResult.Invalid<EventDto>(rules.Errors);
        }
        // No feed entry: no screen follows an event before it exists; its first snapshot is its state at creation.
        return await writer.WriteAsync(async tx =>
        {
            if (await tx.Db.Events.AnyAsync(e => e.Slug == clean.Slug, tx.CancellationToken))
            {
                return CommandResult.Invalid<EventDto>(new DomainError(LiveErrors.EventSlugTaken, clean.Slug, "slug"));
            }
            var ev = new Event { CreatedAt = tx.Now, Categories = Category.CreateDefaults() };
            Apply(ev, clean);
            tx.Db.Events.Add(ev);
            try
            {
                // Saved before the audit line, which names the event by the id the database gives it.
                await tx.SaveAsync();
            }
            catch (DbUpdateException)
            {
                return CommandResult.Invalid<EventDto>(new DomainError(LiveErrors.EventSlugTaken, clean.Slug, "slug"));
            }
            tx.Audit(actor, ev.Id, "event.created", ev.Name);
            return CommandResult.Done(ev.ToDto());
        }, cancellationToken);
    }

    /// <summary>Changes the event's details (not its address, which is printed on the QR codes).</summary>
    public Task<CommandResult<EventDto>> UpdateAsync(string slug, Guid version, EventInput input, StaffActor actor, CancellationToken cancellationToken = default)
    {
        var rules = new FieldRules();
        var clean = Check(rules, input with { Slug = slug });
        if (!rules.IsValid)
        {
            return Task.FromResult(CommandResult.Invalid<EventDto>(rules.Errors));
        }
        return ChangeAsync(slug, version, tx =>
        {
            Apply(tx.Event, clean);
            tx.Audit(actor, "event.updated", tx.Event.Name);
            return Task.FromResult<DomainError?>(null);
        }, cancellationToken);
    }

    /// <summary>Moves the event to a phase (before opening, open, last call, closed): every screen follows.</summary>
    public Task<CommandResult<EventDto>> SetPhaseAsync(string slug, EventPhase phase, StaffActor actor, CancellationToken cancellationToken = default) =>
        writer.WriteAsync(slug, async tx =>
        {
            if (!Enum.IsDefined(phase))
            {
                return CommandResult.Invalid<EventDto>(new DomainError(LiveErrors.EventBadPhase, phase.ToString(), "phase"));
            }
            tx.Event.Phase = phase;
            tx.Event.Version = Guid.NewGuid();
            tx.Audit(actor, "event.phase", tx.Event.Name, phase.ToString());
            return await PublishEventAsync(tx);
        }, cancellationToken);

    /// <summary>The closing cue: the board counts the totals up. Only once the event is closed.</summary>
    public Task<CommandResult<CountersDto>> RevealAsync(string slug, StaffActor actor, CancellationToken cancellationToken = default) =>
        writer.WriteAsync(slug, async tx =>
        {
            if (tx.Event.Phase != EventPhase.Closed)
            {
                return CommandResult.Invalid<CountersDto>(new DomainError(LiveErrors.EventNotClosed));
            }
            var counters = await LiveQueries.CountAsync(tx.Db, tx.Event.Id, tx.CancellationToken);
            tx.Audit(actor, "event.revealed", tx.Event.Name);
            await tx.AppendAsync(FeedTypes.BoardReveal, counters);
            return CommandResult.Done(counters);
        }, cancellationToken);

    public Task<CommandResult<EventDto>> SetArchivedAsync(string slug, Guid version, bool archived, StaffActor actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(slug, version, tx =>
        {
            tx.Event.IsArchived = archived;
            tx.Audit(actor, archived ? "event.archived" : "event.unarchived", tx.Event.Name);
            return Task.FromResult<DomainError?>(null);
        }, cancellationToken);

    /// <summary>
    /// Adds a category. A name that only mentions money ("Budget et subsides") is refused with the confirmable
    /// warning unless <paramref name="confirmMoneyMentions"/>; one about money changing hands stays refused.
    /// </summary>
    public Task<CommandResult<EventDto>> AddCategoryAsync(string slug, string? name, StaffActor actor, bool confirmMoneyMentions = false, CancellationToken cancellationToken = default) =>
        CategoriesAsync(slug, actor, async (tx, categories, labels) =>
        {
            var rules = new FieldRules { MoneyMentionsConfirmed = confirmMoneyMentions, CancellationToken = cancellationToken };
            var clean = rules.Text("name", name, Category.NameMaxLength, required: true, noMoney: true);
            if (!rules.IsValid)
            {
                return rules.Errors[0];
            }
            if (labels(categories).Any(l => TextKey.NameKey(l) == TextKey.NameKey(clean!)))
            {
                return new DomainError(LiveErrors.CategoryDuplicate, clean, "name");
            }
            var key = $"custom-{Guid.NewGuid():N}"[..20];
            tx.Db.Categories.Add(new Category { EventId = tx.Event.Id, Key = key, Name = clean, SortOrder = categories.Count == 0 ? 0 : categories.Max(c => c.SortOrder) + 1 });
            await Task.CompletedTask;
            return null;
        }, cancellationToken);

    public Task<CommandResult<EventDto>> RenameCategoryAsync(string slug, int categoryId, string? name, StaffActor actor, bool confirmMoneyMentions = false, CancellationToken cancellationToken = default) =>
        CategoriesAsync(slug, actor, (tx, categories, labels) =>
        {
            var rules = new FieldRules { MoneyMentionsConfirmed = confirmMoneyMentions, CancellationToken = cancellationToken };
            var clean = rules.Text("name", name, Category.NameMaxLength, required: true, noMoney: true);
            var category = categories.SingleOrDefault(c => c.Id == categoryId);
            DomainError? error = category is null ? new DomainError(LiveErrors.UnknownCategory, Field: "categoryId")
                : !rules.IsValid ? rules.Errors[0]
                : labels(categories.Where(c => c.Id != categoryId)).Any(l => TextKey.NameKey(l) == TextKey.NameKey(clean!)) ? new DomainError(LiveErrors.CategoryDuplicate, clean, "name")
                : null;
            if (error is null)
            {
                category!.Name = clean;
            }
            return Task.FromResult(error);
        }, cancellationToken);

    /// <summary>Moves a category one place up (-1) or down (+1) in the order the forms and screens show.</summary>
    public Task<CommandResult<EventDto>> MoveCategoryAsync(string slug, int categoryId, int step, StaffActor actor, CancellationToken cancellationToken = default) =>
        CategoriesAsync(slug, actor, (tx, categories, _) =>
        {
            var ordered = categories.OrderBy(c => c.SortOrder).ToList();
            var index = ordered.FindIndex(c => c.Id == categoryId);
            if (index < 0)
            {
                return Task.FromResult<DomainError?>(new DomainError(LiveErrors.UnknownCategory, Field: "categoryId"));
            }
            var target = Math.Clamp(index + Math.Sign(step), 0, ordered.Count - 1);
            var moved = ordered[index];
            ordered.RemoveAt(index);
            ordered.Insert(target, moved);
            for (var i = 0; i < ordered.Count; i++)
            {
                ordered[i].SortOrder = i;
            }
            return Task.FromResult<DomainError?>(null);
        }, cancellationToken);

    /// <summary>A retired category is no longer offered for new listings; what used it keeps it.</summary>
    public Task<CommandResult<EventDto>> SetCategoryRetiredAsync(string slug, int categoryId, bool retired, StaffActor actor, CancellationToken cancellationToken = default) =>
        CategoriesAsync(slug, actor, (tx, categories, _) =>
        {
            var category = categories.SingleOrDefault(c => c.Id == categoryId);
            if (category is null)
            {
                return Task.FromResult<DomainError?>(new DomainError(LiveErrors.UnknownCategory, Field: "categoryId"));
            }
            category.IsRetired = retired;
            return Task.FromResult<DomainError?>(null);
        }, cancellationToken);

    /// <summary>The estimated social value suggested for deals of a category (euros; none to suggest nothing).</summary>
    public Task<CommandResult<EventDto>> SetCategoryValueAsync(string slug, int categoryId, decimal? value, StaffActor actor, CancellationToken cancellationToken = default) =>
        CategoriesAsync(slug, actor, (tx, categories, _) =>
        {
            var category = categories.SingleOrDefault(c => c.Id == categoryId);
            DomainError? error = category is null ? new DomainError(LiveErrors.UnknownCategory, Field: "categoryId")
                : value is < 0 or > Deal.MaxEstimatedValue ? new DomainError(LiveErrors.DealBadValue, Deal.MaxEstimatedValue.ToString("N0", System.Globalization.CultureInfo.CurrentCulture), "defaultValue")
                : null;
            if (error is null)
            {
                category!.DefaultValue = value;
            }
            return Task.FromResult(error);
        }, cancellationToken);

    /// <summary>Deletes a category that nothing uses; one in use can only be retired.</summary>
    public Task<CommandResult<EventDto>> DeleteCategoryAsync(string slug, int categoryId, StaffActor actor, CancellationToken cancellationToken = default) =>
        CategoriesAsync(slug, actor, async (tx, categories, _) =>
        {
            var category = categories.SingleOrDefault(c => c.Id == categoryId);
            if (category is null)
            {
                return new DomainError(LiveErrors.UnknownCategory, Field: "categoryId");
            }
            var inUse = await tx.Db.Listings.AnyAsync(l => l.CategoryId == categoryId, tx.CancellationToken)
                || await tx.Db.Deals.AnyAsync(d => d.CategoryId == categoryId, tx.CancellationToken)
                || await tx.Db.RegistrationEntries.AnyAsync(e => e.CategoryId == categoryId, tx.CancellationToken);
            if (inUse)
            {
                return new DomainError(LiveErrors.CategoryInUse, category.Name ?? category.Key, "categoryId");
            }
            tx.Db.Categories.Remove(category);
            return null;
        }, cancellationToken);

    private Task<CommandResult<EventDto>> CategoriesAsync(string slug, StaffActor actor,
        Func<LiveTransaction, List<Category>, Func<IEnumerable<Category>, IEnumerable<string>>, Task<DomainError?>> change, CancellationToken cancellationToken) =>
        writer.WriteAsync(slug, async tx =>
        {
            var categories = await tx.Db.Categories.Where(c => c.EventId == tx.Event.Id).ToListAsync(tx.CancellationToken);
            // A new name may not repeat an existing one in any language: the default names count in FR, NL and EN.
            static IEnumerable<string> Labels(IEnumerable<Category> list) =>
                list.SelectMany(c => c.Name is { } name ? [name] : CategoryLabels.AllLanguages(c.Key));
            if (await change(tx, categories, Labels) is { } refused)
            {
                return CommandResult.Invalid<EventDto>(refused);
            }
            tx.Audit(actor, "event.categories", tx.Event.Name);
            return await PublishEventAsync(tx);
        }, cancellationToken);

    private Task<CommandResult<EventDto>> ChangeAsync(string slug, Guid version, Func<LiveTransaction, Task<DomainError?>> change, CancellationToken cancellationToken) =>
        writer.WriteAsync(slug, async tx =>
        {
            if (tx.Event.Version != version)
            {
                return CommandResult.Invalid<EventDto>(new DomainError(LiveErrors.Conflict));
            }
            if (await change(tx) is { } refused)
            {
                return CommandResult.Invalid<EventDto>(refused);
            }
            tx.Event.Version = Guid.NewGuid();
            return await PublishEventAsync(tx);
        }, cancellationToken);

    private static async Task<CommandResult<EventDto>> PublishEventAsync(LiveTransaction tx)
    {
        await tx.SaveAsync();
        await tx.Db.Entry(tx.Event).Collection(e => e.Categories).LoadAsync(tx.CancellationToken);
        var dto = tx.Event.ToDto();
        await tx.AppendAsync(FeedTypes.EventUpdated, dto);
        return CommandResult.Done(dto);
    }

    private static EventInput Check(FieldRules rules, EventInput input)
    {
        var slug = rules.Text("slug", input.Slug?.ToLowerInvariant(), Event.SlugMaxLength, required: true);
        if (slug is not null && !EventSlug.IsValid(slug))
        {
            rules.Add(new DomainError(LiveErrors.EventBadSlug, slug, "slug"));
        }
        if (input.EndsAt <= input.StartsAt || input.EndsAt - input.StartsAt > TimeSpan.FromHours(24))
        {
            rules.Add(new DomainError(LiveErrors.EventBadTimes, Field: "endsAt"));
        }
        if (!LocalizationSetup.Cultures.Contains(input.DefaultLanguage))
        {
            rules.Add(new DomainError(LiveErrors.EventBadLanguage, input.DefaultLanguage, "defaultLanguage"));
        }
        if (input.BoardSecondLanguage is { } second && !LocalizationSetup.Cultures.Contains(second))
        {
            rules.Add(new DomainError(LiveErrors.EventBadLanguage, second, "boardSecondLanguage"));
        }
        if (input.RegistrationClosesAt is { } closes && closes >= input.EndsAt)
        {
            rules.Add(new DomainError(LiveErrors.EventBadRegistrationCloses, Field: "registrationClosesAt"));
        }
        var sites = rules.Text("resultsEmbedSites", input.ResultsEmbedSites, Event.EmbedSitesMaxLength);
        if (EmbedSites.Refused(sites) is [var refused, ..])
        {
            rules.Add(new DomainError(LiveErrors.EventBadEmbedSite, refused, "resultsEmbedSites"));
        }
        return input with
        {
            // Kept as the origins a browser matches, one space apart: "https://www.namur.be https://namur.be".
            ResultsEmbedSites = EmbedSites.Parse(sites) is { Count: > 0 } origins ? string.Join(' ', origins) : null,
            Slug = slug,
            Name = rules.Text("name", input.Name, Event.NameMaxLength, required: true),
            Municipality = rules.Text("municipality", input.Municipality, Event.MunicipalityMaxLength, required: true),
            Venue = rules.Text("venue", input.Venue, Event.VenueMaxLength, required: true),
        };
    }

    private static void Apply(Event ev, EventInput clean)
    {
        ev.Slug = clean.Slug!;
        ev.Name = clean.Name!;
        ev.Municipality = clean.Municipality!;
        ev.Venue = clean.Venue!;
        ev.StartsAt = DateTime.SpecifyKind(clean.StartsAt, DateTimeKind.Utc);
        ev.EndsAt = DateTime.SpecifyKind(clean.EndsAt, DateTimeKind.Utc);
        ev.DefaultLanguage = clean.DefaultLanguage;
        ev.RequiresRatification = clean.RequiresRatification;
        ev.ShowSocialValue = clean.ShowSocialValue;
        ev.BoardSecondLanguage = clean.BoardSecondLanguage == clean.DefaultLanguage ? null : clean.BoardSecondLanguage;
        ev.BoardBilingualMode = clean.BoardBilingualMode;
        ev.RegistrationClosesAt = clean.RegistrationClosesAt is { } closes ? DateTime.SpecifyKind(closes, DateTimeKind.Utc) : null;
        ev.ResultsEmbedSites = clean.ResultsEmbedSites;
    }
}
