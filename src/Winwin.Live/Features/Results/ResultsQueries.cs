using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Winwin.Data;
using Winwin.Live.Features.Live;
using Winwin.Live.Features.Report;
using Winwin.Live.Features.Security;

namespace Winwin.Live.Features.Results;

/// <summary>A party of a deal as the public results show it: named only when it agreed (<c>Name</c> null: shown by its kind).</summary>
public sealed record ResultsParty(string? Name, OrganizationKind Kind, string? Gives);

/// <summary>An announced deal in the public results: no contact data, no table, no follow-up notes.</summary>
public sealed record ResultsDeal(int Number, string? Category, bool IsReciprocal, IReadOnlyList<ResultsParty> Parties);

/// <summary>
/// The public results of one event: the impact report's figures (the same computation as the staff report), the deals, and the
/// names of the organisations that agreed to be named. Before the event is closed they are provisional.
/// </summary>
public sealed record ResultsView(ImpactReport Report, EventPhase Phase, bool ShowSocialValue, IReadOnlyList<string> EmbedOrigins,
    IReadOnlyList<ResultsDeal> Deals, IReadOnlyList<string> Thanks)
{
    public bool IsProvisional => Phase != EventPhase.Closed;
}

/// <summary>Reads the public results: the report's facts through <see cref="ReportQueries"/>, then keeps what may be published.</summary>
public sealed class ResultsQueries(ReportQueries reports, IDbContextFactory<WinwinDbContext> dbFactory)
{
    public async Task<ResultsView?> GetAsync(string slug, CancellationToken cancellationToken = default)
    {
        if (!EventSlug.IsValid(slug) || await reports.GetInputAsync(slug, cancellationToken) is not { } input)
        {
            return null;
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var ev = await db.Events.AsNoTracking().Where(e => e.Slug == slug)
            .Select(e => new { e.Phase, e.ShowSocialValue, e.ResultsEmbedSites })
            .SingleAsync(cancellationToken);
        return new ResultsView(ReportCalculator.Compute(input), ev.Phase, ev.ShowSocialValue, EmbedSites.Parse(ev.ResultsEmbedSites),
            Publishable(input), Thanks(input.Organizations));
    }

    /// <summary>The deals in their order, each party named only when its organisation agreed to be named in the results.</summary>
    public static IReadOnlyList<ResultsDeal> Publishable(ReportInput input)
    {
        var organizations = input.Organizations.ToDictionary(o => o.Id);
        return [.. input.Deals.Select(d => new ResultsDeal(d.Number, d.Category, d.IsReciprocal,
            [.. d.PartyIds.Select((id, i) => Party(organizations[id], d.Gives?[i]))]))];
    }

    private static ResultsParty Party(ReportOrganization organization, string? gives) =>
        new(organization.ShowInReport ? organization.Name : null, organization.Kind, string.IsNullOrWhiteSpace(gives) ? null : gives);

    /// <summary>The names of the organisations that agreed to be named, in alphabetical order.</summary>
    public static IReadOnlyList<string> Thanks(IReadOnlyList<ReportOrganization> organizations) =>
        [.. organizations.Where(o => o.ShowInReport).Select(o => o.Name).Order(StringComparer.Create(CultureInfo.CurrentCulture, CompareOptions.IgnoreCase))];
}
