using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Winwin.Live.Features.Accounts;
using Winwin.Live.Features.Live;
using Winwin.Live.Features.Localization;

namespace Winwin.Live.Features.Deals;

public static class DealsApi
{
    /// <summary>Maps <c>POST /api/events/{slug}/deals</c> (staff only).</summary>
    public static WebApplication MapDealsApi(this WebApplication app)
    {
        var group = app.MapGroup("/api/events/{slug}/deals")
            .WithTags("Deals")
            .RequireAuthorization(StaffPolicies.Staff);
        group.MapPost("/", AnnounceDeal).WithName("AnnounceDeal");
        return app;
    }

    public static async Task<Results<Created<DealDto>, Ok<DealDto>, NotFound, ValidationProblem>> AnnounceDeal(
        string slug, AnnounceDealCommand command, ClaimsPrincipal user, DealService deals, ErrorMessages errors, CancellationToken cancellationToken)
    {
        var result = await deals.AnnounceAsync(slug, command, StaffActorFactory.From(user), cancellationToken);
        if (result.IsNotFound)
        {
            return TypedResults.NotFound();
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
}
