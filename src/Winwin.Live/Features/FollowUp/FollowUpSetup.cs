namespace Winwin.Live.Features.FollowUp;

public static class FollowUpSetup
{
    /// <summary>
    /// Registers the follow-up of the deals after the event: the service (one write path), its reads, its exports, and the
    /// e-mailed requests to the parties at the follow-up dates (<c>Winwin:FollowUp:RequestsWorker</c>, on by default).
    /// </summary>
    public static WebApplicationBuilder AddFollowUp(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<FollowUpService>();
        builder.Services.AddSingleton<FollowUpQueries>();
        builder.Services.AddScoped<FollowUpExports>();
        builder.Services.AddSingleton<FollowUpRequests>();
        if (builder.Configuration.GetValue("Winwin:FollowUp:RequestsWorker", true))
        {
            builder.Services.AddHostedService<FollowUpRequestWorker>();
        }
        return builder;
    }
}
