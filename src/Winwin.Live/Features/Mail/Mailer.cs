namespace Winwin.Live.Features.Mail;

/// <summary>
/// The product's way to send e-mail. <see cref="Send"/> writes the letter and queues it, after the action it tells of was
/// saved: it never waits on the SMTP server and never fails the action. With no SMTP server configured it sends nothing.
/// </summary>
public sealed partial class Mailer(SmtpOptions options, MailWriter writer, MailQueue queue, ILogger<Mailer> logger)
{
    /// <summary>An SMTP server is configured: what is sent is said to the person, besides the link to copy.</summary>
    public bool IsOn => options.IsOn;

    /// <summary>Queues the letter; false when e-mail is off, the address cannot receive mail, or the queue is full.</summary>
    public bool Send(Letter letter)
    {
        if (!options.IsOn)
        {
            return false;
        }
        if (!MimeKit.MailboxAddress.TryParse(letter.To, out _))
        {
            LogUnusableAddress(letter.Kind);
            return false;
        }
        if (queue.TryAdd(new QueuedMail(letter.Kind, writer.Write(letter, options.From!))))
        {
            return true;
        }
        LogQueueFull(letter.Kind, MailQueue.Capacity);
        return false;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The {Kind} e-mail was not sent: its address cannot receive mail.")]
    private partial void LogUnusableAddress(string kind);

    [LoggerMessage(Level = LogLevel.Error, Message = "The {Kind} e-mail was dropped: {Capacity} messages are already waiting for the SMTP server.")]
    private partial void LogQueueFull(string kind, int capacity);
}
