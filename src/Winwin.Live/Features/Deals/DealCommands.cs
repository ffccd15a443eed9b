namespace Winwin.Live.Features.Deals;

/// <summary>Announce a deal. <paramref name="IdempotencyKey"/> is generated once per form: a retry yields the same deal.</summary>
public sealed record AnnounceDealCommand(
    Guid IdempotencyKey,
    IReadOnlyList<AnnounceDealParty> Parties,
    IReadOnlyList<int>? Fulfils,
    int? CategoryId);

/// <summary>One party of a deal and what it gives (may be empty for a one-way deal).</summary>
public sealed record AnnounceDealParty(int OrganizationId, string? Gives);
