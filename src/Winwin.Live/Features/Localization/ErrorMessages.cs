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
        TypedResults.ValidationProblem(
            errors.GroupBy(e => e.Field ?? "")
                .ToDictionary(g => g.Key, g => g.Select(Describe).ToArray()),
            title: text["error.title"]);
}
