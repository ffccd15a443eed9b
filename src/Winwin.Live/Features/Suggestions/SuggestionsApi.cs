using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Winwin.Live.Features.Accounts;

namespace Winwin.Live.Features.Suggestions;

public static class SuggestionsApi
{
    /// <summary>
    /// Maps the staff suggestion endpoints: <c>GET /api/events/{slug}/suggestions?page=1&amp;pageSize=50</c> (a page of
    /// the open requests that have suggestions, by organisation name, each with its ranked offers, scores and reasons;
    /// the page says how many there are in all) and <c>GET /api/events/{slug}/win-wins</c> (pairs and circles).
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

    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    public static async Task<Results<Ok<SuggestionsPageDto>, NotFound, ValidationProblem>> GetSuggestions(
        string slug, SuggestionService suggestions, SuggestionViews views, CancellationToken cancellationToken,
        [FromQuery] int page = 1, [FromQuery] int pageSize = DefaultPageSize)
    {
        if (page < 1 || pageSize is < 1 or > MaxPageSize)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["page"] = [$"page is 1 or more; pageSize from 1 to {MaxPageSize}."],
            });
        }
        return await suggestions.GetAsync(slug, cancellationToken) is { } ev
            ? TypedResults.Ok(views.ForRequests(ev, page, pageSize))
            : TypedResults.NotFound();
    }

    public static async Task<Results<Ok<WinWinsDto>, NotFound>> GetWinWins(
        string slug, SuggestionService suggestions, SuggestionViews views, CancellationToken cancellationToken) =>
        await suggestions.GetAsync(slug, cancellationToken) is { } ev
            ? TypedResults.Ok(views.WinWins(ev))
            : TypedResults.NotFound();
}
