using System.Globalization;
using MailKit.Security;
using MimeKit;

namespace Winwin.Live.Features.Mail;

/// <summary>How the connection to the SMTP server is secured.</summary>
public enum SmtpSecurity
{
    None,
    StartTls,
    SslOnConnect,
}

/// <summary>
/// The SMTP server the product sends through (<c>Winwin:Smtp</c>). Without a host, e-mail is off and links are only shown
/// to copy. Read once at start-up: a setting that cannot work stops the start with its name.
/// </summary>
public sealed class SmtpOptions
{
    public const string Section = "Winwin:Smtp";

    public string? Host { get; private init; }

    public int Port { get; private init; } = 587;

    public SmtpSecurity Security { get; private init; } = SmtpSecurity.StartTls;

    public string? User { get; private init; }

    public string? Password { get; private init; }

    public MailboxAddress? From { get; private init; }

    /// <summary>Tries per message before giving up; the delay doubles after each failure.</summary>
    public int Attempts { get; private init; } = 3;

    public TimeSpan RetryDelay { get; private init; } = TimeSpan.FromSeconds(5);

    public bool IsOn => Host is not null;

    internal SecureSocketOptions SocketOptions => Security switch
    {
        SmtpSecurity.None => SecureSocketOptions.None,
        SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.StartTls,
    };

    /// <summary>Reads <c>Winwin:Smtp</c>; throws <see cref="InvalidOperationException"/> naming the setting that is wrong.</summary>
    public static SmtpOptions Read(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        var host = Blank(section["Host"]);
        if (host is null)
        {
            return new SmtpOptions();
        }
        var port = 587;
        if (Blank(section["Port"]) is { } portText && (!int.TryParse(portText, NumberStyles.None, CultureInfo.InvariantCulture, out port) || port is < 1 or > 65535))
        {
            throw Wrong("Port", $"« {portText} » is not a port number (1 to 65535).");
        }
        var security = SmtpSecurity.StartTls;
        if (Blank(section["Security"]) is { } securityText && (!Enum.TryParse(securityText, ignoreCase: true, out security) || !Enum.IsDefined(security)))
        {
            throw Wrong("Security", $"« {securityText} » is not one of None, StartTls, SslOnConnect.");
        }
        var fromText = Blank(section["From"]) ?? throw Wrong("From", "is required when a host is given, e.g. \"Bourse Winwin <bourse@example.org>\".");
        if (!MailboxAddress.TryParse(fromText, out var from) || !from.Address.Contains('@', StringComparison.Ordinal) || from.Address.StartsWith('@') || from.Address.EndsWith('@'))
        {
            throw Wrong("From", $"« {fromText} » is not an e-mail address, e.g. \"Bourse Winwin <bourse@example.org>\".");
        }
        var user = Blank(section["User"]);
        var password = section["Password"];
        if (user is not null && string.IsNullOrEmpty(password))
        {
            throw Wrong("Password", "is required when a user is given.");
        }
        var attempts = section.GetValue("Attempts", 3);
        if (attempts < 1)
        {
            throw Wrong("Attempts", "must be at least 1.");
        }
        var retryDelay = section.GetValue("RetryDelay", TimeSpan.FromSeconds(5));
        if (retryDelay < TimeSpan.Zero)
        {
            throw Wrong("RetryDelay", "must not be negative.");
        }
        return new SmtpOptions
        {
            Host = host,
            Port = port,
            Security = security,
            User = user,
            Password = password,
            From = from,
            Attempts = attempts,
            RetryDelay = retryDelay,
        };
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static InvalidOperationException Wrong(string key, string why) => new($"Setting {Section}:{key} {why}");
}
