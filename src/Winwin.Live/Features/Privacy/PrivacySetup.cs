namespace Winwin.Live.Features.Privacy;

public static class PrivacySetup
{
    /// <summary>Registers the erasure of contact data, on request and when an event's retention period is over.</summary>
    public static WebApplicationBuilder AddPrivacy(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ContactErasure>();
        if (builder.Configuration.GetValue("Winwin:Privacy:RetentionWorker", true))
        {
            builder.Services.AddHostedService<ContactRetentionWorker>();
        }
        return builder;
    }
}
