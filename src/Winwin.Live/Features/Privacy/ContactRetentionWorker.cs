namespace Winwin.Live.Features.Privacy;

/// <summary>Every hour, erases the contact data of the events whose retention period is over.</summary>
public sealed partial class ContactRetentionWorker(ContactErasure erasure, TimeProvider clock, ILogger<ContactRetentionWorker> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                foreach (var slug in await erasure.EraseDueAsync(stoppingToken))
                {
                    LogErased(logger, slug);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A failed round (database busy, restarting) is retried at the next tick.
                LogFailed(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Contact data of event {Slug} erased: its retention period is over.")]
    private static partial void LogErased(ILogger logger, string slug);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Contact-data retention round failed; retried in an hour.")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
