using Microsoft.AspNetCore.Http.HttpResults;
using Winwin.Live.Features.Public;
using Winwin.Live.Features.Security;

namespace Winwin.Live.Features.MatchForm;

public static class MatchFormApi
{
    /// <summary>Maps <c>/m/{token}/qr.svg</c>: the QR code printed on the form, leading back to it.</summary>
    public static WebApplication MapMatchForms(this WebApplication app)
    {
        app.MapGet("/m/{token}/qr.svg", GetMatchFormQrCode)
            .WithName("GetMatchFormQrCode")
            .WithTags("MatchForm")
            .ExcludeFromDescription()
            .RequireRateLimiting(RateLimits.Public)
            .AllowAnonymous();
        return app;
    }

    [PublicRead]
    public static async Task<Results<ContentHttpResult, NotFound>> GetMatchFormQrCode(string token, HttpRequest request, MatchFormQueries queries, CancellationToken cancellationToken)
    {
        if (!await queries.ExistsAsync(token, cancellationToken))
        {
            return TypedResults.NotFound();
        }
        var url = $"{request.Scheme}://{request.Host}/m/{token}";
        return TypedResults.Content(QrCode.Svg(url), "image/svg+xml");
    }
}
