namespace Winwin.Live.Features.Deals;

/// <summary>
/// Record (and, without ratification, announce) a deal. <paramref name="IdempotencyKey"/> is generated once per form:
/// a retry yields the same deal. <paramref name="EstimatedValue"/> is the estimated social value in euros (report only).
/// </summary>
/// <param name="ConfirmMoneyMentions">
/// The facilitator saw the no-money rule's warning (error <c>money.confirm</c>, naming the words and the field) and
/// confirms no money changes hands: a "gives" that only mentions money (a reimbursement, a budget) is then accepted.
/// Money itself (<c>money.refused</c>) stays refused. Check a text while it is typed with
/// <see cref="Winwin.Data.MoneyRule.Assess"/>.
/// </param>
public sealed record AnnounceDealCommand(
    Guid IdempotencyKey,
    IReadOnlyList<AnnounceDealParty> Parties,
    IReadOnlyList<int>? Fulfils,
    int? CategoryId,
    decimal? EstimatedValue = null,
    bool ConfirmMoneyMentions = false);

/// <summary>One party of a deal and what it gives (may be empty for a one-way deal).</summary>
public sealed record AnnounceDealParty(int OrganizationId, string? Gives);

/// <summary>A correction of a recorded deal: the same fields as when it was recorded.</summary>
/// <param name="ConfirmMoneyMentions">As in <see cref="AnnounceDealCommand"/>: the facilitator confirmed the no-money rule's warning.</param>
public sealed record CorrectDealCommand(
    IReadOnlyList<AnnounceDealParty> Parties,
    IReadOnlyList<int>? Fulfils,
    int? CategoryId,
    decimal? EstimatedValue = null,
    bool ConfirmMoneyMentions = false);
