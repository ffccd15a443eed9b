using Microsoft.AspNetCore.Http.HttpResults;
using Winwin.Live.Features.Live;
using Winwin.Live.Features.Security;

namespace Winwin.Live.Features.Public;

public static class PublicSetup
{
    /// <summary>Registers what the board and phone pages share: texts and the venue's time zone.</summary>
    public static WebApplicationBuilder AddPublicPages(this WebApplicationBuilder builder)
    {
        var zoneId = builder.Configuration["Winwin:TimeZone"] ?? "Europe/Brussels";
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(zoneId, out var found) ? found : TimeZoneInfo.Utc;
        builder.Services.AddSingleton(zone);
        builder.Services.AddScoped<PublicText>();
        // Rendered pages are small: the better compression is worth its few microseconds on a phone's slow link.
        builder.Services.Configure<Microsoft.AspNetCore.ResponseCompression.BrotliCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Optimal);
        builder.Services.Configure<Microsoft.AspNetCore.ResponseCompression.GzipCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Optimal);
        builder.Services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.Providers.Add<Microsoft.AspNetCore.ResponseCompression.BrotliCompressionProvider>();
            o.Providers.Add<Microsoft.AspNetCore.ResponseCompression.GzipCompressionProvider>();
        });
        return builder;
    }

    /// <summary>
    /// Compresses the public pages (phones on venue Wi-Fi). Only those: they hold no secret, so compression cannot
    /// leak one (the staff pages carry antiforgery tokens).
    /// </summary>
    public static WebApplication UsePublicCompression(this WebApplication app)
    {
        app.UseWhen(context => context.Request.Path.StartsWithSegments("/e") || context.Request.Path.StartsWithSegments("/m")
            || context.Request.Path.StartsWithSegments("/api/events", out var rest)
                && (rest.Value?.EndsWith("/snapshot", StringComparison.Ordinal) == true || rest.Value?.EndsWith("/find", StringComparison.Ordinal) == true),
            branch => branch.UseResponseCompression());
        return app;
    }

    /// <summary>Maps <c>/e/{slug}/qr.svg</c>: the QR code that leads phones to the event.</summary>
    public static WebApplication MapPublicPages(this WebApplication app)
    {
        app.MapPublicPicture("/e/{slug}/qr.svg", GetQrCode, "GetQrCode");
        return app;
    }

    /// <summary>Maps a picture of the public pages (SVG unless told): open to anyone, rate-limited, listed with the live reads.</summary>
    public static RouteHandlerBuilder MapPublicPicture(this IEndpointRouteBuilder app, string pattern, Delegate handler, string name, string contentType = "image/svg+xml") =>
        app.MapGet(pattern, handler)
            .WithName(name)
            .WithTags("Live")
            .Produces<Stream>(StatusCodes.Status200OK, contentType)
            .RequireRateLimiting(RateLimits.Public)
            .AllowAnonymous();

    [PublicRead]
    public static async Task<Results<ContentHttpResult, NotFound>> GetQrCode(string slug, HttpRequest request, LiveQueries queries, CancellationToken cancellationToken)
    {
        if (!EventSlug.IsValid(slug) || await queries.FindEventIdAsync(slug, cancellationToken) is null)
        {
            return TypedResults.NotFound();
        }
        var url = $"{request.Scheme}://{request.Host}/e/{slug}";
        return TypedResults.Content(QrCode.Svg(url), "image/svg+xml");
    }
}
