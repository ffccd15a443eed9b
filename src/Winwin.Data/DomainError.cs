namespace Winwin.Data;

/// <summary>A broken rule, by code; the app turns the code into a message in the user's language.</summary>
public sealed record DomainError(string Code, string? Argument = null, string? Field = null);

/// <summary>The codes of the rules that live with the model.</summary>
public static class DomainErrors
{
    public const string DealTooFewParties = "deal.tooFewParties";
    public const string DealTooManyParties = "deal.tooManyParties";
    public const string DealDuplicateParty = "deal.duplicateParty";
    public const string DealNothingGiven = "deal.nothingGiven";
    public const string DealGivesTooLong = "deal.givesTooLong";
    public const string Required = "field.required";
    public const string TooLong = "field.tooLong";
    public const string BadEmail = "field.badEmail";
    public const string BadWebsite = "field.badWebsite";
    public const string BadTable = "field.badTable";

    /// <summary>The no-money rule: the argument names the words that triggered it.</summary>
    public const string Money = "money.refused";

    /// <summary>
    /// The no-money rule's warning: the text mentions money (a budget, a subsidy, a reimbursement) and is saved
    /// only once the person confirms no money changes hands (the command's <c>ConfirmMoneyMentions</c>). The
    /// argument names the words.
    /// </summary>
    public const string MoneyToConfirm = "money.confirm";
}
