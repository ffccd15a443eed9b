using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Winwin.Live.Features.Accounts;
using Winwin.Live.Features.Localization;
using Winwin.Live.Features.Security;

namespace Winwin.Live.Features.Calls;

public static class CallsApi
{
    /// <summary>A participant's body when calling: which organisation is calling, and the phone's <see cref="Live.DeviceId"/>.</summary>
    public sealed record CallRequest(int OrganizationId, string? Device);

    /// <summary>
    /// Maps <c>POST /api/events/{slug}/calls</c> (anonymous: a phone calls a facilitator, one open call per organisation),
    /// <c>GET .../calls/{key}</c> (anonymous: the call's state, by the key only its phone received), and for staff <c>GET .../calls</c>, <c>POST .../calls/{id}/take|done</c>.
    /// </summary>
    public static WebApplication MapFacilitatorCalls(this WebApplication app)
    {
        var group = app.MapGroup("/api/events/{slug}/calls").WithTags("Calls");
        group.MapPost("/", CallFacilitator).WithName("CallFacilitator").AllowAnonymous().RequireRateLimiting(CallsSetup.CallPolicy);
        group.MapGet("/{key}", GetCall).WithName("GetFacilitatorCall").AllowAnonymous().RequireRateLimiting(RateLimits.Public);
        group.MapGet("/", GetQueue).WithName("GetFacilitatorCalls").RequireAuthorization(StaffPolicies.Staff);
        group.MapPost("/{id:int}/take", TakeCall).WithName("TakeFacilitatorCall").RequireAuthorization(StaffPolicies.Staff);
        group.MapPost("/{id:int}/done", CloseCall).WithName("CloseFacilitatorCall").RequireAuthorization(StaffPolicies.Staff);
        return app;
    }

    public static async Task<Results<Created<PublicCallDto>, Ok<PublicCallDto>, NotFound, ValidationProblem, ProblemHttpResult>> CallFacilitator(
        string slug, CallRequest body, FacilitatorCallService calls, ErrorMessages errors, CancellationToken cancellationToken)
    {
        var result = await calls.CallAsync(slug, body.OrganizationId, body.Device, cancellationToken);
        if (result.IsNotFound)
        {
            return TypedResults.NotFound();
        }
        if (result.Errors.Any(e => e.Code == FacilitatorCallService.TooMany))
        {
            return TypedResults.Problem(errors.Describe(result.Errors[0]), statusCode: StatusCodes.Status429TooManyRequests);
        }
        if (result.Errors.Any(e => e.Code == FacilitatorCallService.DeviceBusy))
        {
            return TypedResults.Problem(errors.Describe(result.Errors[0]), statusCode: StatusCodes.Status409Conflict);
        }
        if (!result.Succeeded)
        {
            return errors.ToValidationProblem(result.Errors);
        }
        // Calling again while a call is open answers with that call.
        return result.Replayed
            ? TypedResults.Ok(result.Value!)
            : TypedResults.Created($"/api/events/{slug}/calls/{result.Value!.Id}", result.Value);
    }

    [PublicRead]
    public static async Task<Results<Ok<PublicCallDto>, NotFound>> GetCall(string slug, string key, FacilitatorCallService calls, CancellationToken cancellationToken) =>
        await calls.GetAsync(slug, key, cancellationToken) is { } call ? TypedResults.Ok(call) : TypedResults.NotFound();

    public static async Task<Results<Ok<IReadOnlyList<StaffCallDto>>, NotFound>> GetQueue(string slug, FacilitatorCallService calls,
        TimeProvider clock, CancellationToken cancellationToken) =>
        await calls.QueueAsync(slug, clock.GetUtcNow().UtcDateTime, cancellationToken) is { } queue
            ? TypedResults.Ok(queue)
            : TypedResults.NotFound();

    public static async Task<Results<Ok<StaffCallDto>, NotFound, ValidationProblem>> TakeCall(string slug, int id, ClaimsPrincipal user,
        FacilitatorCallService calls, ErrorMessages errors, CancellationToken cancellationToken) =>
        Answer(await calls.TakeAsync(slug, id, StaffActorFactory.From(user), cancellationToken), errors);

    public static async Task<Results<Ok<StaffCallDto>, NotFound, ValidationProblem>> CloseCall(string slug, int id, ClaimsPrincipal user,
        FacilitatorCallService calls, ErrorMessages errors, CancellationToken cancellationToken) =>
        Answer(await calls.DoneAsync(slug, id, StaffActorFactory.From(user), cancellationToken), errors);

    private static Results<Ok<StaffCallDto>, NotFound, ValidationProblem> Answer(Winwin.Live.Features.Commands.CommandResult<StaffCallDto> result, ErrorMessages errors) =>
        result.IsNotFound ? TypedResults.NotFound()
        : result.Succeeded ? TypedResults.Ok(result.Value!)
        : errors.ToValidationProblem(result.Errors);
}
