using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Winwin.Data;
using Winwin.Live.Features.Accounts;
using Winwin.Live.Features.Commands;
using Winwin.Live.Features.Export;
using Winwin.Live.Features.Localization;

namespace Winwin.Live.Features.FollowUp;

public static class FollowUpApi
{
    /// <summary>What the client saw (the deal's version) and what it records.</summary>
    public sealed record FollowUpInput(Guid Version, FollowUpStatus Status, string? Notes);

    /// <summary>One status for several deals, each with the version the client saw.</summary>
    public sealed record StatusChange(FollowUpStatus Status, IReadOnlyList<FollowUpTarget> Deals);

    /// <summary>
    /// Maps the coordinators' follow-up endpoints under <c>/api/events/{slug}/follow-up</c>: the list (<c>GET</c>), record one deal
    /// (<c>PUT /{number}</c>), one status for several (<c>POST /status</c>), <c>POST /close</c> and <c>/reopen</c>, and the files
    /// <c>GET /call-sheet.csv</c> and <c>GET /open-requests.csv</c>.
    /// </summary>
    public static WebApplication MapFollowUpApi(this WebApplication app)
    {
        var group = app.MapGroup("/api/events/{slug}/follow-up")
            .WithTags("Follow-up")
            .RequireAuthorization(StaffPolicies.Coordinator);
        group.MapGet("/", GetFollowUp).WithName("GetFollowUp");
        group.MapPut("/{number:int}", RecordFollowUp).WithName("RecordFollowUp");
        group.MapPost("/status", SetFollowUpStatus).WithName("SetFollowUpStatus");
        group.MapPost("/close", CloseFollowUp).WithName("CloseFollowUp");
        group.MapPost("/reopen", ReopenFollowUp).WithName("ReopenFollowUp");
        group.MapGet("/call-sheet.csv", CallSheet).WithName("FollowUpCallSheet").Produces<Stream>(StatusCodes.Status200OK, "text/csv");
        group.MapGet("/open-requests.csv", OpenRequests).WithName("FollowUpOpenRequests").Produces<Stream>(StatusCodes.Status200OK, "text/csv");
        return app;
    }

    public static async Task<Results<Ok<FollowUpBoard>, NotFound>> GetFollowUp(string slug, FollowUpQueries queries, CancellationToken cancellationToken) =>
        await queries.GetBoardAsync(slug, cancellationToken) is { } board ? TypedResults.Ok(board) : TypedResults.NotFound();

    public static async Task<Results<Ok<FollowUpRecorded>, NotFound, ValidationProblem>> RecordFollowUp(string slug, int number, FollowUpInput body,
        ClaimsPrincipal user, FollowUpService followUp, ErrorMessages errors, CancellationToken cancellationToken) =>
        Answer(await followUp.RecordAsync(slug, number, body.Version, body.Status, body.Notes, StaffActorFactory.From(user), cancellationToken), errors);

    public static async Task<Results<Ok<IReadOnlyList<FollowUpRecorded>>, NotFound, ValidationProblem>> SetFollowUpStatus(string slug, StatusChange body,
        ClaimsPrincipal user, FollowUpService followUp, ErrorMessages errors, CancellationToken cancellationToken) =>
        Answer(await followUp.SetStatusAsync(slug, body.Deals, body.Status, StaffActorFactory.From(user), cancellationToken), errors);

    public static async Task<Results<Ok<FollowUpState>, NotFound, ValidationProblem>> CloseFollowUp(string slug, ClaimsPrincipal user, FollowUpService followUp,
        ErrorMessages errors, CancellationToken cancellationToken) =>
        Answer(await followUp.CloseAsync(slug, StaffActorFactory.From(user), cancellationToken), errors);

    public static async Task<Results<Ok<FollowUpState>, NotFound, ValidationProblem>> ReopenFollowUp(string slug, ClaimsPrincipal user, FollowUpService followUp,
        ErrorMessages errors, CancellationToken cancellationToken) =>
        Answer(await followUp.ReopenAsync(slug, StaffActorFactory.From(user), cancellationToken), errors);

    public static async Task<Results<FileContentHttpResult, NotFound>> CallSheet(string slug, FollowUpExports exports, CancellationToken cancellationToken) =>
        File(await exports.CallSheetAsync(slug, cancellationToken), slug, "suivi-appels");

    public static async Task<Results<FileContentHttpResult, NotFound>> OpenRequests(string slug, FollowUpExports exports, CancellationToken cancellationToken) =>
        File(await exports.OpenRequestsAsync(slug, cancellationToken), slug, "demandes-ouvertes");

    private static Results<FileContentHttpResult, NotFound> File(byte[]? content, string slug, string name) =>
        content is { } bytes ? TypedResults.File(bytes, CsvExport.ContentType, $"{slug}-{name}.csv") : TypedResults.NotFound();

    private static Results<Ok<T>, NotFound, ValidationProblem> Answer<T>(CommandResult<T> result, ErrorMessages errors) =>
        result.IsNotFound ? TypedResults.NotFound()
        : result.Succeeded ? TypedResults.Ok(result.Value!)
        : errors.ToValidationProblem(result.Errors);
}
