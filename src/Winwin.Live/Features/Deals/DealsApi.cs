using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Winwin.Live.Features.Accounts;
using Winwin.Live.Features.Commands;
using Winwin.Live.Features.Live;
using Winwin.Live.Features.Localization;

namespace Winwin.Live.Features.Deals;

public static class DealsApi
{
    /// <summary>
    /// Maps the deal endpoints: record <c>POST /api/events/{slug}/deals</c>, correct <c>PUT .../{number}</c>, retract
    /// <c>POST .../{number}/retract</c> (coordinators and facilitators); approve and return <c>POST .../{number}/approve|return</c>
    /// (notaries and coordinators).
    /// </summary>
    public static WebApplication MapDealsApi(this WebApplication app)
    {
        var group = app.MapGroup("/api/events/{slug}/deals")
            .WithTags("Deals")
            .RequireAuthorization(StaffPolicies.ControlPanel);
        group.MapPost("/", AnnounceDeal).WithName("AnnounceDeal").RequireAuthorization(StaffPolicies.Staff);
        group.MapPut("/{number:int}", CorrectDeal).WithName("CorrectDeal").RequireAuthorization(StaffPolicies.Staff);
        group.MapPost("/{number:int}/retract", RetractDeal).WithName("RetractDeal").RequireAuthorization(StaffPolicies.Staff);
        group.MapPost("/{number:int}/approve", ApproveDeal).WithName("ApproveDeal").RequireAuthorization(StaffPolicies.Ratify);
        group.MapPost("/{number:int}/return", ReturnDeal).WithName("ReturnDeal").RequireAuthorization(StaffPolicies.Ratify);
        group.MapPost("/check", CheckDeal).WithName("CheckDeal").RequireAuthorization(StaffPolicies.Staff);

        // The browser desk: what it needs to record deals, also while the network is away.
        var desk = app.MapGroup("/api/events/{slug}/desk")
            .WithTags("Deals")
            .RequireAuthorization(StaffPolicies.Staff);
        desk.MapGet("/", GetDesk).WithName("GetDesk");
        desk.MapGet("/deals", GetDeskDeals).WithName("GetDeskDeals");
        return app;
    }

    /// <summary>A deal being typed: the parties chosen so far (organisation 0 when not yet chosen) and the value.</summary>
    public sealed record DealDraft(IReadOnlyList<AnnounceDealParty>? Parties, decimal? EstimatedValue = null);

    /// <summary>Checks what each party gives (length, the no-money rule) and the value while the facilitator types; saves nothing.</summary>
    public static Ok<DealCheckDto> CheckDeal(string slug, DealDraft draft, ErrorMessages errors, CancellationToken cancellationToken)
    {
        var problems = DealService.CheckDraft(draft.Parties, draft.EstimatedValue, cancellationToken).GroupBy(e => e.Field!).ToList();
        return TypedResults.Ok(new DealCheckDto(
            problems.ToDictionary(g => g.Key, g => g.Select(errors.Describe).ToArray()),
            [.. problems.Where(g => g.All(e => e.Code == Winwin.Data.DomainErrors.MoneyToConfirm)).Select(g => g.Key)]));
    }

    public static async Task<Results<Ok<DeskDataDto>, NotFound>> GetDesk(string slug, DeskQueries desk, CancellationToken cancellationToken) =>
        await desk.GetAsync(slug, cancellationToken) is { } data ? TypedResults.Ok(data) : TypedResults.NotFound();

    public static async Task<Results<Ok<IReadOnlyList<DeskDealDto>>, NotFound>> GetDeskDeals(string slug, DeskQueries desk, CancellationToken cancellationToken) =>
        await desk.RecentDealsAsync(slug, cancellationToken) is { } deals ? TypedResults.Ok(deals) : TypedResults.NotFound();

    public static async Task<Results<Created<DealDto>, Ok<DealDto>, NotFound, ValidationProblem, ProblemHttpResult>> AnnounceDeal(
        string slug, AnnounceDealCommand command, ClaimsPrincipal user, DealService deals, ErrorMessages errors, CancellationToken cancellationToken)
    {
        var result = await deals.AnnounceAsync(slug, command, StaffActorFactory.From(user), cancellationToken);
        if (result.IsNotFound)
        {
            return TypedResults.NotFound();
        }
        if (result.Errors is [{ Code: LiveErrors.IdempotencyKeyReused } reused])
        {
            return TypedResults.Problem(errors.Describe(reused), statusCode: StatusCodes.Status409Conflict, title: errors.Describe(reused),
                extensions: new Dictionary<string, object?> { ["dealNumber"] = int.Parse(reused.Argument!, CultureInfo.InvariantCulture) });
        }
        if (!result.Succeeded)
        {
            return errors.ToValidationProblem(result.Errors);
        }
        // A replayed submission answers 200 with the deal it already created.
        return result.Replayed
            ? TypedResults.Ok(result.Value!)
            : TypedResults.Created($"/api/events/{slug}/deals/{result.Value!.Number}", result.Value);
    }

    /// <summary>A deal change carries the version the client saw, so that a concurrent change is reported instead of overwritten.</summary>
    public sealed record DealChange(Guid Version, string? Reason = null);

    public sealed record DealCorrection(Guid Version, CorrectDealCommand Deal);

    public static async Task<Results<Ok<DealDto>, NotFound, ValidationProblem>> CorrectDeal(string slug, int number, DealCorrection body, ClaimsPrincipal user,
        DealService deals, ErrorMessages errors, CancellationToken cancellationToken) =>
        Answer(await deals.CorrectAsync(slug, number, body.Version, body.Deal, StaffActorFactory.From(user), cancellationToken), errors);

    public static async Task<Results<Ok<DealDto>, NotFound, ValidationProblem>> RetractDeal(string slug, int number, DealChange body, ClaimsPrincipal user,
        DealService deals, ErrorMessages errors, CancellationToken cancellationToken) =>
        Answer(await deals.RetractAsync(slug, number, body.Version, body.Reason, StaffActorFactory.From(user), cancellationToken), errors);

    public static async Task<Results<Ok<DealDto>, NotFound, ValidationProblem>> ApproveDeal(string slug, int number, DealChange body, ClaimsPrincipal user,
        DealService deals, ErrorMessages errors, CancellationToken cancellationToken) =>
        Answer(await deals.ApproveAsync(slug, number, body.Version, StaffActorFactory.From(user), cancellationToken), errors);

    public static async Task<Results<Ok<DealDto>, NotFound, ValidationProblem>> ReturnDeal(string slug, int number, DealChange body, ClaimsPrincipal user,
        DealService deals, ErrorMessages errors, CancellationToken cancellationToken) =>
        Answer(await deals.ReturnAsync(slug, number, body.Version, body.Reason, StaffActorFactory.From(user), cancellationToken), errors);

    private static Results<Ok<DealDto>, NotFound, ValidationProblem> Answer(Winwin.Live.Features.Commands.CommandResult<DealDto> result, ErrorMessages errors) =>
        result.IsNotFound ? TypedResults.NotFound()
        : result.Succeeded ? TypedResults.Ok(result.Value!)
        : errors.ToValidationProblem(result.Errors);
}
