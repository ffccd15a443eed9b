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

namespace Winwin.Live.Features.Listings;

public static class ListingsApi
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    /// <summary>
    /// Maps the offers and requests under <c>/api/events/{slug}/listings</c>, for coordinators and facilitators as the control
    /// panel's Listings tab: list (<c>GET</c>, paged in the order they were recorded, with the tab's filters), read
    /// (<c>GET /{id}</c>), record (<c>POST</c>), change (<c>PUT /{id}</c>), withdraw and reopen (<c>POST /{id}/withdraw|reopen</c>).
    /// Every change goes through <see cref="ListingService"/>, checked by the same rules as the panel's forms (the no-money rule
    /// included) and pushed to the screens; a change from an outdated <c>version</c> answers 409.
    /// </summary>
    public static WebApplication MapListingsApi(this WebApplication app)
    {
        var group = app.MapGroup("/api/events/{slug}/listings")
            .WithTags("Listings")
            .RequireAuthorization(StaffPolicies.Staff);
        group.MapGet("/", ListListings).WithName("ListListings");
        group.MapGet("/{id:int}", GetListing).WithName("GetListing");
        group.MapPost("/", CreateListing).WithName("CreateListing");
        group.MapPut("/{id:int}", ChangeListing).WithName("ChangeListing").ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{id:int}/withdraw", (string slug, int id, EventsApi.VersionInput body, ClaimsPrincipal user, ListingService listings,
                ListingQueries queries, ErrorMessages errors, CancellationToken ct) =>
                AnswerAsync(slug, id, listings.SetStatusAsync(slug, id, body.Version, ListingStatus.Withdrawn, StaffActorFactory.From(user), ct), queries, errors, ct))
            .WithName("WithdrawListing").ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{id:int}/reopen", (string slug, int id, EventsApi.VersionInput body, ClaimsPrincipal user, ListingService listings,
                ListingQueries queries, ErrorMessages errors, CancellationToken ct) =>
                AnswerAsync(slug, id, listings.SetStatusAsync(slug, id, body.Version, ListingStatus.Open, StaffActorFactory.From(user), ct), queries, errors, ct))
            .WithName("ReopenListing").ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }
    /// <summary>A page of listings: <c>Items</c> by id, <c>Total</c> the listings the filters match, the link of the next page when one follows.</summary>
    public sealed record ListingsPage(IReadOnlyList<StaffListing> Items, int Total, int Page, int PageSize, string? Next);

    /// <summary>A change to a listing, made from the <c>Version</c> the script last read.</summary>
    public sealed record ListingChange(Guid Version, ListingInput Listing);

    /// <summary>
    /// The event's offers and requests in the order they were recorded, with their versions, filtered as the Listings tab:
    /// <paramref name="kind"/> <c>offer</c> or <c>request</c>; <paramref name="status"/> <c>open</c>, <c>fulfilled</c> or
    /// <c>withdrawn</c>; a category; an organisation; <paramref name="q"/> words found in the title, the description, the
    /// organisation's name or its table.
    /// </summary>
    public static async Task<Results<Ok<ListingsPage>, NotFound, ValidationProblem>> ListListings(string slug, ListingQueries queries,
        ErrorMessages errors, CancellationToken cancellationToken,
        [FromQuery, Description("offer or request; none for both")] string? kind = null,
        [FromQuery, Description("open, fulfilled or withdrawn; none for all")] string? status = null,
        [FromQuery, Description("only this category's listings")] int? categoryId = null,
        [FromQuery, Description("only this organisation's listings")] int? organizationId = null,
        [FromQuery, Description("words found in the title, the description, the organisation's name or its table")] string? q = null,
        [FromQuery, Description("from 1")] int page = 1,
        [FromQuery, Description("1 to 200; 50 when absent")] int pageSize = DefaultPageSize)
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
        var wantedKind = ByName<ListingKind>(kind, LiveErrors.UnknownListingKind, "kind", problems);
        var wantedStatus = ByName<ListingStatus>(status, LiveErrors.UnknownListingStatus, "status", problems);
        if (problems.Count > 0)
        {
            return errors.ToValidationProblem(problems);
        }
        if (await queries.ListAsync(slug, cancellationToken) is not { } all)
        {
            return TypedResults.NotFound();
        }
        var matching = ListingFilter.Apply(all, q, wantedKind, categoryId, organizationId, wantedStatus).ToList();
        var items = matching.Skip((page - 1) * pageSize).Take(pageSize).ToList();
        var next = page * pageSize < matching.Count
            ? $"/api/events/{Uri.EscapeDataString(slug)}/listings" + QueryString.Create(new Dictionary<string, string?>
            {
                ["kind"] = wantedKind is { } k ? Name(k) : null,
                ["status"] = wantedStatus is { } s ? Name(s) : null,
                ["categoryId"] = categoryId?.ToString(CultureInfo.InvariantCulture),
                ["organizationId"] = organizationId?.ToString(CultureInfo.InvariantCulture),
                ["q"] = string.IsNullOrWhiteSpace(q) ? null : q,
                ["page"] = (page + 1).ToString(CultureInfo.InvariantCulture),
                ["pageSize"] = pageSize.ToString(CultureInfo.InvariantCulture),
            }.Where(pair => pair.Value is not null))
            : null;
        return TypedResults.Ok(new ListingsPage(items, matching.Count, page, pageSize, next));
    }

    /// <summary>One offer or request with its status and its version.</summary>
    public static async Task<Results<Ok<StaffListing>, NotFound>> GetListing(string slug, int id, ListingQueries queries, CancellationToken cancellationToken) =>
        await queries.GetAsync(slug, id, cancellationToken) is { } listing ? TypedResults.Ok(listing) : TypedResults.NotFound();

    public static async Task<Results<Created<ListingDto>, NotFound, ValidationProblem>> CreateListing(string slug, ListingInput input, ClaimsPrincipal user,
        ListingService listings, ErrorMessages errors, CancellationToken cancellationToken)
    {
        var result = await listings.CreateAsync(slug, input, StaffActorFactory.From(user), cancellationToken);
        if (result.IsNotFound)
        {
            return TypedResults.NotFound();
        }
        return result.Succeeded
            ? TypedResults.Created($"/api/events/{slug}/listings/{result.Value!.Id}", result.Value)
            : errors.ToValidationProblem(result.Errors);
    }

    /// <summary>Changes a listing through the same checks as the panel's form: money in its text is refused unless <c>ConfirmMoneyMentions</c>.</summary>
    public static Task<Results<Ok<StaffListing>, NotFound, ValidationProblem, ProblemHttpResult>> ChangeListing(string slug, int id, ListingChange body,
        ClaimsPrincipal user, ListingService listings, ListingQueries queries, ErrorMessages errors, CancellationToken cancellationToken) =>
        AnswerAsync(slug, id, listings.UpdateAsync(slug, id, body.Version, body.Listing, StaffActorFactory.From(user), cancellationToken), queries, errors, cancellationToken);

    /// <summary>The listing as it stands after a change, or why the change was refused: 409 when made from an outdated version.</summary>
    private static async Task<Results<Ok<StaffListing>, NotFound, ValidationProblem, ProblemHttpResult>> AnswerAsync(string slug, int id,
        Task<CommandResult<ListingDto>> change, ListingQueries queries, ErrorMessages errors, CancellationToken cancellationToken)
    {
        var result = await change;
        if (result.IsNotFound)
        {
            return TypedResults.NotFound();
        }
        if (!result.Succeeded)
        {
            return result.Errors.Any(e => e.Code == LiveErrors.Conflict) ? errors.ToConflictProblem(result.Errors) : errors.ToValidationProblem(result.Errors);
        }
        return await queries.GetAsync(slug, id, cancellationToken) is { } listing ? TypedResults.Ok(listing) : TypedResults.NotFound();
    }

    /// <summary>A filter's value by its name only: <c>Enum.TryParse</c> would also take "2", and "offer, request" as two flags added together.</summary>
    private static T? ByName<T>(string? text, string code, string field, List<DomainError> problems)
        where T : struct, Enum
    {
        if (text is null)
        {
            return null;
        }
        if (Enum.GetValues<T>().Where(v => v.ToString().Equals(text.Trim(), StringComparison.OrdinalIgnoreCase)).ToList() is [var known])
        {
            return known;
        }
        problems.Add(new DomainError(code, text, field));
        return null;
    }

    private static string Name<T>(T value)
        where T : struct, Enum => LiveJson.Options.PropertyNamingPolicy!.ConvertName(value.ToString());
}
