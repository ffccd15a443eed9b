namespace Winwin.Live.Features.Deals;

/// <summary>
/// Record (and, without ratification, announce) a deal. <paramref name="IdempotencyKey"/> is generated once per form:
/// a retry yields the same deal. <paramref name="EstimatedValue"/> is the estimated social value in euros (report only).
/// </summary>
public sealed record AnnounceDealCommand(
    Guid IdempotencyKey,
    IReadOnlyList<AnnounceDealParty> Parties,
    IReadOnlyList<int>? Fulfils,
    int? CategoryId,
    decimal? EstimatedValue = null);

/// <summary>One party of a deal and what it gives (may be empty for a one-way deal).</summary>
public sealed record AnnounceDealParty(int OrganizationId, string? Gives);

/// <summary>A correction of a recorded deal: the same fields as when it was recorded.</summary>
public sealed record CorrectDealCommand(
    IReadOnlyList<AnnounceDealParty> Parties,
    IReadOnlyList<int>? Fulfils,
    int? CategoryId,
    decimal? EstimatedValue = null);
