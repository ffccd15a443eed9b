using Microsoft.EntityFrameworkCore;
using Winwin.Data;
using Winwin.Live.Features.Live;

namespace Winwin.Live.Features.MatchForm;

// Anyone holding the link sees this: names of organisations and what they give, never contact data.

/// <summary>The printable match form of one deal, as its parties see it.</summary>
public sealed record MatchFormDto(
    string EventName,
    string Municipality,
    string Venue,
    DateTime EventStartsAt,
    DateTime EventEndsAt,
    int Number,
    DealStatus Status,
    bool WinWin,
    CategoryDto? Category,
    DateTime RecordedAt,
    IReadOnlyList<MatchFormPartyDto> Parties,
    DateTime? FollowUpClosedAt = null,
    MatchFormYou? You = null,
    int FollowUpFirstContactDays = 21)
{
    /// <summary>A party may confirm the deal, or report a mistake, while it stands announced.</summary>
    public bool CanAnswer => You is not null && Status == DealStatus.Announced;

    /// <summary>A party may say how the agreement went once the bourse is over, until the coordinator closes the follow-up.</summary>
    public bool CanReport(DateTime nowUtc) => You is not null && Status == DealStatus.Announced && nowUtc >= EventEndsAt && FollowUpClosedAt is null;

    /// <summary>When the coordinator plans to ask the parties whether the agreement was honoured (UTC): the event's first-contact date.</summary>
    public DateTime FollowUpAround => EventEndsAt.AddDays(FollowUpFirstContactDays);
}

public sealed record MatchFormPartyDto(string Name, OrganizationKind Kind, string? Table, string? Gives, PartyAnswer Answer = PartyAnswer.None);

/// <summary>
/// The party whose own link opened the form (<see cref="DealParty.PrivateToken"/>): its answer and its report of the follow-up.
/// Its note is shown back only to the link's holder.
/// </summary>
public sealed record MatchFormYou(int Position, string Name, PartyAnswer Answer, string? AnswerNote, DateTime? AnsweredAt,
    FollowUpStatus? Reported, string? ReportedNote, DateTime? ReportedAt);

/// <summary>Reads a deal's match form by its private token.</summary>
public sealed class MatchFormQueries(IDbContextFactory<WinwinDbContext> dbFactory)
{
    /// <summary>The shape of <see cref="Deal.PrivateToken"/>: 32 lowercase hex digits. Anything else is not looked up.</summary>
    public static bool IsWellFormed(string? token) =>
        token is { Length: 32 } && token.All(char.IsAsciiHexDigitLower);

    /// <summary>
    /// The form of the deal whose link is <paramref name="token"/>: the deal's own link (to read and print), or a party's
    /// (the same form, with what that party answered).
    /// </summary>
    public async Task<MatchFormDto?> FindAsync(string token, CancellationToken cancellationToken = default)
    {
        if (!IsWellFormed(token))
        {
            return null;
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await FormAsync(db, db.Deals.Where(d => d.PrivateToken == token), cancellationToken) is { } form)
        {
            return form;
        }
        var you = await db.DealParties.AsNoTracking().Where(p => p.PrivateToken == token)
            .Select(p => new { p.DealId, You = new MatchFormYou(p.Position, p.Organization!.Name, p.Answer, p.AnswerNote, p.AnsweredAt, p.ReportedStatus, p.ReportedNote, p.ReportedAt) })
            .SingleOrDefaultAsync(cancellationToken);
        return you is null ? null : await FormAsync(db, db.Deals.Where(d => d.Id == you.DealId), cancellationToken) is { } mine ? mine with { You = you.You } : null;
    }

    private static Task<MatchFormDto?> FormAsync(WinwinDbContext db, IQueryable<Deal> deals, CancellationToken cancellationToken) =>
        // A projection, so that contact columns are not even read.
        (
            from d in deals.AsNoTracking()
            join e in db.Events on d.EventId equals e.Id
            select new MatchFormDto(
                e.Name,
                e.Municipality,
                e.Venue,
                e.StartsAt,
                e.EndsAt,
                d.Number,
                d.Status,
                d.IsReciprocal,
                d.Category == null ? null : new CategoryDto(d.Category.Key, d.Category.Name),
                d.RecordedAt,
                d.Parties
                    .OrderBy(p => p.Position)
                    .Select(p => new MatchFormPartyDto(p.Organization!.Name, p.Organization.Kind, p.Organization.TableNumber, p.Gives, p.Answer))
                    .ToList(),
                e.FollowUpClosedAt,
                null,
                e.FollowUpFirstContactDays))
            .SingleOrDefaultAsync(cancellationToken);

    public async Task<bool> ExistsAsync(string token, CancellationToken cancellationToken = default)
    {
        if (!IsWellFormed(token))
        {
            return false;
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Deals.AnyAsync(d => d.PrivateToken == token, cancellationToken)
            || await db.DealParties.AnyAsync(p => p.PrivateToken == token, cancellationToken);
    }
}
