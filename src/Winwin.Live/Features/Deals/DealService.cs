using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Winwin.Data;
using Winwin.Live.Features.Commands;
using Winwin.Live.Features.Live;
using Winwin.Live.Features.MatchForm;

namespace Winwin.Live.Features.Deals;

/// <summary>
/// Deals, from recording to announcement (after a notary's approval where the event asks for it), correction and
/// retraction. Every step goes through the <see cref="LiveWriter"/> and leaves a line in the deal's history.
/// </summary>
public sealed class DealService(IDbContextFactory<WinwinDbContext> dbFactory, LiveWriter writer, TimeProvider time, MatchFormLetters letters)
{
    public async Task<CommandResult<DealDto>> AnnounceAsync(string slug, AnnounceDealCommand command, StaffActor actor, CancellationToken cancellationToken = default)
    {
        if (command.IdempotencyKey == Guid.Empty)
        {
            return CommandResult.Invalid<DealDto>(new DomainError(LiveErrors.MissingIdempotencyKey, Field: "idempotencyKey"));
        }
        var parties = Normalize(command.Parties);
        var errors = Check(parties, command.EstimatedValue, command.ConfirmMoneyMentions, cancellationToken);
        if (errors.Count > 0)
        {
            return CommandResult.Invalid<DealDto>(errors);
        }
        var fulfils = command.Fulfils?.Distinct().ToList() ?? [];
        var result = await RecordAsync(slug, command, parties, fulfils, actor, cancellationToken);
        await MailMatchFormsAsync(slug, result, cancellationToken);
        return result;
    }

    private async Task<CommandResult<DealDto>> RecordAsync(string slug, AnnounceDealCommand command, List<(int OrganizationId, string? Gives)> parties,
        List<int> fulfils, StaffActor actor, CancellationToken cancellationToken)
    {
        try
        {
            return await writer.WriteAsync(slug, async tx =>
            {
                // Checked under the writer lock: a retried or doubled submission yields the first deal; the same key with
                // another deal is refused, naming the deal the key belongs to.
                if (await ReplayAsync(tx.Db, tx.Event.Id, command, parties, fulfils, tx.CancellationToken) is { } replay)
                {
                    return replay;
                }
                var (refused, fulfilled) = await LoadReferencesAsync(tx, parties, fulfils, command.CategoryId);
                if (refused.Count > 0)
                {
                    return CommandResult.Invalid<DealDto>(refused);
                }
                // What the screens show before the deal: the deal's entry carries them with the deal counted in.
                var before = tx.Event.RequiresRatification ? null : await tx.CountAsync();
                var now = time.GetUtcNow().UtcDateTime;
                var deal = new Deal
                {
                    EventId = tx.Event.Id,
                    Number = ++tx.Event.LastDealNumber,
                    IdempotencyKey = command.IdempotencyKey,
                    CategoryId = command.CategoryId,
                    EstimatedValue = command.EstimatedValue,
                    IsReciprocal = Deal.AreReciprocal(parties.Select(g => g.Gives)),
                    Status = tx.Event.RequiresRatification ? DealStatus.Pending : DealStatus.Announced,
                    RecordedById = actor.UserId,
                    RecordedByName = actor.Name,
                    RecordedAt = now,
                    Parties = [.. parties.Select((p, i) => new DealParty { OrganizationId = p.OrganizationId, Gives = p.Gives, Position = i })],
                    Fulfils = [.. fulfils.Select(id => new DealListing { ListingId = id })],
                    History = [new DealHistoryEntry { Action = DealAction.Recorded, ActorId = actor.UserId, ActorName = actor.Name, At = now }],
                };
                // The parties' organisations and the category are tracked (read by the checks above): the new deal finds
                // them when it is added, and its DTO is built from memory instead of being read back.
                tx.Db.Deals.Add(deal);
                tx.Notify(StaffTopic.Deals);
                tx.Audit(actor, deal.Status == DealStatus.Pending ? "deal.recorded" : "deal.announced", $"#{deal.Number}");
                var dto = deal.ToDto();
                if (deal.Status == DealStatus.Announced)
                {
                    // Fulfilled listings leave the phones with the deal itself: no entry of their own.
                    foreach (var listing in fulfilled)
                    {
                        listing.Status = ListingStatus.Fulfilled;
                        listing.Version = Guid.NewGuid();
                    }
                    tx.Append(FeedTypes.DealAnnounced, dto, DealCounters.WithAnnounced(before!, deal, fulfilled));
                }
                // The deal, what it changes and its feed entry are written by one save, the writer's, with the commit.
                return CommandResult.Done(dto);
            }, cancellationToken);
        }
        catch (DbUpdateException) when (!cancellationToken.IsCancellationRequested)
        {
            // Another instance committed the same key between our check and our insert.
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var eventId = await db.Events.Where(e => e.Slug == slug).Select(e => e.Id).SingleAsync(cancellationToken);
            return await ReplayAsync(db, eventId, command, parties, fulfils, cancellationToken)
                ?? throw new InvalidOperationException("The deal could not be saved.");
        }
    }

