using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Winwin.Data;

namespace Winwin.Live.Features.Localization;

/// <summary>Turns error codes into messages in the user's language.</summary>
public sealed class ErrorMessages(IStringLocalizer<Text> text)
{
    public string Describe(DomainError error)
    {
        var template = text[$"error.{error.Code}"];
        return error.Argument is null ? template : string.Format(CultureInfo.CurrentCulture, template, error.Argument);
    }

    public ValidationProblem ToValidationProblem(IReadOnlyList<DomainError> errors) =>
        TypedResults.ValidationProblem(ByField(errors), title: text["error.title"]);

    /// <summary>
    /// 409 for a change made from an outdated version: the same problem document as a refusal (its messages under
    /// <c>errors</c>, for the screens that read them there), with the status a script can tell apart from bad input.
    /// </summary>
    public ProblemHttpResult ToConflictProblem(IReadOnlyList<DomainError> errors) =>
        TypedResults.Problem(new HttpValidationProblemDetails(ByField(errors))
        {
            Status = StatusCodes.Status409Conflict,
            Title = text["error.title"],
            Detail = string.Join(" ", errors.Select(Describe)),
        });

    private Dictionary<string, string[]> ByField(IReadOnlyList<DomainError> errors) =>
        errors.GroupBy(e => e.Field ?? "").ToDictionary(g => g.Key, g => g.Select(Describe).ToArray());
}
