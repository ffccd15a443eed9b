namespace Winwin.Live.Features.Security;

public static class SecurityHeaders
{
    // Scripts only from this origin; styles allow inline because MudBlazor themes write <style> elements. Framing is
    // refused unless the page allows some sites (see EmbedSites).
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "font-src 'self' data:; connect-src 'self' ws: wss:; media-src 'self'; object-src 'none'; " +
        "base-uri 'self'; form-action 'self'; ";

    /// <summary>Adds the security headers, including the Content-Security-Policy, to every response.</summary>
    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                var frameAncestors = EmbedSites.FrameAncestors(context);
                headers.ContentSecurityPolicy = ContentSecurityPolicy + frameAncestors;
                headers.XContentTypeOptions = "nosniff";
                // X-Frame-Options cannot name sites: it is there for older browsers only where no site may frame the page, and
                // taken away (antiforgery writes SAMEORIGIN) where the page names sites.
                if (frameAncestors.EndsWith("'none'", StringComparison.Ordinal))
                {
                    headers.XFrameOptions = "DENY";
                }
                else
                {
                    headers.Remove(Microsoft.Net.Http.Headers.HeaderNames.XFrameOptions);
                }
                headers["Referrer-Policy"] = "same-origin";
                headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
                return Task.CompletedTask;
            });
            await next(context);
        });
        return app;
    }
}
