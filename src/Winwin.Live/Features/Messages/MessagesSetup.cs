namespace Winwin.Live.Features.Messages;

public static class MessagesSetup
{
    /// <summary>Registers the facilitators' messages to the room: the service that posts and removes them, and the control panel's reads.</summary>
    public static WebApplicationBuilder AddMessages(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<MessageService>();
        builder.Services.AddSingleton<MessageQueries>();
        return builder;
    }
}
