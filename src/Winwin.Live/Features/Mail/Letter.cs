namespace Winwin.Live.Features.Mail;

/// <summary>
/// One line of a letter: a <c>mail.</c> text key and its arguments, put in the recipient's language when the letter is
/// written. A UTC <see cref="DateTime"/> argument is shown in the bourse's time zone.
/// </summary>
public sealed record MailLine(string Key, params object?[] Arguments);

/// <summary>
/// What a feature wants to tell someone by e-mail, in the recipient's <paramref name="Language"/> (fr, nl or en): the
/// paragraphs before the link, the link itself (shown as is, never rewritten), and the paragraphs after it.
/// <paramref name="Kind"/> names the letter in the log, without personal data.
/// </summary>
public sealed record Letter(
    string Kind, string To, string? ToName, string Language, MailLine Subject,
    IReadOnlyList<MailLine> Before, string? Link = null, IReadOnlyList<MailLine>? After = null);
