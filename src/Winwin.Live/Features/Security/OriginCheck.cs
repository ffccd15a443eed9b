namespace Winwin.Live.Features.Security;

public static class OriginCheck
{
    /// <summary>
    /// Refuses hub connections opened by pages of another site (cross-site WebSocket hijacking): a browser sends
    /// its page's Origin, which must be this site or one listed in <c>Winwin:AllowedOrigins</c>. Clients that send
    /// no Origin (servers, tests, the load tool) are not browsers and pass.
    /// </summary>
    public static WebApplication UseHubOriginCheck(this WebApplication app)
    {
        var allowed = app.Configuration.GetSection("Winwin:AllowedOrigins").Get<string[]>() ?? [];
        app.Use(async (context, next) =>
        {
            if (context.Request.Path.StartsWithSegments("/hubs")
                && context.Request.Headers.Origin is [{ } origin]
                && !IsAllowed(origin, context.Request, allowed))
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return;
            }
            await next(context);
        });
        return app;
    }

    public static bool IsAllowed(string origin, HttpRequest request, IReadOnlyCollection<string> allowed) =>
        Uri.TryCreate(origin, UriKind.Absolute, out var uri)
        && (string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase)
            || allowed.Contains(origin.TrimEnd('/'), StringComparer.OrdinalIgnoreCase));
}
