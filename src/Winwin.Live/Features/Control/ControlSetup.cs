using MudBlazor.Services;

namespace Winwin.Live.Features.Control;

public static class ControlSetup
{
    /// <summary>Registers the staff control panel: interactive server components with MudBlazor.</summary>
    public static WebApplicationBuilder AddControlPanel(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddMudServices();
        builder.Services.AddSingleton<ControlQueries>();
        return builder;
    }
}
