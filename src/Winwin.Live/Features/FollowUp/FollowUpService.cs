using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Winwin.Data;
using Winwin.Live.Features.Commands;
using Winwin.Live.Features.Live;

namespace Winwin.Live.Features.FollowUp;

/// <summary>Codes of the follow-up's refusals (texts under <c>error.followup.*</c>).</summary>
public static class FollowUpErrors
{
    public const string BadStatus = "followup.badStatus";
    public const string Closed = "followup.closed";
    public const string NothingSelected = "followup.nothingSelected";
    public const string BadDays = "followup.badDays";
    public const string CheckBeforeFirstContact = "followup.checkBeforeFirstContact";
}

/// <summary>A deal as the client last saw it: its number and version, so that a concurrent change is reported instead of overwritten.</summary>
public sealed record FollowUpTarget(int Number, Guid Version);

/// <summary>The outcome of a recorded follow-up, with the deal's new version.</summary>
public sealed record FollowUpRecorded(int Number, FollowUpStatus Status, string? Notes, string ByName, DateTime At, Guid Version);

/// <summary>The follow-up days of an event after a change, with its new version.</summary>
public sealed record FollowUpDays(int FirstContactDays, int CheckDays, Guid Version);

/// <summary>Whether the event's follow-up runs, and since when it is closed.</summary>
public sealed record FollowUpState(DateTime? ClosedAt, Guid EventVersion);

/// <summary>
/// The follow-up of the deals after the event: was each agreement honoured? Coordinators record a status and notes;
/// each change says who and when, leaves a line in the deal's history and in the audit trail, and never overwrites
/// a change made meanwhile by someone else.
/// </summary>
public sealed class FollowUpService(LiveWriter writer, TimeProvider time)
{
    public const int MaxBulk = 1000;

    /// <summary>
    /// Sets when the deals are followed up: first contact and check, in days after the event (1 to <see cref="Event.MaxFollowUpDays"/>;
    /// the first contact comes before the check). Staff-only settings: no screen is told.
    /// </summary>
    public Task<CommandResult<FollowUpDays>> SetFollowUpDaysAsync(string slug, Guid version, int firstContactDays, int checkDays, StaffActor actor,
        CancellationToken cancellationToken = default)
    {
        var errors = CheckFollowUpDays(firstContactDays, checkDays);
        if (errors.Count > 0)
        {
            return Task.FromResult(CommandResult.Invalid<FollowUpDays>(errors));
        }
        return writer.WriteAsync(slug, tx =>
        {
            if (tx.Event.Version != version)
            {
                return Task.FromResult(CommandResult.Invalid<FollowUpDays>(new DomainError(LiveErrors.Conflict)));
            }
            var before = $"{tx.Event.FollowUpFirstContactDays}/{tx.Event.FollowUpCheckDays}";
            tx.Event.FollowUpFirstContactDays = firstContactDays;
            tx.Event.FollowUpCheckDays = checkDays;
            tx.Event.Version = Guid.NewGuid();
            tx.Audit(actor, "followup.days", tx.Event.Slug, $"{before} → {firstContactDays}/{checkDays}");
            return Task.FromResult(CommandResult.Done(new FollowUpDays(firstContactDays, checkDays, tx.Event.Version)));
        }, cancellationToken);
    }

    public static IReadOnlyList<DomainError> CheckFollowUpDays(int firstContactDays, int checkDays)
    {
        var errors = new List<DomainError>();
        var max = Event.MaxFollowUpDays.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (firstContactDays is < 1 or > Event.MaxFollowUpDays)
        {
            errors.Add(new DomainError(FollowUpErrors.BadDays, max, "followUpFirstContactDays"));
        }
        if (checkDays is < 1 or > Event.MaxFollowUpDays)
        {
            errors.Add(new DomainError(FollowUpErrors.BadDays, max, "followUpCheckDays"));
        }
        if (errors.Count == 0 && firstContactDays >= checkDays)
        {
            errors.Add(new DomainError(FollowUpErrors.CheckBeforeFirstContact, Field: "followUpCheckDays"));
        }
        return errors;
    }

