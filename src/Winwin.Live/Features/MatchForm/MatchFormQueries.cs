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
    IReadOnlyList<MatchFormPartyDto> Parties)
{
    /// <summary>When the coordinator plans to ask the parties whether the agreement was honoured (UTC).</summary>
    public DateTime FollowUpAround => EventEndsAt + MatchFormQueries.FollowUpAfter;
}

public sealed record MatchFormPartyDto(string Name, OrganizationKind Kind, string? Table, string? Gives);

/// <summary>Reads a deal's match form by its private token.</summary>
public sealed class MatchFormQueries(IDbContextFactory<WinwinDbContext> dbFactory)
{
    /// <summary>Three weeks after the bourse: long enough for most agreements to have been carried out.</summary>
    public static readonly TimeSpan FollowUpAfter = TimeSpan.FromDays(21);

    /// <summary>The shape of <see cref="Deal.PrivateToken"/>: 32 lowercase hex digits. Anything else is not looked up.</summary>
    public static bool IsWellFormed(string? token) =>
        token is { Length: 32 } && token.All(char.IsAsciiHexDigitLower);

    public async Task<MatchFormDto?> FindAsync(string token, CancellationToken cancellationToken = default)
    {
        if (!IsWellFormed(token))
        {
            return null;
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        // A projection, so that contact columns are not even read.
        return await (
            from d in db.Deals.AsNoTracking()
            join e in db.Events on d.EventId equals e.Id
            where d.PrivateToken == token
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
                    .Select(p => new MatchFormPartyDto(p.Organization!.Name, p.Organization.Kind, p.Organization.TableNumber, p.Gives))
                    .ToList()))
            .SingleOrDefaultAsync(cancellationToken);
    }

    public async Task<bool> ExistsAsync(string token, CancellationToken cancellationToken = default)
    {
        if (!IsWellFormed(token))
        {
            return false;
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Deals.AnyAsync(d => d.PrivateToken == token, cancellationToken);
    }
}
