namespace Winwin.Live.Features.FollowUp;

public static class FollowUpSetup
{
    /// <summary>Registers the follow-up of the deals after the event: the service (one write path), its reads and its exports.</summary>
    public static WebApplicationBuilder AddFollowUp(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<FollowUpService>();
        builder.Services.AddSingleton<FollowUpQueries>();
        builder.Services.AddScoped<FollowUpExports>();
        return builder;
    }
}
