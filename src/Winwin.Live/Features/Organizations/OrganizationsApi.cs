using System.ComponentModel;
using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Winwin.Data;
using Winwin.Live.Features.Accounts;
using Winwin.Live.Features.Commands;
using Winwin.Live.Features.Events;
using Winwin.Live.Features.Live;
using Winwin.Live.Features.Localization;

namespace Winwin.Live.Features.Organizations;

/// <summary>
/// The participating organisations for scripts, with the roles of the control panel's Organisations tab (coordinators and
/// facilitators): list (paged, by name then id, with the tab's search), read, register, change, check in and out. Every change
/// goes through <see cref="OrganizationService"/>, so the same checks, audit lines and screen updates apply as in the panel;
/// each answer is the organisation as it now stands, with the <c>version</c> the next change must name. Contact data is
/// staff-only and answered here only.
/// </summary>
public static class OrganizationsApi
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    public static WebApplication MapOrganizationsApi(this WebApplication app)
    {
        var group = app.MapGroup("/api/events/{slug}/organizations")
            .WithTags("Organizations")
            .RequireAuthorization(StaffPolicies.Staff);
        group.MapGet("/", ListOrganizations).WithName("ListOrganizations");
        group.MapGet("/{id:int}", GetOrganization).WithName("GetOrganization");
        group.MapPost("/", CreateOrganization).WithName("CreateOrganization").ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPut("/{id:int}", ChangeOrganization).WithName("ChangeOrganization").ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{id:int}/check-in", (string slug, int id, EventsApi.VersionInput body, ClaimsPrincipal user, OrganizationService organizations,
                OrganizationQueries queries, ErrorMessages errors, CancellationToken ct) =>
                AnswerAsync(slug, id, organizations.SetPresentAsync(slug, id, body.Version, true, StaffActorFactory.From(user), ct), queries, errors, ct))
            .WithName("CheckInOrganization").ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{id:int}/check-out", (string slug, int id, EventsApi.VersionInput body, ClaimsPrincipal user, OrganizationService organizations,
                OrganizationQueries queries, ErrorMessages errors, CancellationToken ct) =>
                AnswerAsync(slug, id, organizations.SetPresentAsync(slug, id, body.Version, false, StaffActorFactory.From(user), ct), queries, errors, ct))
            .WithName("CheckOutOrganization").ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }
    /// <summary>A page of organisations: <c>Items</c> by name then id, <c>Total</c> the organisations the filters match, the link of the next page when one follows.</summary>
    public sealed record OrganizationsPage(IReadOnlyList<StaffOrganization> Items, int Total, int Page, int PageSize, string? Next);

    /// <summary>
    /// A new organisation. A name another organisation of the event already has (case, accents and spacing ignored) answers
    /// 409 unless <c>AllowSameName</c> says the script means a second one, as the panel's dialog asks.
    /// </summary>
    public sealed record OrganizationCreate(OrganizationInput Organization, bool AllowSameName = false);

    /// <summary>A change to an organisation, made from the <c>Version</c> the script last read; <c>AllowSameName</c> as when registering.</summary>
    public sealed record OrganizationChange(Guid Version, OrganizationInput Organization, bool AllowSameName = false);

    /// <summary>
    /// The event's organisations by name then id. <paramref name="q"/>: the control panel's search (table number, part of the
    /// name or of the sector, case and accents ignored); <paramref name="kind"/>: <c>company</c> or <c>association</c>;
    /// <paramref name="present"/>: checked in or not.
    /// </summary>
    public static async Task<Results<Ok<OrganizationsPage>, NotFound, ValidationProblem>> ListOrganizations(string slug, OrganizationQueries queries,
        ErrorMessages errors, CancellationToken cancellationToken,
        [FromQuery, Description("the control panel's search: table number, part of the name or of the sector")] string? q = null,
        [FromQuery, Description("company or association; none for both")] string? kind = null,
        [FromQuery, Description("true: checked in; false: not checked in; none for both")] bool? present = null,
        [FromQuery, Description("from 1")] int page = 1,
        [FromQuery, Description("1 to 200; 50 when absent")] int pageSize = DefaultPageSize)
    {
        var problems = PagingProblems(page, pageSize);
        OrganizationKind? wantedKind = null;
        if (kind is not null)
        {
            // By name only: Enum.TryParse would also take "1".
            if (Enum.GetValues<OrganizationKind>().Where(k => k.ToString().Equals(kind.Trim(), StringComparison.OrdinalIgnoreCase)).ToList() is [var known])
            {
                wantedKind = known;
            }
            else
            {
                problems.Add(new DomainError(LiveErrors.UnknownOrganizationKind, kind, "kind"));
            }
        }
        if (problems.Count > 0)
        {
            return errors.ToValidationProblem(problems);
        }
        if (await queries.ListAsync(slug, wantedKind, present, cancellationToken) is not { } all)
        {
            return TypedResults.NotFound();
        }
        var matching = all.Where(o => OrganizationSearch.Matches(o, q)).ToList();
        var items = matching.Skip((page - 1) * pageSize).Take(pageSize).ToList();
        var next = page * pageSize < matching.Count
            ? $"/api/events/{Uri.EscapeDataString(slug)}/organizations" + QueryString.Create(new Dictionary<string, string?>
            {
                ["q"] = string.IsNullOrWhiteSpace(q) ? null : q,
                ["kind"] = wantedKind is { } k ? LiveJson.Options.PropertyNamingPolicy!.ConvertName(k.ToString()) : null,
                ["present"] = present is { } p ? (p ? "true" : "false") : null,
                ["page"] = (page + 1).ToString(CultureInfo.InvariantCulture),
                ["pageSize"] = pageSize.ToString(CultureInfo.InvariantCulture),
            }.Where(pair => pair.Value is not null))
            : null;
        return TypedResults.Ok(new OrganizationsPage(items, matching.Count, page, pageSize, next));
    }

    /// <summary>One organisation with its contact data, its notes and its version.</summary>
    public static async Task<Results<Ok<StaffOrganization>, NotFound>> GetOrganization(string slug, int id, OrganizationQueries queries, CancellationToken cancellationToken) =>
        await queries.GetAsync(slug, id, cancellationToken) is { } organization ? TypedResults.Ok(organization) : TypedResults.NotFound();

    public static async Task<Results<Created<StaffOrganization>, NotFound, ValidationProblem, ProblemHttpResult>> CreateOrganization(string slug, OrganizationCreate body,
        ClaimsPrincipal user, OrganizationService organizations, OrganizationQueries queries, ErrorMessages errors, CancellationToken cancellationToken)
    {
        var result = await organizations.CreateAsync(slug, body.Organization, StaffActorFactory.From(user), body.AllowSameName, cancellationToken);
        if (result.IsNotFound)
        {
            return TypedResults.NotFound();
        }
        if (!result.Succeeded)
        {
            return IsConflict(result.Errors) ? errors.ToConflictProblem(result.Errors) : errors.ToValidationProblem(result.Errors);
        }
        var created = await queries.GetAsync(slug, result.Value!.Id, cancellationToken);
        return created is null ? TypedResults.NotFound() : TypedResults.Created($"/api/events/{slug}/organizations/{created.Id}", created);
    }

    public static Task<Results<Ok<StaffOrganization>, NotFound, ValidationProblem, ProblemHttpResult>> ChangeOrganization(string slug, int id, OrganizationChange body,
        ClaimsPrincipal user, OrganizationService organizations, OrganizationQueries queries, ErrorMessages errors, CancellationToken cancellationToken) =>
        AnswerAsync(slug, id, organizations.UpdateAsync(slug, id, body.Version, body.Organization, StaffActorFactory.From(user), body.AllowSameName, cancellationToken),
            queries, errors, cancellationToken);

    /// <summary>The organisation as it stands after a change, or why the change was refused: 409 when made from an outdated version or with a name already taken.</summary>
    private static async Task<Results<Ok<StaffOrganization>, NotFound, ValidationProblem, ProblemHttpResult>> AnswerAsync(string slug, int id,
        Task<CommandResult<OrganizationDto>> change, OrganizationQueries queries, ErrorMessages errors, CancellationToken cancellationToken)
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
        return await queries.GetAsync(slug, id, cancellationToken) is { } organization ? TypedResults.Ok(organization) : TypedResults.NotFound();
    }

    private static List<DomainError> PagingProblems(int page, int pageSize)
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
        return problems;
    }

    private static bool IsConflict(IReadOnlyList<DomainError> errors) =>
        errors.Any(e => e.Code is LiveErrors.Conflict or LiveErrors.DuplicateOrganization);
}
