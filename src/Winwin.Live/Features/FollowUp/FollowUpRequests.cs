using Microsoft.EntityFrameworkCore;
using Winwin.Data;
using Winwin.Live.Features.Commands;
using Winwin.Live.Features.Live;
using Winwin.Live.Features.Mail;

namespace Winwin.Live.Features.FollowUp;

/// <summary>
/// At an event's first-contact date, and again at its check date, asks each party of the deals not yet finished, by e-mail,
/// how its agreement went: the letter carries the party's own link, where it answers in a minute. A party is asked once
/// per date; parties that asked not to be contacted, without an address, or whose contacts were erased are left to the
/// coordinator's call sheet. Needs an SMTP server and <c>Winwin:PublicBaseUrl</c> (no request gives the address here).
/// </summary>
public sealed class FollowUpRequests(IDbContextFactory<WinwinDbContext> dbFactory, LiveWriter writer, Mailer mailer, SiteAddress site, TimeProvider time)
{
    private sealed record Asked(string To, string? ToName, string Language, string EventName, int Number, string Organization, string Others, string Token);

    /// <summary>Sends the requests that are due; returns how many were queued.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken = default)
    {
        if (!mailer.IsOn || site.Configured() is not { } baseUrl)
        {
            return 0;
        }
        var now = time.GetUtcNow().UtcDateTime;
        List<Event> events;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            // A handful of events per site: their dates are compared here rather than translated for each provider.
            events = await db.Events.AsNoTracking().Where(e => e.FollowUpClosedAt == null && e.ContactsErasedAt == null && e.EndsAt < now)
                .ToListAsync(cancellationToken);
        }
        var sent = 0;
        foreach (var ev in events)
        {
            var schedule = FollowUpSchedule.For(ev);
            var step = now >= schedule.CheckAt ? 2 : now >= schedule.FirstContactAt ? 1 : 0;
            if (step == 0)
            {
                continue;
            }
            // Read first: most rounds find nobody new to ask, and a round that writes nothing need not take the event's write turn.
            await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
            {
                if (!await ToAsk(db, ev.Id, step).AnyAsync(cancellationToken))
                {
                    continue;
                }
            }
            var asked = await MarkAsync(ev.Slug, step, cancellationToken);
            foreach (var party in asked)
            {
                var letter = new Letter("follow-up request", party.To, party.ToName, party.Language,
                    new MailLine("mail.followUpRequest.subject", party.Number, party.EventName),
                    [
                        new MailLine("mail.hello", party.ToName ?? party.Organization),
                        new MailLine("mail.followUpRequest.deal", party.EventName, party.Organization, party.Number, party.Others),
                        new MailLine("mail.followUpRequest.ask"),
                    ],
                    $"{baseUrl}/m/{party.Token}#follow-up",
                    [new MailLine("mail.followUpRequest.why")]);
                if (mailer.Send(letter))
                {
                    sent++;
                }
            }
        }
        return sent;
    }

    // Marks the parties asked before the letters go: a crash in between loses a reminder, never sends one twice.
    private async Task<IReadOnlyList<Asked>> MarkAsync(string slug, int step, CancellationToken cancellationToken)
    {
        var result = await writer.WriteAsync(slug, async tx =>
        {
            var parties = await ToAsk(tx.Db, tx.Event.Id, step).Include(p => p.Organization).ToListAsync(tx.CancellationToken);
            var dealIds = parties.Select(p => p.DealId).Distinct().ToList();
            var deals = await tx.Db.Deals.Where(d => dealIds.Contains(d.Id))
                .Select(d => new { d.Id, d.Number, Parties = d.Parties.OrderBy(p => p.Position).Select(p => new { p.Id, p.Organization!.Name }).ToList() })
                .ToDictionaryAsync(d => d.Id, tx.CancellationToken);
            var asked = new List<Asked>();
            foreach (var party in parties)
            {
                var organization = party.Organization!;
                var deal = deals[party.DealId];
                party.FollowUpAsked = step;
                var others = string.Join(", ", deal.Parties.Where(p => p.Id != party.Id).Select(p => p.Name));
                asked.Add(new Asked(organization.ContactEmail!, organization.ContactName, organization.Language ?? tx.Event.DefaultLanguage, tx.Event.Name,
                    deal.Number, organization.Name, others, party.PrivateToken));
            }
            if (asked.Count > 0)
            {
                tx.Audit(StaffActor.System, step == 1 ? "followup.requested" : "followup.reminded", tx.Event.Slug,
                    asked.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
            return CommandResult.Done<IReadOnlyList<Asked>>(asked);
        }, cancellationToken);
        return result.Value ?? [];
    }

    /// <summary>
    /// The parties of <paramref name="eventId"/> to ask at <paramref name="step"/>: not asked for it yet, with an address, not
    /// declining, contacts not erased, of an announced deal not finished.
    /// </summary>
    private static IQueryable<DealParty> ToAsk(WinwinDbContext db, int eventId, int step) =>
        db.DealParties.Where(p => p.FollowUpAsked < step
            && p.Organization!.ContactEmail != null && !p.Organization.DeclinesFollowUp && p.Organization.ContactsErasedAt == null
            && db.Deals.Any(d => d.Id == p.DealId && d.EventId == eventId && d.Status == DealStatus.Announced
                && d.FollowUpStatus != FollowUpStatus.Done && d.FollowUpStatus != FollowUpStatus.PartlyDone
                && d.FollowUpStatus != FollowUpStatus.NotFeasible && d.FollowUpStatus != FollowUpStatus.Cancelled));
}

/// <summary>Every quarter of an hour, sends the follow-up requests that have come due.</summary>
public sealed partial class FollowUpRequestWorker(FollowUpRequests requests, TimeProvider clock, ILogger<FollowUpRequestWorker> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(15);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                if (await requests.SendDueAsync(stoppingToken) is > 0 and var sent)
                {
                    LogSent(logger, sent);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A failed round (database busy, restarting) is retried at the next tick.
                LogFailed(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Count} follow-up requests queued for sending.")]
    private static partial void LogSent(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Follow-up request round failed; retried in a quarter of an hour.")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
