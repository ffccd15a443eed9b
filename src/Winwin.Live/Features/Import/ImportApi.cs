using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Winwin.Live.Features.Accounts;
using Winwin.Live.Features.Export;
using Winwin.Live.Features.Live;

namespace Winwin.Live.Features.Import;

public static class ImportApi
{
    /// <summary>The largest file an import accepts (20,000 rows fit easily).</summary>
    public const long MaxFileBytes = 10 * 1024 * 1024;

    /// <summary>
    /// Maps the staff-only import: <c>POST /api/events/{slug}/import</c> (CSV body; <c>?dryRun=true</c> for a preview,
    /// <c>?confirmWarnings=true</c> to import a file whose warnings were read) and <c>GET .../import/template.csv</c>.
    /// </summary>
    public static WebApplication MapImportApi(this WebApplication app)
    {
        var group = app.MapGroup("/api/events/{slug}")
            .WithTags("Import")
            .RequireAuthorization(StaffPolicies.Staff);
        group.MapPost("/import", Import).WithName("Import").Accepts<string>("text/csv");
        group.MapGet("/import/template.csv", Template).WithName("ImportTemplate").Produces<Stream>(StatusCodes.Status200OK, "text/csv");
        return app;
    }

    /// <summary>
    /// Imports the CSV body, all or nothing. Answers the report: 200 when imported (or previewed), 400 with every problem
    /// otherwise; a file with warnings only is imported with <c>confirmWarnings=true</c>, and without it answered 409
    /// (problem details with the warnings and the preview) with nothing written.
    /// </summary>
    public static async Task<Results<Ok<ImportReport>, BadRequest<ImportReport>, NotFound, ProblemHttpResult>> Import(
        string slug, bool? dryRun, bool? confirmWarnings, HttpRequest request, ClaimsPrincipal user, ImportService imports, IStringLocalizer<Text> text,
        CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxFileBytes)
        {
            return TooLarge(text);
        }
        using var body = new MemoryStream();
        // Read no more than the limit (and one buffer): a body without a length, or longer than it says, is not kept whole.
        var buffer = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(buffer, cancellationToken)) > 0)
        {
            body.Write(buffer, 0, read);
            if (body.Length > MaxFileBytes)
            {
                return TooLarge(text);
            }
        }
        body.Position = 0;
        var result = dryRun == true ? await imports.PreviewAsync(slug, body, cancellationToken)
            : await imports.ImportAsync(slug, body, StaffActorFactory.From(user), confirmWarnings == true, cancellationToken);
        if (result.IsNotFound)
        {
            return TypedResults.NotFound();
        }
        if (dryRun != true && result.Value is { Imported: false, Problems.Count: 0, Warnings.Count: > 0 } preview)
        {
            return WarningsToConfirm(preview, text);
        }
        return result.Value is { Problems.Count: 0 } report && (result.Succeeded || dryRun == true)
            ? TypedResults.Ok(report)
            : TypedResults.BadRequest(result.Value!);
    }

    /// <summary>409: the file would be imported, but its warnings must be read first; the preview says what it would do.</summary>
    private static ProblemHttpResult WarningsToConfirm(ImportReport preview, IStringLocalizer<Text> text) =>
        TypedResults.Problem(
            string.Format(CultureInfo.CurrentCulture, text["import.api.warningsDetail"], preview.Warnings.Count),
            statusCode: StatusCodes.Status409Conflict,
            title: text["import.api.warningsTitle"],
            extensions: new Dictionary<string, object?> { ["warnings"] = preview.Warnings, ["preview"] = preview });

    /// <summary>413, saying the limit in the user's language.</summary>
    private static ProblemHttpResult TooLarge(IStringLocalizer<Text> text)
    {
        var megabytes = MaxFileBytes / (1024 * 1024);
        var detail = string.Format(CultureInfo.CurrentCulture, text["error.import.tooLarge"], megabytes);
        return TypedResults.Problem(detail, statusCode: StatusCodes.Status413PayloadTooLarge, title: detail,
            extensions: new Dictionary<string, object?> { ["maxBytes"] = MaxFileBytes });
    }

    public static FileContentHttpResult Template() =>
        TypedResults.File(new System.Text.UTF8Encoding(true).GetPreamble().Concat(System.Text.Encoding.UTF8.GetBytes(CsvImportParser.Template())).ToArray(),
            CsvExport.ContentType, "winwin-modele-import.csv");
}
