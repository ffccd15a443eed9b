using Microsoft.EntityFrameworkCore;
using Winwin.Data;
using Winwin.Live.Features.Commands;
using Winwin.Live.Features.FollowUp;
using Winwin.Live.Features.Live;

namespace Winwin.Live.Features.MatchForm;

/// <summary>Codes of the refusals of a party's answers (texts under <c>error.party.*</c>).</summary>
public static class PartyErrors
{
    public const string NoteRequired = "party.noteRequired";
    public const string NotAnnounced = "party.notAnnounced";
    public const string FollowUpNotOpen = "party.followUpNotOpen";
    public const string BadReport = "party.badReport";
}

/// <summary>What a party said, as saved.</summary>
public sealed record PartySaid(int DealNumber, PartyAnswer Answer, FollowUpStatus? Reported, DateTime At);

/// <summary>
/// What the parties of a deal say on their own link, without an account: they confirm the deal (the signature of the
/// carbon copy) or report a mistake with a note, and after the bourse they say how the agreement went. Each answer is
/// saved through the one write path with a line in the deal's history and in the audit trail, and the staff screens are
/// told. A party's report moves the deal's follow-up on, but never replaces a verdict the coordinator recorded: the
/// coordinator keeps the last word.
/// </summary>
public sealed class PartyService(LiveWriter writer, IDbContextFactory<WinwinDbContext> dbFactory)
{
    /// <summary>What a party may report: the outcomes a party knows first-hand.</summary>
    public static readonly IReadOnlyList<FollowUpStatus> Reports =
        [FollowUpStatus.Done, FollowUpStatus.PartlyDone, FollowUpStatus.InProgress, FollowUpStatus.NotFeasible];

    /// <summary>Confirms the deal, or (<paramref name="answer"/> <see cref="PartyAnswer.Disputed"/>) reports a mistake, which needs a note.</summary>
    public async Task<CommandResult<PartySaid>> AnswerAsync(string token, PartyAnswer answer, string? note, CancellationToken cancellationToken = default)
    {
        var rules = new FieldRules();
        if (answer is not (PartyAnswer.Confirmed or PartyAnswer.Disputed))
        {
            rules.Add(new DomainError(PartyErrors.BadReport, Field: "answer"));
        }
        var clean = rules.Text("note", note, DealParty.NoteMaxLength);
        if (answer == PartyAnswer.Disputed && clean is null && rules.IsValid)
        {
            rules.Add(new DomainError(PartyErrors.NoteRequired, Field: "note"));
        }
        if (!rules.IsValid)
        {
            return CommandResult.Invalid<PartySaid>(rules.Errors);
        }
        return await ChangeAsync(token, (tx, deal, party) =>
        {
            if (deal.Status != DealStatus.Announced)
            {
                return new DomainError(PartyErrors.NotAnnounced);
            }
            var note = answer == PartyAnswer.Disputed ? clean : null;
            if (party.Answer == answer && party.AnswerNote == note)
            {
                // The same answer again (a second press, the page sent twice): nothing new to record.
                return null;
            }
            party.Answer = answer;
            party.AnswerNote = note;
            party.AnsweredAt = tx.Now;
            var action = answer == PartyAnswer.Confirmed ? DealAction.Confirmed : DealAction.Disputed;
            Log(tx, deal, party, action, party.AnswerNote);
            return null;
        }, cancellationToken);
    }

    /// <summary>Says how the agreement went (done, partly done, in progress, not feasible), with an optional note.</summary>
    public async Task<CommandResult<PartySaid>> ReportAsync(string token, FollowUpStatus status, string? note, CancellationToken cancellationToken = default)
    {
        var rules = new FieldRules();
        if (!Reports.Contains(status))
        {
            rules.Add(new DomainError(PartyErrors.BadReport, Field: "status"));
        }
        var clean = rules.Text("note", note, Deal.FollowUpNotesMaxLength);
        if (!rules.IsValid)
        {
            return CommandResult.Invalid<PartySaid>(rules.Errors);
        }
        return await ChangeAsync(token, (tx, deal, party) =>
        {
            if (deal.Status != DealStatus.Announced || tx.Now < tx.Event.EndsAt || tx.Event.FollowUpClosedAt is not null)
            {
                return new DomainError(PartyErrors.FollowUpNotOpen);
            }
            if (party.ReportedStatus == status && party.ReportedNote == clean)
            {
                return null;
            }
            party.ReportedStatus = status;
            party.ReportedNote = clean;
            party.ReportedAt = tx.Now;
            // A verdict the coordinator recorded stands; anything else (not contacted yet, contacted, in progress, or what a
            // party said before) follows the latest party's word.
            var staffVerdict = deal.FollowUpSource == FollowUpSource.Staff && deal.FollowUpById is not null && FollowUpSchedule.IsFinished(deal.FollowUpStatus);
            if (!staffVerdict)
            {
                deal.FollowUpStatus = status;
                deal.FollowUpSource = FollowUpSource.Party;
                deal.FollowUpById = null;
                deal.FollowUpByName = Name(party);
                deal.FollowUpAt = tx.Now;
                deal.Version = Guid.NewGuid();
            }
            Log(tx, deal, party, DealAction.PartyReported, clean is null ? status.ToString() : $"{status} — {clean}");
            return null;
        }, cancellationToken);
    }

    private async Task<CommandResult<PartySaid>> ChangeAsync(string token, Func<LiveTransaction, Deal, DealParty, DomainError?> change,
        CancellationToken cancellationToken)
    {
        if (!MatchFormQueries.IsWellFormed(token))
        {
            return CommandResult.NotFound<PartySaid>();
        }
        string? slug;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            slug = await (from p in db.DealParties
                          join d in db.Deals on p.DealId equals d.Id
                          join e in db.Events on d.EventId equals e.Id
                          where p.PrivateToken == token
                          select e.Slug).SingleOrDefaultAsync(cancellationToken);
        }
        if (slug is null)
        {
            return CommandResult.NotFound<PartySaid>();
        }
        return await writer.WriteAsync(slug, async tx =>
        {
            var party = await tx.Db.DealParties.Include(p => p.Organization)
                .SingleOrDefaultAsync(p => p.PrivateToken == token, tx.CancellationToken);
            var deal = party is null ? null : await tx.Db.Deals.Include(d => d.History)
                .SingleOrDefaultAsync(d => d.Id == party.DealId && d.EventId == tx.Event.Id, tx.CancellationToken);
            if (party is null || deal is null)
            {
                return CommandResult.NotFound<PartySaid>();
            }
            if (change(tx, deal, party) is { } refused)
            {
                return CommandResult.Invalid<PartySaid>(refused);
            }
            tx.Notify(StaffTopic.Deals);
            return CommandResult.Done(new PartySaid(deal.Number, party.Answer, party.ReportedStatus, tx.Now));
        }, cancellationToken);
    }

    private static void Log(LiveTransaction tx, Deal deal, DealParty party, DealAction action, string? detail)
    {
        var actor = new StaffActor("party", Name(party));
        if (detail is { Length: > DealHistoryEntry.DetailMaxLength })
        {
            detail = detail[..DealHistoryEntry.DetailMaxLength];
        }
        deal.History.Add(new DealHistoryEntry { Action = action, ActorId = actor.UserId, ActorName = actor.Name, At = tx.Now, Detail = detail });
        tx.Audit(actor, "deal." + action.ToString().ToLowerInvariant(), $"#{deal.Number}", detail);
    }

    // The history keeps 150 characters of a name, as it does for staff.
    private static string Name(DealParty party) => party.Organization!.Name is { Length: > 150 } name ? name[..150] : party.Organization.Name;
}
