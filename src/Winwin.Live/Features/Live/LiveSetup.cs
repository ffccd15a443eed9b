using Microsoft.AspNetCore.Http.HttpResults;
using Winwin.Live.Features.Security;

namespace Winwin.Live.Features.Live;

public static class LiveSetup
{
    /// <summary>
    /// Registers the SignalR hub, the change feed and the public read model. With <c>ConnectionStrings:Redis</c>,
    /// SignalR uses the Redis backplane so that several instances serve one event.
    /// </summary>
    public static WebApplicationBuilder AddLive(this WebApplicationBuilder builder)
    {
        var signalR = builder.Services.AddSignalR(o =>
        {
            // Clients only send small join requests.
            o.MaximumReceiveMessageSize = 4 * 1024;
            o.EnableDetailedErrors = builder.Environment.IsDevelopment();
        }).AddJsonProtocol(o => LiveJson.Configure(o.PayloadSerializerOptions))
            // Only the public hub: the control panel's circuits have their own traffic and are staff-only.
            .AddHubOptions<LiveHub>(o => Microsoft.AspNetCore.SignalR.HubOptionsExtensions.AddFilter<HubCallLimit>(o));
        if (builder.Configuration.GetConnectionString("Redis") is { Length: > 0 } redis)
        {
            signalR.AddStackExchangeRedis(redis, o =>
            {
                o.Configuration.ChannelPrefix = StackExchange.Redis.RedisChannel.Literal("winwin");
                // While Redis is away a push fails at once instead of waiting in the client's backlog: the change has
                // committed, the staff's request must not hang on it, and screens catch up by Seq (see LiveHeartbeat).
                o.Configuration.BacklogPolicy = StackExchange.Redis.BacklogPolicy.FailFast;
                // Back within a second or two of Redis returning, however long it was away (the default backoff grows to 10 s and more).
                o.Configuration.ReconnectRetryPolicy = new StackExchange.Redis.LinearRetry(1000);
            });
        }
        builder.Services.ConfigureHttpJsonOptions(o => LiveJson.Configure(o.SerializerOptions));
        builder.Services.AddSingleton<LiveQueries>();
        builder.Services.AddSingleton<ChangeFeed>();
        builder.Services.AddSingleton<LiveBroadcaster>();
        builder.Services.AddSingleton<LiveWriter>();
        builder.Services.AddSingleton<StaffSignals>();
        builder.Services.AddHostedService<StaffSignalRelay>();
        builder.Services.AddSingleton<LiveAudience>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<LiveAudience>());
        builder.Services.AddHostedService<LiveHeartbeat>();
        return builder;
    }

    /// <summary>Maps the hub at <c>/hubs/live</c> and the public snapshot at <c>/api/events/{slug}/snapshot</c>.</summary>
    public static WebApplication MapLive(this WebApplication app)
    {
        app.MapHub<LiveHub>(LiveHub.Path).RequireRateLimiting(RateLimits.Hub);
        app.MapGroup("/api/events")
            .WithTags("Live")
            .RequireRateLimiting(RateLimits.Public)
            .MapGet("/{slug}/snapshot", GetSnapshot)
            .WithName("GetSnapshot")
            .AllowAnonymous();
        return app;
    }

    [PublicRead]
    public static async Task<Results<Ok<SnapshotDto>, NotFound>> GetSnapshot(string slug, LiveQueries queries, CancellationToken cancellationToken)
    {
        var snapshot = EventSlug.IsValid(slug) ? await queries.GetSnapshotAsync(slug, cancellationToken) : null;
        return snapshot is null ? TypedResults.NotFound() : TypedResults.Ok(snapshot);
    }
}
