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
            var deals = await tx.Db.Deals.Include(d => d.Parties).ThenInclude(p => p.Organization)
                .Where(d => d.EventId == tx.Event.Id && d.Status == DealStatus.Announced
                    && d.FollowUpStatus != FollowUpStatus.Done && d.FollowUpStatus != FollowUpStatus.PartlyDone
                    && d.FollowUpStatus != FollowUpStatus.NotFeasible && d.FollowUpStatus != FollowUpStatus.Cancelled
                    && d.Parties.Any(p => p.FollowUpAsked < step))
                .AsSplitQuery()
                .ToListAsync(tx.CancellationToken);
            var asked = new List<Asked>();
            foreach (var deal in deals)
            {
                foreach (var party in deal.Parties.Where(p => p.FollowUpAsked < step))
                {
                    var organization = party.Organization!;
                    if (organization.ContactEmail is not { } to || organization.DeclinesFollowUp || organization.ContactsErasedAt is not null)
                    {
                        continue;
                    }
                    party.FollowUpAsked = step;
                    var others = string.Join(", ", deal.Parties.Where(p => p != party).OrderBy(p => p.Position).Select(p => p.Organization!.Name));
                    asked.Add(new Asked(to, organization.ContactName, organization.Language ?? tx.Event.DefaultLanguage, tx.Event.Name, deal.Number,
                        organization.Name, others, party.PrivateToken));
                }
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
