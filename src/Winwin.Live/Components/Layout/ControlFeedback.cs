using Microsoft.Extensions.Localization;
using MudBlazor;
using Winwin.Data;
using Winwin.Live.Features.Commands;
using Winwin.Live.Features.Localization;

namespace Winwin.Live.Components.Layout;

/// <summary>Tells staff how a command went: a snackbar when it worked, the reasons (with the field) when it did not.</summary>
public sealed class ControlFeedback(ISnackbar snackbar, ErrorMessages errors, IStringLocalizer<Text> text)
{
    /// <summary>The messages of a refused command, each prefixed with the field it concerns.</summary>
    public IReadOnlyList<string> Describe<T>(CommandResult<T> result) =>
        result.IsNotFound ? [text["notFound.event"]] : [.. result.Errors.Select(Describe)];

    public string Describe(DomainError error)
    {
        var message = errors.Describe(error);
        if (error.Field is null)
        {
            return message;
        }
        var label = text[$"field.{error.Field}"];
        return label.ResourceNotFound ? message : $"{label} : {message}";
    }

    /// <summary>
    /// Shows the outcome of a form's command: when it is refused, the reasons go to the form's fields
    /// (<paramref name="fields"/>) and only what concerns no field of the form to a message; returns whether it succeeded.
    /// </summary>
    public bool ReportInForm<T>(CommandResult<T> result, string success, FieldErrors fields, IReadOnlyCollection<string> formFields)
    {
        if (result.Succeeded)
        {
            fields.Clear();
            snackbar.Add(success, Severity.Success);
            return true;
        }
        ShowInForm(result, fields, formFields);
        foreach (var message in fields.General)
        {
            snackbar.Add(message, Severity.Error);
        }
        return false;
    }

    /// <summary>
    /// Files a refused command's reasons under the form's fields (<paramref name="fields"/>), what concerns no field of
    /// the form in <see cref="FieldErrors.General"/>, for a dialog that shows them itself; returns whether it succeeded.
    /// </summary>
    public bool ShowInForm<T>(CommandResult<T> result, FieldErrors fields, IReadOnlyCollection<string> formFields)
    {
        if (result.Succeeded)
        {
            fields.Clear();
            return true;
        }
        if (result.IsNotFound)
        {
            fields.Clear();
            fields.AddGeneral(text["notFound.event"]);
            return false;
        }
        fields.Set(result.Errors, formFields, errors.Describe, Describe);
        return false;
    }

    /// <summary>Shows the outcome; returns whether the command succeeded.</summary>
    public bool Report<T>(CommandResult<T> result, string success)
    {
        if (result.Succeeded)
        {
            snackbar.Add(success, Severity.Success);
            return true;
        }
        foreach (var message in Describe(result))
        {
            snackbar.Add(message, Severity.Error);
        }
        return false;
    }
}
