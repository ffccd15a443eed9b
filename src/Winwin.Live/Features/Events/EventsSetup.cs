namespace Winwin.Live.Features.Events;

public static class EventsSetup
{
    /// <summary>Registers the events and their categories: the service that changes them and the control panel's reads.</summary>
    public static WebApplicationBuilder AddEvents(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<EventService>();
        builder.Services.AddSingleton<EventQueries>();
        return builder;
    }
}
