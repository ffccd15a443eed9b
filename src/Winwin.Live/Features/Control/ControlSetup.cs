using MudBlazor.Services;
using Winwin.Live.Components.Layout;

namespace Winwin.Live.Features.Control;

public static class ControlSetup
{
    /// <summary>Registers the staff control panel: interactive server components with MudBlazor, the desk pages' reads, and the feedback and dialogs every staff screen uses.</summary>
    public static WebApplicationBuilder AddControlPanel(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddMudServices(o =>
        {
            // Bottom left: clear of the app bar and of the deal form's announce button.
            o.SnackbarConfiguration.PositionClass = MudBlazor.Defaults.Classes.Position.BottomLeft;
            o.SnackbarConfiguration.VisibleStateDuration = 6000;
        });
        // MudBlazor's own words (pagers, pickers, close buttons) from our resources, in the staff member's language.
        builder.Services.AddTransient<MudBlazor.MudLocalizer, Winwin.Live.Features.Localization.MudTexts>();
        builder.Services.AddSingleton<ControlQueries>();
        builder.Services.AddScoped<ControlFeedback>();
        builder.Services.AddScoped<ControlDialogs>();
        return builder;
    }
}