    /// <summary>Records where the follow-up of deal <paramref name="number"/> stands, with notes (which replace the previous ones).</summary>
    public async Task<CommandResult<FollowUpRecorded>> RecordAsync(string slug, int number, Guid version, FollowUpStatus status, string? notes, StaffActor actor,
        CancellationToken cancellationToken = default)
    {
        var rules = new FieldRules();
        if (!Enum.IsDefined(status))
        {
            rules.Add(new DomainError(FollowUpErrors.BadStatus, status.ToString(), "status"));
        }
        var clean = rules.Text("notes", notes, Deal.FollowUpNotesMaxLength);
        if (!rules.IsValid)
        {
            return CommandResult.Invalid<FollowUpRecorded>(rules.Errors);
        }
        var result = await ChangeAsync(slug, [new FollowUpTarget(number, version)], actor, (_, deal) => Apply(deal, status, clean, actor), (tx, changed) =>
        {
            var (deal, before) = changed[0];
            tx.Audit(actor, "followup.recorded", Subject(deal.Number), $"{before} → {deal.FollowUpStatus}");
        }, cancellationToken);
        return result.Succeeded ? CommandResult.Done(result.Value![0]) : Refusal<FollowUpRecorded, IReadOnlyList<FollowUpRecorded>>(result);
    }

    /// <summary>Sets one status on several deals at once (notes stay as they are). All or nothing: one stale deal refuses the lot.</summary>
    public async Task<CommandResult<IReadOnlyList<FollowUpRecorded>>> SetStatusAsync(string slug, IReadOnlyList<FollowUpTarget> deals, FollowUpStatus status, StaffActor actor,
        CancellationToken cancellationToken = default)
    {
        if (!Enum.IsDefined(status))
        {
            return CommandResult.Invalid<IReadOnlyList<FollowUpRecorded>>(new DomainError(FollowUpErrors.BadStatus, status.ToString(), "status"));
        }
        var targets = (deals ?? []).DistinctBy(d => d.Number).ToList();
        if (targets.Count == 0 || targets.Count > MaxBulk)
        {
            return CommandResult.Invalid<IReadOnlyList<FollowUpRecorded>>(new DomainError(FollowUpErrors.NothingSelected, MaxBulk.ToString(CultureInfo.InvariantCulture), "deals"));
        }
        return await ChangeAsync(slug, targets, actor, (_, deal) => Apply(deal, status, deal.FollowUpNotes, actor), (tx, changed) =>
            tx.Audit(actor, "followup.bulk", string.Join(", ", changed.Select(c => Subject(c.Deal.Number))),
                string.Create(CultureInfo.InvariantCulture, $"{changed.Count} → {status}")), cancellationToken);
    }

    /// <summary>Closes the event's follow-up: nothing is due any more, and the retention period of the contact data starts.</summary>
    public Task<CommandResult<FollowUpState>> CloseAsync(string slug, StaffActor actor, CancellationToken cancellationToken = default) =>
        SetClosedAsync(slug, closed: true, actor, cancellationToken);

    /// <summary>Opens a closed follow-up again (a late answer came in).</summary>
    public Task<CommandResult<FollowUpState>> ReopenAsync(string slug, StaffActor actor, CancellationToken cancellationToken = default) =>
        SetClosedAsync(slug, closed: false, actor, cancellationToken);

