using System.Text.Json;
using Microsoft.AspNetCore.SignalR;

namespace Winwin.LoadBenchmark;

/// <summary>
/// The platform's own figure: a SignalR hub with no application logic. Phones join one group; <c>POST /announce</c>
/// broadcasts its body (a feed entry of the real app's size) to the group, as <c>Change</c>.
/// </summary>
internal static class BareHub
{
    public const string Group = "event";

    public static Task RunAsync(string[] args)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSignalR();
        var app = builder.Build();
        app.MapHub<PlainHub>("/hubs/live");
        app.MapGet("/health", () => "Healthy");
        app.MapPost("/announce", async (HttpRequest request, IHubContext<PlainHub> hub) =>
        {
            var entry = await JsonSerializer.DeserializeAsync<JsonElement>(request.Body);
            await hub.Clients.Group(Group).SendAsync("Change", entry);
            return Results.Ok();
        });
        return app.RunAsync();
    }

    /// <summary>Same method and arguments as the real hub's join, so that the generator treats both alike.</summary>
    internal sealed class PlainHub : Hub
    {
        public async Task<long> JoinEventAs(string slug, long? lastSeq, string screen)
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, Group);
            return lastSeq ?? 0;
        }
    }
}
