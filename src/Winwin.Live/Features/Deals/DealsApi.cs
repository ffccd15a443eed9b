using System.ComponentModel;
using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Winwin.Data;
using Winwin.Live.Features.Accounts;
using Winwin.Live.Features.Commands;
using Winwin.Live.Features.Live;
using Winwin.Live.Features.Localization;

namespace Winwin.Live.Features.Deals;

public static class DealsApi
{
    /// <summary>
    /// Maps the deal endpoints: list <c>GET /api/events/{slug}/deals</c> (paged by number, with filters) and read
    /// <c>GET .../{number}</c>, both with the version a change needs; record <c>POST /api/events/{slug}/deals</c>, correct
    /// <c>PUT .../{number}</c>, retract <c>POST .../{number}/retract</c> (coordinators and facilitators); approve and return
    /// <c>POST .../{number}/approve|return</c> (notaries and coordinators). A change from an outdated version answers 409.
    /// </summary>
    public static WebApplication MapDealsApi(this WebApplication app)
    {
        var group = app.MapGroup("/api/events/{slug}/deals")
            .WithTags("Deals")
            .RequireAuthorization(StaffPolicies.ControlPanel);
        group.MapGet("/", ListDeals).WithName("ListDeals").RequireAuthorization(StaffPolicies.Staff);
        group.MapGet("/{number:int}", GetDeal).WithName("GetDeal").RequireAuthorization(StaffPolicies.Staff);
        group.MapPost("/", AnnounceDeal).WithName("AnnounceDeal").RequireAuthorization(StaffPolicies.Staff);
        group.MapPut("/{number:int}", CorrectDeal).WithName("CorrectDeal").RequireAuthorization(StaffPolicies.Staff).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{number:int}/retract", RetractDeal).WithName("RetractDeal").RequireAuthorization(StaffPolicies.Staff).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{number:int}/approve", ApproveDeal).WithName("ApproveDeal").RequireAuthorization(StaffPolicies.Ratify).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{number:int}/return", ReturnDeal).WithName("ReturnDeal").RequireAuthorization(StaffPolicies.Ratify).ProducesProblem(StatusCodes.Status409Conflict);
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

    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    /// <summary>
    /// A page of deals: <c>Items</c> by number, <c>Total</c> the deals the filters match, and, when more follow, the cursor
    /// (<c>NextAfter</c>, the last number of this page) and the link of the next page (<c>Next</c>).
    /// </summary>
    public sealed record DealsPage(IReadOnlyList<StaffDeal> Items, int Total, int? NextAfter, string? Next);

