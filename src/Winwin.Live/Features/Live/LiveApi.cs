using Microsoft.AspNetCore.Http.HttpResults;
using Winwin.Live.Features.Security;

namespace Winwin.Live.Features.Live;

public static class LiveApi
{
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
