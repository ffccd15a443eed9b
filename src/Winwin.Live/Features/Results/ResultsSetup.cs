using Microsoft.AspNetCore.Http.HttpResults;
using Winwin.Live.Features.Public;
using Winwin.Live.Features.Security;

namespace Winwin.Live.Features.Results;

public static class ResultsSetup
{
    /// <summary>Registers the public results page's reads.</summary>
    public static WebApplicationBuilder AddResults(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<ResultsQueries>();
        return builder;
    }

    /// <summary>
    /// Maps <c>/e/{slug}/results.svg</c>: the picture social networks show with a link to the results (the page itself,
    /// <c>/e/{slug}/results</c>, is a component).
    /// </summary>
    public static WebApplication MapResults(this WebApplication app)
    {
        app.MapPublicPicture("/e/{slug}/results.svg", GetResultsCard, "GetResultsCard");
        return app;
    }

    [PublicRead]
    public static async Task<Results<ContentHttpResult, NotFound>> GetResultsCard(string slug, ResultsQueries queries, PublicText text, CancellationToken cancellationToken) =>
        await queries.GetAsync(slug, cancellationToken) is { } view
            ? TypedResults.Content(ResultsCard.Svg(view, text), "image/svg+xml")
            : TypedResults.NotFound();
}