    /// <summary>A notary approves a pending deal: it is announced to the room.</summary>
    public async Task<CommandResult<DealDto>> ApproveAsync(string slug, int number, Guid version, StaffActor actor, CancellationToken cancellationToken = default)
    {
        var result = await ChangeAsync(slug, number, version, actor, [DealStatus.Pending], DealAction.Approved, null, async (tx, deal) =>
        {
            deal.Status = DealStatus.Announced;
            deal.StatusReason = null;
            await SetListingsAsync(tx, deal.Fulfils.Select(f => f.ListingId), ListingStatus.Fulfilled);
            return FeedTypes.DealAnnounced;
        }, cancellationToken);
        await MailMatchFormsAsync(slug, result, cancellationToken);
        return result;
    }

    // Once the deal is announced and saved, and only the first time (a replayed submission was mailed already).
    private async Task MailMatchFormsAsync(string slug, CommandResult<DealDto> result, CancellationToken cancellationToken)
    {
        if (result is { Succeeded: true, Replayed: false, Value.Status: DealStatus.Announced })
        {
            await letters.SendAsync(slug, result.Value.Number, cancellationToken);
        }
    }

    /// <summary>A notary sends a pending deal back to the facilitators, saying why.</summary>
    public Task<CommandResult<DealDto>> ReturnAsync(string slug, int number, Guid version, string? reason, StaffActor actor, CancellationToken cancellationToken = default) =>
        WithReasonAsync(reason, clean => ChangeAsync(slug, number, version, actor, [DealStatus.Pending], DealAction.Returned, clean, (_, deal) =>
        {
            deal.Status = DealStatus.Returned;
            deal.StatusReason = clean;
            return Task.FromResult<string?>(null);
        }, cancellationToken));

    /// <summary>Withdraws an announced deal, saying why: every screen takes it off and the counters follow.</summary>
    public Task<CommandResult<DealDto>> RetractAsync(string slug, int number, Guid version, string? reason, StaffActor actor, CancellationToken cancellationToken = default) =>
        WithReasonAsync(reason, clean => ChangeAsync(slug, number, version, actor, [DealStatus.Announced], DealAction.Retracted, clean, async (tx, deal) =>
        {
            deal.Status = DealStatus.Retracted;
            deal.StatusReason = clean;
            await SetListingsAsync(tx, deal.Fulfils.Select(f => f.ListingId), ListingStatus.Open);
            return FeedTypes.DealRetracted;
        }, cancellationToken));

