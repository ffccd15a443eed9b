using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Winwin.Live.Features.Accounts;
using Winwin.Live.Features.Live;
using Winwin.Live.Features.Localization;

namespace Winwin.Live.Features.Listings;

public static class ListingsApi
{
    /// <summary>
    /// Maps <c>POST /api/events/{slug}/listings</c> (coordinators and facilitators): a new offer or request, checked by the
    /// same rules as the control panel's forms (the no-money rule included) and pushed to the screens.
    /// </summary>
    public static WebApplication MapListingsApi(this WebApplication app)
    {
        var group = app.MapGroup("/api/events/{slug}/listings")
            .WithTags("Listings")
            .RequireAuthorization(StaffPolicies.Staff);
        group.MapPost("/", CreateListing).WithName("CreateListing");
        return app;
    }

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
}
