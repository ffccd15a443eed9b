using MailKit.Net.Smtp;

namespace Winwin.Live.Features.Mail;

/// <summary>
/// Sends the queued messages one by one through the SMTP server, trying each a few times with a growing delay; a message
/// that still fails is logged and dropped (its link was shown to copy anyway).
/// </summary>
public sealed partial class MailSender(MailQueue queue, SmtpOptions options, TimeProvider clock, ILogger<MailSender> logger) : BackgroundService
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var mail in queue.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await DeliverAsync(mail, stoppingToken);
            }
            finally
            {
                queue.Done();
            }
        }
    }

    private async Task DeliverAsync(QueuedMail mail, CancellationToken stoppingToken)
    {
        var delay = options.RetryDelay;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                using var client = new SmtpClient { Timeout = (int)Timeout.TotalMilliseconds };
                await client.ConnectAsync(options.Host!, options.Port, options.SocketOptions, stoppingToken);
                if (options.User is { } user)
                {
                    await client.AuthenticateAsync(user, options.Password ?? "", stoppingToken);
                }
                await client.SendAsync(mail.Message, stoppingToken);
                await client.DisconnectAsync(quit: true, stoppingToken);
                LogSent(mail.Kind, mail.Message.MessageId ?? "");
                return;
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                if (attempt >= options.Attempts)
                {
                    LogGaveUp(e, mail.Kind, mail.Message.MessageId ?? "", attempt, options.Host!, options.Port);
                    return;
                }
                LogRetrying(mail.Kind, attempt, delay, e.Message);
                await Task.Delay(delay, clock, stoppingToken);
                delay *= 2;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Sent the {Kind} e-mail {MessageId}.")]
    private partial void LogSent(string kind, string messageId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not send the {Kind} e-mail (attempt {Attempt}); trying again in {Delay}: {Reason}")]
    private partial void LogRetrying(string kind, int attempt, TimeSpan delay, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Gave up sending the {Kind} e-mail {MessageId} after {Attempts} attempts through {Host}:{Port}; its link is still shown to copy.")]
    private partial void LogGaveUp(Exception exception, string kind, string messageId, int attempts, string host, int port);
}
