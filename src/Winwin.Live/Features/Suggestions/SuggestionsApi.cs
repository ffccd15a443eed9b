using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Winwin.Data;
using Winwin.Live.Features.Accounts;
using Winwin.Live.Features.Commands;
using Winwin.Live.Features.Localization;

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
        string slug, SuggestionService suggestions, SuggestionViews views, ErrorMessages errors, CancellationToken cancellationToken,
        [FromQuery] int page = 1, [FromQuery] int pageSize = DefaultPageSize)
    {
        var problems = new List<DomainError>();
        if (page < 1)
        {
            problems.Add(new DomainError(LiveErrors.BadPage, Field: "page"));
        }
        if (pageSize is < 1 or > MaxPageSize)
        {
            problems.Add(new DomainError(LiveErrors.BadPageSize, MaxPageSize.ToString(CultureInfo.InvariantCulture), "pageSize"));
        }
        if (problems.Count > 0)
        {
            return errors.ToValidationProblem(problems);
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