    /// <summary>
    /// The deals of an event by number, with their versions. <paramref name="status"/>: <c>announced</c>, <c>retracted</c>,
    /// <c>pending</c> or <c>returned</c> (repeat it, or separate with commas, for several; none for all);
    /// <paramref name="since"/>: only the deals numbered after it; <paramref name="after"/>: the cursor the previous page gave.
    /// </summary>
    public static async Task<Results<Ok<DealsPage>, NotFound, ValidationProblem>> ListDeals(string slug, DealQueries deals, ErrorMessages errors,
        CancellationToken cancellationToken,
        [FromQuery, Description("announced, retracted, pending or returned; repeated or separated by commas for several; none for all")] string[]? status = null,
        [FromQuery, Description("only the deals numbered after this one")] int? since = null,
        [FromQuery, Description("the cursor: nextAfter of the previous page")] int? after = null,
        [FromQuery, Description("1 to 200; 50 when absent")] int? pageSize = null)
    {
        var problems = new List<DomainError>();
        var size = pageSize ?? DefaultPageSize;
        if (size is < 1 or > MaxPageSize)
        {
            problems.Add(new DomainError(LiveErrors.BadPageSize, MaxPageSize.ToString(CultureInfo.InvariantCulture), "pageSize"));
        }
        foreach (var (name, value) in new[] { ("since", since), ("after", after) })
        {
            if (value < 0)
            {
                problems.Add(new DomainError(LiveErrors.NegativeNumber, null, name));
            }
        }
        var statuses = new HashSet<DealStatus>();
        foreach (var text in (status ?? []).SelectMany(s => s.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)))
        {
            // By name only: Enum.TryParse would also take "2", and "retracted, pending" as the two flags added together.
            if (Enum.GetValues<DealStatus>().Where(s => s.ToString().Equals(text, StringComparison.OrdinalIgnoreCase)).ToList() is [var known])
            {
                statuses.Add(known);
            }
            else
            {
                problems.Add(new DomainError(LiveErrors.UnknownDealStatus, text, "status"));
            }
        }
        if (problems.Count > 0)
        {
            return errors.ToValidationProblem(problems);
        }
        if (await deals.PageAsync(slug, statuses, since ?? 0, after ?? 0, size, cancellationToken) is not { } page)
        {
            return TypedResults.NotFound();
        }
        var nextAfter = page.HasMore ? page.Items[^1].Deal.Number : (int?)null;
        var next = nextAfter is { } cursor
            ? $"/api/events/{Uri.EscapeDataString(slug)}/deals" + QueryString.Create(new Dictionary<string, string?>
            {
                ["status"] = statuses.Count == 0 ? null : string.Join(',', statuses.Order().Select(s => LiveJson.Options.PropertyNamingPolicy!.ConvertName(s.ToString()))),
                ["since"] = since?.ToString(CultureInfo.InvariantCulture),
                ["after"] = cursor.ToString(CultureInfo.InvariantCulture),
                ["pageSize"] = size.ToString(CultureInfo.InvariantCulture),
            }.Where(p => p.Value is not null))
            : null;
        return TypedResults.Ok(new DealsPage(page.Items, page.Total, nextAfter, next));
    }

    /// <summary>One deal with its version, its status and reason, and its history.</summary>
    public static async Task<Results<Ok<StaffDeal>, NotFound>> GetDeal(string slug, int number, DealQueries deals, CancellationToken cancellationToken) =>
        await deals.GetAsync(slug, number, cancellationToken) is { } deal ? TypedResults.Ok(deal) : TypedResults.NotFound();

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

    public static async Task<Results<Ok<DealDto>, NotFound, ValidationProblem, ProblemHttpResult>> CorrectDeal(string slug, int number, DealCorrection body,
        ClaimsPrincipal user, DealService deals, ErrorMessages errors, CancellationToken cancellationToken) =>
        Answer(await deals.CorrectAsync(slug, number, body.Version, body.Deal, StaffActorFactory.From(user), cancellationToken), errors);

    public static async Task<Results<Ok<DealDto>, NotFound, ValidationProblem, ProblemHttpResult>> RetractDeal(string slug, int number, DealChange body,
        ClaimsPrincipal user, DealService deals, ErrorMessages errors, CancellationToken cancellationToken) =>
        Answer(await deals.RetractAsync(slug, number, body.Version, body.Reason, StaffActorFactory.From(user), cancellationToken), errors);

    public static async Task<Results<Ok<DealDto>, NotFound, ValidationProblem, ProblemHttpResult>> ApproveDeal(string slug, int number, DealChange body,
        ClaimsPrincipal user, DealService deals, ErrorMessages errors, CancellationToken cancellationToken) =>
        Answer(await deals.ApproveAsync(slug, number, body.Version, StaffActorFactory.From(user), cancellationToken), errors);

    public static async Task<Results<Ok<DealDto>, NotFound, ValidationProblem, ProblemHttpResult>> ReturnDeal(string slug, int number, DealChange body,
        ClaimsPrincipal user, DealService deals, ErrorMessages errors, CancellationToken cancellationToken) =>
        Answer(await deals.ReturnAsync(slug, number, body.Version, body.Reason, StaffActorFactory.From(user), cancellationToken), errors);

    private static Results<Ok<DealDto>, NotFound, ValidationProblem, ProblemHttpResult> Answer(CommandResult<DealDto> result, ErrorMessages errors) =>
        result.IsNotFound ? TypedResults.NotFound()
        : result.Succeeded ? TypedResults.Ok(result.Value!)
        : result.Errors.Any(e => e.Code == LiveErrors.Conflict) ? errors.ToConflictProblem(result.Errors)
        : errors.ToValidationProblem(result.Errors);
}
