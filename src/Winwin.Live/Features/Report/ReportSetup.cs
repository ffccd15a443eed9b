namespace Winwin.Live.Features.Report;

public static class ReportSetup
{
    /// <summary>Registers the impact report: its reads and its CSV.</summary>
    public static WebApplicationBuilder AddReport(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<ReportQueries>();
        builder.Services.AddScoped<ReportCsv>();
        return builder;
    }
}
