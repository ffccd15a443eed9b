using Microsoft.EntityFrameworkCore;
using Winwin.Data;
using Winwin.Live.Features.Mail;

namespace Winwin.Live.Features.MatchForm;

/// <summary>
/// Mails each party of an announced deal its match form: what each party gives, and its own link to confirm the deal or
/// report a mistake (and, after the bourse, to say how it went). In the organisation's language, else the event's.
/// </summary>
public sealed partial class MatchFormLetters(IDbContextFactory<WinwinDbContext> dbFactory, Mailer mailer, SiteAddress site, ILogger<MatchFormLetters> logger)
{
    /// <summary>
    /// Sends the letters of deal <paramref name="number"/> of <paramref name="slug"/>; returns how many were queued. Called after
    /// the announcement is saved: a failure here is logged and never undoes or fails the announcement.
    /// </summary>
    public async Task<int> SendAsync(string slug, int number, CancellationToken cancellationToken = default)
    {
        if (!mailer.IsOn || site.Current() is not { } baseUrl)
        {
            return 0;
        }
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var ev = await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Slug == slug, cancellationToken);
            var deal = ev is null ? null : await db.Deals.AsNoTracking()
                .Include(d => d.Parties).ThenInclude(p => p.Organization)
                .SingleOrDefaultAsync(d => d.EventId == ev.Id && d.Number == number, cancellationToken);
            if (ev is null || deal is null || deal.Status != DealStatus.Announced || ev.ContactsErasedAt is not null)
            {
                return 0;
            }
            var parties = deal.Parties.OrderBy(p => p.Position).ToList();
            var names = string.Join(", ", parties.Select(p => p.Organization!.Name));
            var gives = parties.Select(p => p.Gives is { Length: > 0 } what
                ? new MailLine("mail.matchForm.gives", p.Organization!.Name, what)
                : new MailLine("mail.matchForm.receives", p.Organization!.Name)).ToList();
            var sent = 0;
            foreach (var party in parties)
            {
                var organization = party.Organization!;
                if (organization.ContactEmail is not { } to || organization.ContactsErasedAt is not null)
                {
                    continue;
                }
                var before = new List<MailLine>
                {
                    new("mail.hello", organization.ContactName ?? organization.Name),
                    new("mail.matchForm.announced", number, ev.Name, names),
                };
                before.AddRange(gives);
                before.Add(new MailLine("mail.matchForm.link", ev.EndsAt));
                var letter = new Letter("match form", to, organization.ContactName, organization.Language ?? ev.DefaultLanguage,
                    new MailLine("mail.matchForm.subject", number, ev.Name), before, $"{baseUrl}/m/{party.PrivateToken}",
                    [new MailLine("mail.matchForm.keep")]);
                if (mailer.Send(letter))
                {
                    sent++;
                }
            }
            return sent;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogNotSent(ex, number);
            return 0;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The match forms of deal #{Number} were not mailed.")]
    private partial void LogNotSent(Exception exception, int number);
}
