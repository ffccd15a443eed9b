namespace Winwin.Live.Features.Export;

public static class ExportSetup
{
    /// <summary>Registers the CSV exports of organisations, offers and requests, and deals.</summary>
    public static WebApplicationBuilder AddExport(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<ExportService>();
        return builder;
    }
}
