using Microsoft.AspNetCore.Http.HttpResults;
using Winwin.Live.Features.Accounts;
using Winwin.Live.Features.Export;

namespace Winwin.Live.Features.Report;

public static class ReportApi
{
    /// <summary>Maps the coordinators' impact report: <c>GET /api/events/{slug}/report</c> (figures and editions) and <c>GET .../report.csv</c>.</summary>
    public static WebApplication MapReportApi(this WebApplication app)
    {
        var group = app.MapGroup("/api/events/{slug}")
            .WithTags("Report")
            .RequireAuthorization(StaffPolicies.Coordinator);
        group.MapGet("/report", GetReport).WithName("GetReport");
        group.MapGet("/report.csv", ReportFile).WithName("ReportCsv").Produces<Stream>(StatusCodes.Status200OK, "text/csv");
        return app;
    }

    public static async Task<Results<Ok<ReportView>, NotFound>> GetReport(string slug, ReportQueries reports, CancellationToken cancellationToken) =>
        await reports.GetAsync(slug, cancellationToken) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound();

    public static async Task<Results<FileContentHttpResult, NotFound>> ReportFile(string slug, ReportQueries reports, ReportCsv csv, CancellationToken cancellationToken) =>
        await reports.GetAsync(slug, cancellationToken) is { } view
            ? TypedResults.File(csv.Write(view), CsvExport.ContentType, $"{slug}-rapport.csv")
            : TypedResults.NotFound();
}
