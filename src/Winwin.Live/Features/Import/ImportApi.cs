using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Winwin.Live.Features.Accounts;
using Winwin.Live.Features.Export;
using Winwin.Live.Features.Live;

namespace Winwin.Live.Features.Import;

public static class ImportApi
{
    /// <summary>The largest file an import accepts (20,000 rows fit easily).</summary>
    public const long MaxFileBytes = 10 * 1024 * 1024;

    /// <summary>
    /// Maps the staff-only import: <c>POST /api/events/{slug}/import</c> (CSV body; <c>?dryRun=true</c> for a preview) and
    /// <c>GET .../import/template.csv</c>.
    /// </summary>
    public static WebApplication MapImportApi(this WebApplication app)
    {
        var group = app.MapGroup("/api/events/{slug}")
            .WithTags("Import")
            .RequireAuthorization(StaffPolicies.Staff);
        group.MapPost("/import", Import).WithName("Import").Accepts<string>("text/csv");
        group.MapGet("/import/template.csv", Template).WithName("ImportTemplate");
        return app;
    }

    /// <summary>Imports the CSV body, all or nothing. Answers the report: 200 when imported (or previewed), 400 with every problem otherwise.</summary>
    public static async Task<Results<Ok<ImportReport>, BadRequest<ImportReport>, NotFound, StatusCodeHttpResult>> Import(
        string slug, bool? dryRun, HttpRequest request, ClaimsPrincipal user, ImportService imports, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxFileBytes)
        {
            return TypedResults.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body, cancellationToken);
        if (body.Length > MaxFileBytes)
        {
            return TypedResults.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }
        body.Position = 0;
        var result = dryRun == true ? await imports.PreviewAsync(slug, body, cancellationToken) : await imports.ImportAsync(slug, body, StaffActorFactory.From(user), cancellationToken);
        if (result.IsNotFound)
        {
            return TypedResults.NotFound();
        }
        return result.Value is { Problems.Count: 0 } report && (result.Succeeded || dryRun == true)
            ? TypedResults.Ok(report)
            : TypedResults.BadRequest(result.Value!);
    }

    public static FileContentHttpResult Template() =>
        TypedResults.File(new System.Text.UTF8Encoding(true).GetPreamble().Concat(System.Text.Encoding.UTF8.GetBytes(CsvImportParser.Template())).ToArray(),
            CsvExport.ContentType, "winwin-modele-import.csv");
}
