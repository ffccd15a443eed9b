using System.Text.Json.Serialization;
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
            .AddHubOptions<LiveHub>(o =>
            {
                Microsoft.AspNetCore.SignalR.HubOptionsExtensions.AddFilter<HubCallLimit>(o);
                Microsoft.AspNetCore.SignalR.HubOptionsExtensions.AddFilter<Accounts.StaffSessionFilter>(o);
            });
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
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            LiveJson.Configure(o.SerializerOptions);
            // The web defaults also read "12" as 12, which makes the OpenAPI document type every number as a number or a
            // string, and generated clients then send strings. The API takes numbers as JSON numbers only.
            o.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
        });
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
}
