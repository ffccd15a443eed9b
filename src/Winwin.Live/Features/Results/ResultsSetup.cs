using Microsoft.AspNetCore.Http.HttpResults;
using Winwin.Live.Features.Public;
using Winwin.Live.Features.Security;

namespace Winwin.Live.Features.Results;

public static class ResultsSetup
{
    /// <summary>Registers the public results page's reads and the drawing of its share picture as PNG.</summary>
    public static WebApplicationBuilder AddResults(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<ResultsQueries>();
        builder.Services.AddMemoryCache();
        builder.Services.AddSingleton<ResultsCardPng>();
        return builder;
    }

    /// <summary>
    /// Maps <c>/e/{slug}/results.png</c>, the picture social networks show with a link to the results, and the same
    /// picture as <c>/e/{slug}/results.svg</c> (the page itself, <c>/e/{slug}/results</c>, is a component).
    /// </summary>
    public static WebApplication MapResults(this WebApplication app)
    {
        app.MapPublicPicture("/e/{slug}/results.svg", GetResultsCard, "GetResultsCard");
        app.MapPublicPicture("/e/{slug}/results.png", GetResultsCardPng, "GetResultsCardPng", "image/png");
        return app;
    }

    [PublicRead]
    public static async Task<Results<ContentHttpResult, NotFound>> GetResultsCard(string slug, ResultsQueries queries, PublicText text, CancellationToken cancellationToken) =>
        await queries.GetAsync(slug, cancellationToken) is { } view
            ? TypedResults.Content(ResultsCard.Svg(view, text), "image/svg+xml")
            : TypedResults.NotFound();

    /// <summary>The same card as PNG; the SVG when it cannot be drawn here (logged), never an error.</summary>
    [PublicRead]
    public static async Task<Results<FileContentHttpResult, ContentHttpResult, NotFound>> GetResultsCardPng(string slug, ResultsQueries queries, PublicText text, ResultsCardPng png,
        CancellationToken cancellationToken)
    {
        if (await queries.GetAsync(slug, cancellationToken) is not { } view)
        {
            return TypedResults.NotFound();
        }
        var svg = ResultsCard.Svg(view, text);
        return png.Render(svg) is { } picture ? TypedResults.File(picture, "image/png") : TypedResults.Content(svg, "image/svg+xml");
    }
}