    /// <summary>
    /// Corrects a deal (a typo, a wrong party). An announced deal is updated in place on every screen;
    /// a deal sent back by a notary goes back to the ratification queue.
    /// </summary>
    public Task<CommandResult<DealDto>> CorrectAsync(string slug, int number, Guid version, CorrectDealCommand command, StaffActor actor, CancellationToken cancellationToken = default)
    {
        var parties = Normalize(command.Parties);
        var errors = Check(parties, command.EstimatedValue, command.ConfirmMoneyMentions, cancellationToken);
        if (errors.Count > 0)
        {
            return Task.FromResult(CommandResult.Invalid<DealDto>(errors));
        }
        var fulfils = command.Fulfils?.Distinct().ToList() ?? [];
        return ChangeAsync(slug, number, version, actor, [DealStatus.Announced, DealStatus.Pending, DealStatus.Returned], DealAction.Corrected, null, async (tx, deal) =>
        {
            var refused = await CheckReferencesAsync(tx.Db, tx.Event.Id, parties, fulfils, command.CategoryId, deal.Id, tx.CancellationToken);
            if (refused.Count > 0)
            {
                throw new RefusedException(refused);
            }
            var summary = Summarize(deal, parties, command);
            var before = deal.Fulfils.Select(f => f.ListingId).ToList();
            // A party that stays keeps its row, and so its own link and what it reported of the follow-up; when who gives what
            // changed, what it confirmed was another deal, so it is asked again.
            var reworded = !deal.Parties.OrderBy(p => p.Position).Select(p => (p.OrganizationId, p.Gives)).SequenceEqual(parties);
            var staying = deal.Parties.Where(p => parties.Any(n => n.OrganizationId == p.OrganizationId)).ToDictionary(p => p.OrganizationId);
            tx.Db.DealParties.RemoveRange(deal.Parties.Where(p => !staying.ContainsKey(p.OrganizationId)));
            tx.Db.DealListings.RemoveRange(deal.Fulfils);
            deal.Parties = [.. parties.Select((p, i) => staying.TryGetValue(p.OrganizationId, out var kept)
                ? Restate(kept, p.Gives, i, reworded)
                : new DealParty { OrganizationId = p.OrganizationId, Gives = p.Gives, Position = i })];
            deal.Fulfils = [.. fulfils.Select(id => new DealListing { ListingId = id })];
            deal.CategoryId = command.CategoryId;
            deal.EstimatedValue = command.EstimatedValue;
            deal.IsReciprocal = Deal.AreReciprocal(parties.Select(p => p.Gives));
            deal.History[^1].Detail = summary;
            if (deal.Status == DealStatus.Returned)
            {
                deal.Status = DealStatus.Pending;
                deal.StatusReason = null;
                deal.History[^1].Action = DealAction.Resubmitted;
                return null;
            }
            if (deal.Status != DealStatus.Announced)
            {
                return null;
            }
            await SetListingsAsync(tx, before.Except(fulfils), ListingStatus.Open);
            await SetListingsAsync(tx, fulfils.Except(before), ListingStatus.Fulfilled);
            return FeedTypes.DealUpdated;
        }, cancellationToken);
    }

    private static DealParty Restate(DealParty party, string? gives, int position, bool reworded)
    {
        party.Gives = gives;
        party.Position = position;
        if (!reworded)
        {
            return party;
        }
        party.Answer = PartyAnswer.None;
        party.AnswerNote = null;
        party.AnsweredAt = null;
        return party;
    }

