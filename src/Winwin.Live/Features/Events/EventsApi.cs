using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Winwin.Data;
using Winwin.Live.Features.Accounts;
using Winwin.Live.Features.Commands;
using Winwin.Live.Features.Live;
using Winwin.Live.Features.Localization;

namespace Winwin.Live.Features.Events;

/// <summary>
/// The events and their categories for scripts, with the roles of the control panel: anyone with a staff role lists and
/// reads them; coordinators create, change, archive them and edit their categories; coordinators and facilitators move
/// an evening through its phases and reveal the totals. Every change goes through <see cref="EventService"/>, so the
/// same checks, audit lines and screen updates apply as in the panel; each answer is the event as it now stands, with the
/// <c>version</c> the next change must name.
/// </summary>
public static class EventsApi
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    public static WebApplication MapEventsApi(this WebApplication app)
    {
        var group = app.MapGroup("/api/events").WithTags("Events");
        group.MapGet("/", ListEvents).WithName("ListEvents").RequireAuthorization(StaffPolicies.ControlPanel);
        group.MapPost("/", CreateEvent).WithName("CreateEvent").RequireAuthorization(StaffPolicies.Coordinator)
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/{slug}", GetEvent).WithName("GetEvent").RequireAuthorization(StaffPolicies.ControlPanel);
        group.MapPut("/{slug}", ChangeEvent).WithName("ChangeEvent").RequireAuthorization(StaffPolicies.Coordinator)
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{slug}/archive", (string slug, VersionInput body, ClaimsPrincipal user, EventService events, EventQueries queries, ErrorMessages errors, CancellationToken ct) =>
                SetArchivedAsync(slug, body, true, user, events, queries, errors, ct))
            .WithName("ArchiveEvent").RequireAuthorization(StaffPolicies.Coordinator).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{slug}/unarchive", (string slug, VersionInput body, ClaimsPrincipal user, EventService events, EventQueries queries, ErrorMessages errors, CancellationToken ct) =>
                SetArchivedAsync(slug, body, false, user, events, queries, errors, ct))
            .WithName("UnarchiveEvent").RequireAuthorization(StaffPolicies.Coordinator).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{slug}/phase", SetPhase).WithName("SetEventPhase").RequireAuthorization(StaffPolicies.Staff);
        group.MapPost("/{slug}/reveal", Reveal).WithName("RevealTotals").RequireAuthorization(StaffPolicies.Staff);

        var categories = group.MapGroup("/{slug}/categories").RequireAuthorization(StaffPolicies.Coordinator);
        categories.MapPost("/", (string slug, CategoryName body, ClaimsPrincipal user, EventService events, EventQueries queries, ErrorMessages errors, CancellationToken ct) =>
                AnswerAsync(slug, events.AddCategoryAsync(slug, body.Name, StaffActorFactory.From(user), body.ConfirmMoneyMentions, ct), queries, errors, ct))
            .WithName("AddCategory");
        categories.MapPut("/{id:int}/name", (string slug, int id, CategoryName body, ClaimsPrincipal user, EventService events, EventQueries queries, ErrorMessages errors, CancellationToken ct) =>
                AnswerAsync(slug, events.RenameCategoryAsync(slug, id, body.Name, StaffActorFactory.From(user), body.ConfirmMoneyMentions, ct), queries, errors, ct))
            .WithName("RenameCategory");
        categories.MapPut("/{id:int}/value", (string slug, int id, CategoryValue body, ClaimsPrincipal user, EventService events, EventQueries queries, ErrorMessages errors, CancellationToken ct) =>
                AnswerAsync(slug, events.SetCategoryValueAsync(slug, id, body.DefaultValue, StaffActorFactory.From(user), ct), queries, errors, ct))
            .WithName("SetCategoryValue");
        categories.MapPost("/{id:int}/move", (string slug, int id, CategoryMove body, ClaimsPrincipal user, EventService events, EventQueries queries, ErrorMessages errors, CancellationToken ct) =>
                body.Step is -1 or 1
                    ? AnswerAsync(slug, events.MoveCategoryAsync(slug, id, body.Step, StaffActorFactory.From(user), ct), queries, errors, ct)
                    : Task.FromResult<Results<Ok<StaffEvent>, NotFound, ValidationProblem, ProblemHttpResult>>(
                        errors.ToValidationProblem([new DomainError(LiveErrors.BadCategoryStep, Field: "step")])))
            .WithName("MoveCategory");
        categories.MapPost("/{id:int}/retire", (string slug, int id, ClaimsPrincipal user, EventService events, EventQueries queries, ErrorMessages errors, CancellationToken ct) =>
                AnswerAsync(slug, events.SetCategoryRetiredAsync(slug, id, true, StaffActorFactory.From(user), ct), queries, errors, ct))
            .WithName("RetireCategory");
        categories.MapPost("/{id:int}/restore", (string slug, int id, ClaimsPrincipal user, EventService events, EventQueries queries, ErrorMessages errors, CancellationToken ct) =>
                AnswerAsync(slug, events.SetCategoryRetiredAsync(slug, id, false, StaffActorFactory.From(user), ct), queries, errors, ct))
            .WithName("RestoreCategory");
        categories.MapDelete("/{id:int}", (string slug, int id, ClaimsPrincipal user, EventService events, EventQueries queries, ErrorMessages errors, CancellationToken ct) =>
                AnswerAsync(slug, events.DeleteCategoryAsync(slug, id, StaffActorFactory.From(user), ct), queries, errors, ct))
            .WithName("DeleteCategory");
        return app;
    }

    /// <summary>A page of events: <c>Items</c> in the list's order, <c>Total</c> events in all, the link of the next page when one follows.</summary>
    public sealed record EventsPage(IReadOnlyList<StaffEventSummary> Items, int Total, int Page, int PageSize, string? Next);

    /// <summary>A change to the event's details, made from the <c>Version</c> the script last read.</summary>
    public sealed record EventChange(Guid Version, EventInput Event);

    public sealed record VersionInput(Guid Version);

    public sealed record PhaseInput(EventPhase Phase);

    /// <summary>A category's name; a name that only mentions money is accepted once <c>ConfirmMoneyMentions</c> says so.</summary>
    public sealed record CategoryName(string? Name, bool ConfirmMoneyMentions = false);

    /// <summary>The estimated social value suggested for the category's deals, in euros; null to suggest none.</summary>
    public sealed record CategoryValue(decimal? DefaultValue);

    /// <summary>-1 to move the category one place up, +1 one place down.</summary>
    public sealed record CategoryMove(int Step);

    public static async Task<Results<Ok<EventsPage>, ValidationProblem>> ListEvents(EventQueries queries, ErrorMessages errors, CancellationToken cancellationToken,
        [FromQuery] int page = 1, [FromQuery] int pageSize = DefaultPageSize)
    {
        var problems = new List<DomainError>();
        if (page < 1)
        {
            problems.Add(new DomainError(LiveErrors.BadPage, Field: "page"));
        }
        if (pageSize is < 1 or > MaxPageSize)
        {
            problems.Add(new DomainError(LiveErrors.BadPageSize, MaxPageSize.ToString(CultureInfo.InvariantCulture), "pageSize"));
        }
        if (problems.Count > 0)
        {
            return errors.ToValidationProblem(problems);
        }
        var all = await queries.ListEventsAsync(cancellationToken);
        var items = all.Skip((page - 1) * pageSize).Take(pageSize).ToList();
        var next = page * pageSize < all.Count
            ? string.Create(CultureInfo.InvariantCulture, $"/api/events?page={page + 1}&pageSize={pageSize}")
            : null;
        return TypedResults.Ok(new EventsPage(items, all.Count, page, pageSize, next));
    }

    public static async Task<Results<Ok<StaffEvent>, NotFound>> GetEvent(string slug, EventQueries queries, CancellationToken cancellationToken) =>
        await queries.GetEventAsync(slug, cancellationToken) is { } ev ? TypedResults.Ok(ev) : TypedResults.NotFound();

    public static async Task<Results<Created<StaffEvent>, ValidationProblem, ProblemHttpResult>> CreateEvent(EventInput input, ClaimsPrincipal user,
        EventService events, EventQueries queries, ErrorMessages errors, CancellationToken cancellationToken)
    {
        var result = await events.CreateAsync(input, StaffActorFactory.From(user), cancellationToken);
        if (!result.Succeeded)
        {
            return IsConflict(result.Errors) ? errors.ToConflictProblem(result.Errors) : errors.ToValidationProblem(result.Errors);
        }
        var created = (await queries.GetEventAsync(result.Value!.Slug, cancellationToken))!;
        return TypedResults.Created($"/api/events/{created.Slug}", created);
    }

    public static Task<Results<Ok<StaffEvent>, NotFound, ValidationProblem, ProblemHttpResult>> ChangeEvent(string slug, EventChange body, ClaimsPrincipal user,
        EventService events, EventQueries queries, ErrorMessages errors, CancellationToken cancellationToken) =>
        AnswerAsync(slug, events.UpdateAsync(slug, body.Version, body.Event, StaffActorFactory.From(user), cancellationToken), queries, errors, cancellationToken);

    public static Task<Results<Ok<StaffEvent>, NotFound, ValidationProblem, ProblemHttpResult>> SetPhase(string slug, PhaseInput body, ClaimsPrincipal user,
        EventService events, EventQueries queries, ErrorMessages errors, CancellationToken cancellationToken) =>
        AnswerAsync(slug, events.SetPhaseAsync(slug, body.Phase, StaffActorFactory.From(user), cancellationToken), queries, errors, cancellationToken);

    /// <summary>The closing cue: the board counts the totals up. Refused until the event is closed.</summary>
    public static async Task<Results<Ok<CountersDto>, NotFound, ValidationProblem>> Reveal(string slug, ClaimsPrincipal user, EventService events,
        ErrorMessages errors, CancellationToken cancellationToken)
    {
        var result = await events.RevealAsync(slug, StaffActorFactory.From(user), cancellationToken);
        return result.IsNotFound ? TypedResults.NotFound()
            : result.Succeeded ? TypedResults.Ok(result.Value!)
            : errors.ToValidationProblem(result.Errors);
    }

    private static Task<Results<Ok<StaffEvent>, NotFound, ValidationProblem, ProblemHttpResult>> SetArchivedAsync(string slug, VersionInput body, bool archived,
        ClaimsPrincipal user, EventService events, EventQueries queries, ErrorMessages errors, CancellationToken cancellationToken) =>
        AnswerAsync(slug, events.SetArchivedAsync(slug, body.Version, archived, StaffActorFactory.From(user), cancellationToken), queries, errors, cancellationToken);

    /// <summary>The event as it stands after a change, or why the change was refused: 409 when made from an outdated version.</summary>
    private static async Task<Results<Ok<StaffEvent>, NotFound, ValidationProblem, ProblemHttpResult>> AnswerAsync(string slug, Task<CommandResult<EventDto>> change,
        EventQueries queries, ErrorMessages errors, CancellationToken cancellationToken)
    {
        var result = await change;
        if (result.IsNotFound)
        {
            return TypedResults.NotFound();
        }
        if (!result.Succeeded)
        {
            return IsConflict(result.Errors) ? errors.ToConflictProblem(result.Errors) : errors.ToValidationProblem(result.Errors);
        }
        return await queries.GetEventAsync(slug, cancellationToken) is { } ev ? TypedResults.Ok(ev) : TypedResults.NotFound();
    }

    private static bool IsConflict(IReadOnlyList<DomainError> errors) =>
        errors.Any(e => e.Code is LiveErrors.Conflict or LiveErrors.EventSlugTaken);
}
