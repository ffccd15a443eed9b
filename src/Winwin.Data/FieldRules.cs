using System.Globalization;
using System.Net.Mail;

namespace Winwin.Data;

/// <summary>Collects the broken rules of a form's fields, by field, and hands back the cleaned values.</summary>
public sealed class FieldRules
{
    private readonly List<DomainError> _errors = [];

    public IReadOnlyList<DomainError> Errors => _errors;

    /// <summary>
    /// The person saw the no-money rule's warnings and confirmed that no money changes hands: a text that only
    /// mentions money (a budget, a reimbursement) is then accepted. Refused text stays refused.
    /// </summary>
    public bool MoneyMentionsConfirmed { get; init; }

    /// <summary>The request's token: the no-money rule stops when the client has gone.</summary>
    public CancellationToken CancellationToken { get; init; }

    public bool IsValid => _errors.Count == 0;

    public void Add(DomainError error) => _errors.Add(error);

    /// <summary>Trimmed text, or null when blank; checks presence, length and, for what is exchanged, the no-money rule.</summary>
    public string? Text(string field, string? value, int maxLength, bool required = false, bool noMoney = false)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                _errors.Add(new DomainError(DomainErrors.Required, Field: field));
            }
            return null;
        }
        var trimmed = value.AsSpan().Trim();
        if (trimmed.Length > maxLength)
        {
            // Lengths first, without copying: a too long text is never read by the rules.
            _errors.Add(new DomainError(DomainErrors.TooLong, maxLength.ToString(CultureInfo.InvariantCulture), field));
            return value;
        }
        var text = trimmed.Length == value.Length ? value : trimmed.ToString();
        if (noMoney && MoneyError(MoneyRule.Assess(text, CancellationToken), field, MoneyMentionsConfirmed) is { } money)
        {
            _errors.Add(money);
        }
        return text;
    }

    /// <summary>
    /// The error for a no-money assessment: refused text is refused; a mention of money is refused with its own
    /// confirmable code unless the person confirmed it; null when the text may be saved.
    /// </summary>
    public static DomainError? MoneyError(MoneyAssessment assessment, string field, bool mentionsConfirmed) => assessment.Verdict switch
    {
        MoneyVerdict.Refuse => new DomainError(DomainErrors.Money, assessment.Quoted, field),
        MoneyVerdict.Warn when !mentionsConfirmed => new DomainError(DomainErrors.MoneyToConfirm, assessment.Quoted, field),
        _ => null,
    };

    public string? Email(string field, string? value, int maxLength)
    {
        var email = Text(field, value, maxLength);
        // The domain needs a dot: "jeanne@croix-rouge" is a typo, not an address.
        if (email is not null && (!MailAddress.TryCreate(email, out var parsed) || parsed.Address != email || !parsed.Host.Contains('.', StringComparison.Ordinal)))
        {
            _errors.Add(new DomainError(DomainErrors.BadEmail, email, field));
        }
        return email;
    }

    /// <summary>
    /// A table on the floor is found by its number: "12", "B4", "12 bis" or "Stand 7" are numbers, "abc" or "?" are not
    /// (at least one digit; letters, digits, spaces, dots, dashes and slashes only).
    /// </summary>
    public string? TableNumber(string field, string? value, int maxLength)
    {
        var table = Text(field, value, maxLength);
        if (table is not null && table.Length <= maxLength
            && (!table.Any(char.IsAsciiDigit) || !table.All(c => char.IsLetterOrDigit(c) || c is ' ' or '.' or '-' or '/')))
        {
            _errors.Add(new DomainError(DomainErrors.BadTable, table, field));
        }
        return table;
    }

    public string? Website(string field, string? value, int maxLength)
    {
        var website = Text(field, value, maxLength);
        if (website is null)
        {
            return null;
        }
        if (!website.Contains("://", StringComparison.Ordinal))
        {
            website = "https://" + website;
        }
        if (!Uri.TryCreate(website, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || !uri.Host.Contains('.', StringComparison.Ordinal))
        {
            _errors.Add(new DomainError(DomainErrors.BadWebsite, value, field));
        }
        return website;
    }
}