    private async Task<CommandResult<DealDto>> ChangeAsync(string slug, int number, Guid version, StaffActor actor, DealStatus[] allowed,
        DealAction action, string? detail, Func<LiveTransaction, Deal, Task<string?>> change, CancellationToken cancellationToken)
    {
        try
        {
            return await writer.WriteAsync(slug, async tx =>
            {
                var deal = await tx.Db.Deals
                    .Include(d => d.Parties).Include(d => d.Fulfils).Include(d => d.History)
                    .AsSplitQuery()
                    .SingleOrDefaultAsync(d => d.EventId == tx.Event.Id && d.Number == number, tx.CancellationToken);
                if (deal is null)
                {
                    return CommandResult.NotFound<DealDto>();
                }
                if (deal.Version != version)
                {
                    return CommandResult.Invalid<DealDto>(new DomainError(LiveErrors.Conflict));
                }
                if (!allowed.Contains(deal.Status))
                {
                    return CommandResult.Invalid<DealDto>(new DomainError(LiveErrors.DealWrongStatus));
                }
                tx.Notify(StaffTopic.Deals);
                deal.History.Add(new DealHistoryEntry { Action = action, ActorId = actor.UserId, ActorName = actor.Name, At = time.GetUtcNow().UtcDateTime, Detail = detail });
                tx.Audit(actor, "deal." + action.ToString().ToLowerInvariant(), $"#{deal.Number}", detail);
                var feedType = await change(tx, deal);
                deal.Version = Guid.NewGuid();
                await tx.SaveAsync();
                return CommandResult.Done(feedType is null
                    ? (await LoadAsync(tx.Db, deal.Id, tx.CancellationToken))!
                    : await PublishAsync(tx, deal.Id, feedType));
            }, cancellationToken);
        }
        catch (RefusedException refused)
        {
            return CommandResult.Invalid<DealDto>(refused.Errors);
        }
    }

    private static Task<CommandResult<DealDto>> WithReasonAsync(string? reason, Func<string, Task<CommandResult<DealDto>>> change)
    {
        var rules = new FieldRules();
        var clean = rules.Text("reason", reason, Deal.ReasonMaxLength, required: true);
        return rules.IsValid ? change(clean!) : Task.FromResult(CommandResult.Invalid<DealDto>(rules.Errors));
    }

    private static List<(int OrganizationId, string? Gives)> Normalize(IReadOnlyList<AnnounceDealParty>? parties) =>
        [.. (parties ?? []).Select(p => (p.OrganizationId, Gives: string.IsNullOrWhiteSpace(p.Gives) ? null : p.Gives.Trim()))];

    /// <summary>
    /// The problems of a deal being typed that belong to one field (what a party gives, the value), for the desk to show
    /// next to that field before the deal is sent: a mention of money comes as <c>money.confirm</c>, for the facilitator
    /// to confirm. Whether the deal is complete is the form's own business.
    /// </summary>
    public static IReadOnlyList<DomainError> CheckDraft(IReadOnlyList<AnnounceDealParty>? parties, decimal? estimatedValue, CancellationToken cancellationToken = default) =>
        [.. Check(Normalize(parties), estimatedValue, moneyMentionsConfirmed: false, cancellationToken).Where(e => e.Field is not null)];

    private static List<DomainError> Check(List<(int OrganizationId, string? Gives)> parties, decimal? estimatedValue, bool moneyMentionsConfirmed,
        CancellationToken cancellationToken)
    {
        var errors = Deal.Check(parties, moneyMentionsConfirmed, cancellationToken).ToList();
        if (estimatedValue is < 0 or > Deal.MaxEstimatedValue)
        {
            errors.Add(new DomainError(LiveErrors.DealBadValue, Deal.MaxEstimatedValue.ToString("N0", CultureInfo.CurrentCulture), "estimatedValue"));
        }
        return errors;
    }

    /// <summary>What a correction changed, in words for the history.</summary>
    private static string Summarize(Deal deal, List<(int OrganizationId, string? Gives)> parties, CorrectDealCommand command)
    {
        var changes = new List<string>();
        var before = deal.Parties.OrderBy(p => p.Position).Select(p => (p.OrganizationId, p.Gives)).ToList();
        if (!before.Select(p => p.OrganizationId).SequenceEqual(parties.Select(p => p.OrganizationId)))
        {
            changes.Add("parties");
        }
        if (!before.Select(p => p.Gives).SequenceEqual(parties.Select(p => p.Gives)))
        {
            changes.Add("gives");
        }
        if (deal.CategoryId != command.CategoryId)
        {
            changes.Add("category");
        }
        if (deal.EstimatedValue != command.EstimatedValue)
        {
            changes.Add("estimatedValue");
        }
        if (!deal.Fulfils.Select(f => f.ListingId).Order().SequenceEqual((command.Fulfils ?? []).Distinct().Order()))
        {
            changes.Add("fulfils");
        }
        return string.Join(", ", changes);
    }

