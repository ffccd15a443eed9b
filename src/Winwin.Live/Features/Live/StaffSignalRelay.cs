using System.Globalization;
using StackExchange.Redis;

namespace Winwin.Live.Features.Live;

/// <summary>
/// With several instances (Redis configured), passes staff signals between them: a deal recorded through one instance
/// refreshes the ratification queue and the calls panel open on another. The browser desks do not need this (their
/// hub group goes through the SignalR backplane); the control panel's components live in one instance's memory and do.
/// </summary>
public sealed partial class StaffSignalRelay(StaffSignals signals, IConfiguration configuration, ILogger<StaffSignalRelay> logger) : IHostedService, IAsyncDisposable
{
    private static readonly RedisChannel Channel = RedisChannel.Literal("winwin-staff");
    private readonly string _instance = Guid.NewGuid().ToString("N");
    private ConnectionMultiplexer? _redis;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (configuration.GetConnectionString("Redis") is not { Length: > 0 } connectionString)
        {
            return;
        }
        var options = ConfigurationOptions.Parse(connectionString);
        // The app starts and serves while Redis is away; signals sent meanwhile are lost, and staff screens reload on reconnect.
        options.AbortOnConnectFail = false;
        options.BacklogPolicy = BacklogPolicy.FailFast;
        options.ReconnectRetryPolicy = new LinearRetry(1000);
        _redis = await ConnectionMultiplexer.ConnectAsync(options);
        var subscriber = _redis.GetSubscriber();
        try
        {
            await subscriber.SubscribeAsync(Channel, (_, message) => Receive(message));
        }
        catch (RedisConnectionException ex)
        {
            // Redis not reached yet (still starting, or away): the subscription is kept and made once it is.
            LogRedisAway(logger, ex);
        }
        signals.Relay = change => subscriber.PublishAsync(Channel, $"{_instance}|{change.EventId.ToString(CultureInfo.InvariantCulture)}|{change.Topic}");
    }

    private void Receive(RedisValue message)
    {
        var parts = message.ToString().Split('|');
        if (parts.Length != 3 || parts[0] == _instance)
        {
            return;
        }
        if (int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var eventId) && Enum.TryParse<StaffTopic>(parts[2], out var topic))
        {
            signals.Raise(new StaffChange(eventId, topic));
        }
        else
        {
            LogUnreadable(logger, message.ToString());
        }
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        signals.Relay = null;
        return Task.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        if (_redis is not null)
        {
            await _redis.DisposeAsync();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis is not reachable yet: staff screens of other instances are told of changes once it is.")]
    private static partial void LogRedisAway(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ignored an unreadable staff signal: {Message}")]
    private static partial void LogUnreadable(ILogger logger, string message);
}
