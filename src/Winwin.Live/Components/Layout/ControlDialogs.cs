using System.Globalization;
using Microsoft.Extensions.Localization;
using MudBlazor;
using Winwin.Data;
using Winwin.Live.Features.Commands;

namespace Winwin.Live.Components.Layout;

/// <summary>The control panel's small questions: a reason for sending back or retracting a deal.</summary>
public sealed class ControlDialogs(IDialogService dialogs, IStringLocalizer<Text> text)
{
    /// <summary>Asks for a reason; null when the user cancels.</summary>
    public async Task<string?> AskReasonAsync(string title, string prompt, string confirm, Color color = Color.Error)
    {
        var parameters = new DialogParameters<ReasonDialog>
        {
            { d => d.Prompt, prompt },
            { d => d.Confirm, confirm },
            { d => d.Color, color },
        };
        var dialog = await dialogs.ShowAsync<ReasonDialog>(title, parameters, new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true, CloseOnEscapeKey = true });
        var result = await dialog.Result;
        return result is { Canceled: false, Data: string reason } ? reason : null;
    }

    /// <summary>Asks for a yes before something that cannot be undone.</summary>
    public async Task<bool> ConfirmAsync(string title, string message, string confirm) =>
        await dialogs.ShowMessageBoxAsync(title, message, yesText: confirm, cancelText: text["control.cancel"]) == true;

    /// <summary>
    /// When a command was refused only because its text mentions money (the no-money rule's warning), asks the
    /// person to confirm that no money changes hands. True means: send it again, confirmed.
    /// </summary>
    public async Task<bool> ConfirmMoneyMentionsAsync<T>(CommandResult<T> result)
    {
        if (result.Succeeded || result.Errors.Count == 0 || result.Errors.Any(e => e.Code != DomainErrors.MoneyToConfirm))
        {
            return false;
        }
        var mentions = string.Join(" ; ", result.Errors.Select(e =>
            text[$"field.{e.Field}"] is { ResourceNotFound: false } label ? $"{label} : {e.Argument}" : e.Argument));
        return await ConfirmAsync(text["money.confirm.title"], string.Format(CultureInfo.CurrentCulture, text["money.confirm.message"], mentions),
            text["money.confirm.yes"]);
    }

    public string this[string key] => text[key];
}
