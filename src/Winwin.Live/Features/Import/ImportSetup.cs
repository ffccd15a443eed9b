namespace Winwin.Live.Features.Import;

public static class ImportSetup
{
    /// <summary>Registers the CSV import of organisations, offers and requests.</summary>
    public static WebApplicationBuilder AddImport(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<ImportService>();
        return builder;
    }
}
