using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Winwin.Live.Features.Localization;

/// <summary>
/// MudBlazor's own words (pagers, pickers, close buttons, required-field messages) in the staff member's language: they live
/// in our resources under <c>mud.</c> followed by MudBlazor's key. A key we do not carry falls back to MudBlazor's English.
/// </summary>
public sealed class MudTexts(IStringLocalizer<Text> texts) : MudLocalizer
{
    public const string Prefix = "mud.";

    public override LocalizedString this[string key]
    {
        get
        {
            var text = texts[Prefix + key];
            return new LocalizedString(key, text.Value, text.ResourceNotFound);
        }
    }

    public override LocalizedString this[string key, params object[] arguments]
    {
        get
        {
            var text = texts[Prefix + key, arguments];
            return new LocalizedString(key, text.Value, text.ResourceNotFound);
        }
    }
}
