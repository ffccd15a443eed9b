using Microsoft.AspNetCore.Http.HttpResults;
using Winwin.Live.Features.Accounts;

namespace Winwin.Live.Features.Export;

public static class ExportApi
{
    /// <summary>Maps the staff-only exports for Excel: <c>GET /api/events/{slug}/export/{organizations|listings|deals}.csv</c>.</summary>
    public static WebApplication MapExportApi(this WebApplication app)
    {
        var group = app.MapGroup("/api/events/{slug}/export")
            .WithTags("Export")
            .RequireAuthorization(StaffPolicies.Staff);
        group.MapGet("/organizations.csv", (string slug, ExportService exports, CancellationToken ct) => FileAsync(exports.OrganizationsAsync(slug, ct), slug, "organisations"))
            .WithName("ExportOrganizations").Produces<Stream>(StatusCodes.Status200OK, "text/csv");
        group.MapGet("/listings.csv", (string slug, ExportService exports, CancellationToken ct) => FileAsync(exports.ListingsAsync(slug, ct), slug, "offres-demandes"))
            .WithName("ExportListings").Produces<Stream>(StatusCodes.Status200OK, "text/csv");
        group.MapGet("/deals.csv", (string slug, ExportService exports, CancellationToken ct) => FileAsync(exports.DealsAsync(slug, ct), slug, "accords"))
            .WithName("ExportDeals").Produces<Stream>(StatusCodes.Status200OK, "text/csv");
        return app;
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> FileAsync(Task<byte[]?> content, string slug, string name) =>
        await content is { } bytes
            ? TypedResults.File(bytes, CsvExport.ContentType, $"{slug}-{name}.csv")
            : TypedResults.NotFound();
}