    /// <summary>Sets the status of listings and tells the screens (a phone lists only open ones).</summary>
    private static async Task SetListingsAsync(LiveTransaction tx, IEnumerable<int> listingIds, ListingStatus status)
    {
        var ids = listingIds.ToList();
        if (ids.Count == 0)
        {
            return;
        }
        var listings = await tx.Db.Listings.Include(l => l.Organization).Include(l => l.Category)
            .Where(l => ids.Contains(l.Id) && l.Status != status).ToListAsync(tx.CancellationToken);
        foreach (var listing in listings)
        {
            listing.Status = status;
            listing.Version = Guid.NewGuid();
        }
        await tx.SaveAsync();
        // Fulfilled listings leave the phones with the deal itself; reopened ones come back one by one.
        if (status == ListingStatus.Open)
        {
            foreach (var listing in listings)
            {
                await tx.AppendAsync(FeedTypes.ListingUpserted, listing.ToDto());
            }
        }
    }

    private static async Task<DealDto> PublishAsync(LiveTransaction tx, int dealId, string feedType)
    {
        var dto = (await LoadAsync(tx.Db, dealId, tx.CancellationToken))!;
        await tx.AppendAsync(feedType, dto);
        return dto;
    }

    /// <summary>
    /// The answer to a submission whose key already recorded a deal: that deal if the submission is the same one (a retry,
    /// a double click), a refusal naming it if the key comes with another deal. Once that deal has been corrected, the
    /// original submission can no longer be compared and a retry of it is taken as the same.
    /// </summary>
    private static async Task<CommandResult<DealDto>?> ReplayAsync(WinwinDbContext db, int eventId, AnnounceDealCommand command,
        List<(int OrganizationId, string? Gives)> parties, List<int> fulfils, CancellationToken cancellationToken)
    {
        var earlier = await db.Deals.AsNoTracking()
            .Where(d => d.EventId == eventId && d.IdempotencyKey == command.IdempotencyKey)
            .Select(d => new
            {
                d.Id,
                d.Number,
                d.CategoryId,
                d.EstimatedValue,
                Parties = d.Parties.OrderBy(p => p.Position).Select(p => new { p.OrganizationId, p.Gives }).ToList(),
                Fulfils = d.Fulfils.Select(f => f.ListingId).ToList(),
                Changed = d.History.Any(h => h.Action == DealAction.Corrected || h.Action == DealAction.Resubmitted),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (earlier is null)
        {
            return null;
        }
        var same = earlier.Changed
            || (earlier.CategoryId == command.CategoryId && earlier.EstimatedValue == command.EstimatedValue
                && earlier.Parties.Select(p => (p.OrganizationId, p.Gives)).SequenceEqual(parties)
                && earlier.Fulfils.Order().SequenceEqual(fulfils.Order()));
        return same
            ? CommandResult.Done((await LoadAsync(db, earlier.Id, cancellationToken))!, replayed: true)
            : CommandResult.Invalid<DealDto>(new DomainError(LiveErrors.IdempotencyKeyReused,
                earlier.Number.ToString(CultureInfo.InvariantCulture), Field: "idempotencyKey"));
    }

    private static async Task<DealDto?> LoadAsync(WinwinDbContext db, int dealId, CancellationToken cancellationToken)
    {
        // One deal has a handful of parties and listings: one joined query instead of three round trips (this runs on every announcement).
        var deal = await db.Deals.WithDetails().AsSingleQuery().SingleOrDefaultAsync(d => d.Id == dealId, cancellationToken);
        return deal?.ToDto();
    }

    /// <summary>
    /// Reads what a new deal refers to and checks it, as <see cref="CheckReferencesAsync"/> does: its parties'
    /// organisations and its category (tracked, for the deal's DTO) and the listings it fulfils (tracked, to mark them).
    /// </summary>
    private static async Task<(List<DomainError> Errors, List<Listing> Fulfilled)> LoadReferencesAsync(LiveTransaction tx,
        List<(int OrganizationId, string? Gives)> parties, List<int> fulfils, int? categoryId)
    {
        var errors = new List<DomainError>();
        var eventId = tx.Event.Id;
        var partyIds = parties.Select(p => p.OrganizationId).Distinct().ToList();
        var organizations = await tx.Db.Organizations.Where(o => o.EventId == eventId && partyIds.Contains(o.Id)).ToListAsync(tx.CancellationToken);
        if (organizations.Count != partyIds.Count)
        {
            errors.Add(new DomainError(LiveErrors.UnknownOrganization, Field: "parties"));
        }
        if (categoryId is { } id
            && await tx.Db.Categories.SingleOrDefaultAsync(c => c.Id == id && c.EventId == eventId, tx.CancellationToken) is not { IsRetired: false })
        {
            errors.Add(new DomainError(LiveErrors.UnknownCategory, Field: "categoryId"));
        }
        List<Listing> listings = [];
        if (fulfils.Count > 0)
        {
            listings = await tx.Db.Listings.Where(l => fulfils.Contains(l.Id) && l.EventId == eventId && partyIds.Contains(l.OrganizationId))
                .ToListAsync(tx.CancellationToken);
            if (listings.Count != fulfils.Count)
            {
                errors.Add(new DomainError(LiveErrors.UnknownListing, Field: "fulfils"));
            }
            else if (listings.Any(l => l.Status != ListingStatus.Open))
            {
                errors.Add(new DomainError(LiveErrors.ListingNotOpen, Field: "fulfils"));
            }
        }
        return (errors, listings);
    }

    private static async Task<List<DomainError>> CheckReferencesAsync(WinwinDbContext db, int eventId, List<(int OrganizationId, string? Gives)> parties,
        List<int> fulfils, int? categoryId, int? exceptDealId, CancellationToken cancellationToken)
    {
        var errors = new List<DomainError>();
        var partyIds = parties.Select(p => p.OrganizationId).Distinct().ToList();
        var known = await db.Organizations.CountAsync(o => o.EventId == eventId && partyIds.Contains(o.Id), cancellationToken);
        if (known != partyIds.Count)
        {
            errors.Add(new DomainError(LiveErrors.UnknownOrganization, Field: "parties"));
        }
        if (categoryId is { } id
            && !await db.Categories.AnyAsync(c => c.Id == id && c.EventId == eventId && !c.IsRetired, cancellationToken))
        {
            errors.Add(new DomainError(LiveErrors.UnknownCategory, Field: "categoryId"));
        }
        if (fulfils.Count > 0)
        {
            // A listing this very deal already fulfils may stay in a correction.
            var mine = exceptDealId is null ? [] : await db.DealListings.Where(l => l.DealId == exceptDealId).Select(l => l.ListingId).ToListAsync(cancellationToken);
            var listings = await db.Listings.Where(l => fulfils.Contains(l.Id) && l.EventId == eventId && partyIds.Contains(l.OrganizationId))
                .Select(l => new { l.Id, l.Status }).ToListAsync(cancellationToken);
            if (listings.Count != fulfils.Count)
            {
                errors.Add(new DomainError(LiveErrors.UnknownListing, Field: "fulfils"));
            }
            else if (listings.Any(l => l.Status != ListingStatus.Open && !mine.Contains(l.Id)))
            {
                errors.Add(new DomainError(LiveErrors.ListingNotOpen, Field: "fulfils"));
            }
        }
        return errors;
    }

    /// <summary>Carries a refusal out of a change so that the transaction rolls back.</summary>
    private sealed class RefusedException(IReadOnlyList<DomainError> errors) : Exception
    {
        public IReadOnlyList<DomainError> Errors { get; } = errors;
    }
}