    private Task<CommandResult<FollowUpState>> SetClosedAsync(string slug, bool closed, StaffActor actor, CancellationToken cancellationToken) =>
        writer.WriteAsync(slug, tx =>
        {
            // Closing twice keeps the first date; reopening an open follow-up changes nothing.
            if (closed != tx.Event.FollowUpClosedAt.HasValue)
            {
                tx.Event.FollowUpClosedAt = closed ? time.GetUtcNow().UtcDateTime : null;
                tx.Event.Version = Guid.NewGuid();
                tx.Audit(actor, closed ? "followup.closed" : "followup.reopened", tx.Event.Slug);
            }
            return Task.FromResult(CommandResult.Done(new FollowUpState(tx.Event.FollowUpClosedAt, tx.Event.Version)));
        }, cancellationToken);

    private Task<CommandResult<IReadOnlyList<FollowUpRecorded>>> ChangeAsync(string slug, List<FollowUpTarget> targets, StaffActor actor,
        Action<LiveTransaction, Deal> apply, Action<LiveTransaction, IReadOnlyList<(Deal Deal, FollowUpStatus Before)>> audit, CancellationToken cancellationToken) =>
        writer.WriteAsync(slug, async tx =>
        {
            if (tx.Event.FollowUpClosedAt is not null)
            {
                return CommandResult.Invalid<IReadOnlyList<FollowUpRecorded>>(new DomainError(FollowUpErrors.Closed));
            }
            var numbers = targets.Select(t => t.Number).ToList();
            var deals = await tx.Db.Deals.Include(d => d.History)
                .Where(d => d.EventId == tx.Event.Id && numbers.Contains(d.Number))
                .ToDictionaryAsync(d => d.Number, tx.CancellationToken);
            if (deals.Count != targets.Count)
            {
                return CommandResult.NotFound<IReadOnlyList<FollowUpRecorded>>();
            }
            if (targets.Any(t => deals[t.Number].Version != t.Version))
            {
                return CommandResult.Invalid<IReadOnlyList<FollowUpRecorded>>(new DomainError(LiveErrors.Conflict));
            }
            // Only deals that were announced (and not retracted) are agreements to follow up.
            if (deals.Values.Any(d => d.Status != DealStatus.Announced))
            {
                return CommandResult.Invalid<IReadOnlyList<FollowUpRecorded>>(new DomainError(LiveErrors.DealWrongStatus));
            }
            var changed = new List<(Deal Deal, FollowUpStatus Before)>();
            foreach (var target in targets)
            {
                var deal = deals[target.Number];
                var before = deal.FollowUpStatus;
                apply(tx, deal);
                deal.Version = Guid.NewGuid();
                deal.History.Add(new DealHistoryEntry
                {
                    Action = DealAction.FollowedUp,
                    ActorId = actor.UserId,
                    ActorName = actor.Name,
                    At = deal.FollowUpAt!.Value,
                    Detail = before == deal.FollowUpStatus ? deal.FollowUpStatus.ToString() : $"{before} → {deal.FollowUpStatus}",
                });
                changed.Add((deal, before));
            }
            audit(tx, changed);
            await tx.SaveAsync();
            return CommandResult.Done<IReadOnlyList<FollowUpRecorded>>([.. changed.Select(c =>
                new FollowUpRecorded(c.Deal.Number, c.Deal.FollowUpStatus, c.Deal.FollowUpNotes, c.Deal.FollowUpByName!, c.Deal.FollowUpAt!.Value, c.Deal.Version))]);
        }, cancellationToken);

    private void Apply(Deal deal, FollowUpStatus status, string? notes, StaffActor actor)
    {
        deal.FollowUpStatus = status;
        deal.FollowUpNotes = notes;
        deal.FollowUpById = actor.UserId;
        deal.FollowUpByName = actor.Name;
        deal.FollowUpAt = time.GetUtcNow().UtcDateTime;
    }

    private static string Subject(int number) => string.Create(CultureInfo.InvariantCulture, $"#{number}");

    private static CommandResult<TOut> Refusal<TOut, TIn>(CommandResult<TIn> result) =>
        result.IsNotFound ? CommandResult.NotFound<TOut>() : CommandResult.Invalid<TOut>(result.Errors);
}
