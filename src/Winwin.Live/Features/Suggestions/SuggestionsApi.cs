using Microsoft.AspNetCore.Http.HttpResults;
using Winwin.Live.Features.Accounts;

namespace Winwin.Live.Features.Suggestions;

public static class SuggestionsApi
{
    /// <summary>
    /// Maps the staff suggestion endpoints: <c>GET /api/events/{slug}/suggestions</c> (each open request with its
    /// ranked offers, scores and reasons) and <c>GET /api/events/{slug}/win-wins</c> (pairs and circles).
    /// </summary>
    public static WebApplication MapSuggestionsApi(this WebApplication app)
    {
        var group = app.MapGroup("/api/events/{slug}")
            .WithTags("Suggestions")
            .RequireAuthorization(StaffPolicies.Staff);
        group.MapGet("/suggestions", GetSuggestions).WithName("GetSuggestions");
        group.MapGet("/win-wins", GetWinWins).WithName("GetWinWins");
        return app;
    }

    public static async Task<Results<Ok<IReadOnlyList<RequestSuggestionsDto>>, NotFound>> GetSuggestions(
        string slug, SuggestionService suggestions, SuggestionViews views, CancellationToken cancellationToken) =>
        await suggestions.GetAsync(slug, cancellationToken) is { } ev
            ? TypedResults.Ok(views.ForRequests(ev))
            : TypedResults.NotFound();

    public static async Task<Results<Ok<WinWinsDto>, NotFound>> GetWinWins(
        string slug, SuggestionService suggestions, SuggestionViews views, CancellationToken cancellationToken) =>
        await suggestions.GetAsync(slug, cancellationToken) is { } ev
            ? TypedResults.Ok(views.WinWins(ev))
            : TypedResults.NotFound();
}
