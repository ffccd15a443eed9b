using System.ComponentModel;
using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Winwin.Data;
using Winwin.Live.Features.Accounts;
using Winwin.Live.Features.Commands;
using Winwin.Live.Features.Localization;
using Winwin.Live.Features.Public;
using Winwin.Live.Features.Security;

namespace Winwin.Live.Features.Registrations;

public static class RegistrationsApi
{
    /// <summary>What the no-money rule says of a text as it is typed: <c>accept</c>, <c>warn</c> (to confirm) or <c>refuse</c>, and why.</summary>
    public sealed record MoneyCheck(string Verdict, string? Message);

    /// <summary>A registration received: its private link (to come back and change it), and until when it can be changed.</summary>
    public sealed record RegistrationCreated(string Token, string Link, RegistrationStatus Status, DateTime ChangesUntil);

    /// <summary>
    /// Maps the organisations' own registrations. Public (no account, rate-limited): <c>POST /api/events/{slug}/registrations</c>
    /// (what the public form does), <c>GET|PUT /api/registrations/{token}</c> (the private link's holder reads and changes its
    /// registration), <c>GET /api/money-check</c> (the no-money rule as the form is typed). Coordinators: the review queue,
    /// <c>GET /api/events/{slug}/registrations</c>, and <c>POST .../{id}/accept|refuse</c>.
    /// </summary>
    public static WebApplication MapRegistrationsApi(this WebApplication app)
    {
        var group = app.MapGroup("/api/events/{slug}/registrations").WithTags("Registrations");
        group.MapPost("/", Register).WithName("Register").AllowAnonymous().RequireRateLimiting(RegistrationsSetup.Policy);
        group.MapGet("/", ListRegistrations).WithName("ListRegistrations").RequireAuthorization(StaffPolicies.Coordinator);
        group.MapGet("/{id:int}", GetRegistration).WithName("GetRegistration").RequireAuthorization(StaffPolicies.Coordinator);
        group.MapPost("/{id:int}/accept", AcceptRegistration).WithName("AcceptRegistration").RequireAuthorization(StaffPolicies.Coordinator);
        group.MapPost("/{id:int}/refuse", RefuseRegistration).WithName("RefuseRegistration").RequireAuthorization(StaffPolicies.Coordinator);

        var own = app.MapGroup("/api/registrations/{token}").WithTags("Registrations").AllowAnonymous();
        own.MapGet("/", ReadOwnRegistration).WithName("ReadOwnRegistration").RequireRateLimiting(RateLimits.Public);
        own.MapPut("/", ChangeOwnRegistration).WithName("ChangeOwnRegistration").RequireRateLimiting(RegistrationsSetup.Policy);

        app.MapPublicPicture("/e/{slug}/register/qr.svg", GetRegistrationQrCode, "GetRegistrationQrCode");
        app.MapGet("/api/money-check", CheckMoney).WithName("CheckMoney").WithTags("Registrations").AllowAnonymous().RequireRateLimiting(RateLimits.Public);
        return app;
    }

    /// <summary>
    /// Registers an organisation with its offers and requests, for the coordinator's review. Answers the private link, which
    /// only the caller receives: it shows the registration back, contact included.
    /// </summary>
    public static async Task<Results<Created<RegistrationCreated>, NotFound, ValidationProblem>> Register(string slug, RegistrationInput input, HttpRequest request,
        RegistrationService registrations, ErrorMessages errors, CancellationToken cancellationToken)
    {
        if (!Live.EventSlug.IsValid(slug))
        {
            return TypedResults.NotFound();
        }
        var result = await registrations.SubmitAsync(slug, input, CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, cancellationToken);
        if (result.IsNotFound)
        {
            return TypedResults.NotFound();
        }
        if (!result.Succeeded)
        {
            return errors.ToValidationProblem(result.Errors);
        }
        var receipt = result.Value!;
        return TypedResults.Created($"/api/registrations/{receipt.Token}", Created(request, slug, receipt));
    }

    /// <summary>The registration behind a private link, as its organisation gave it, with where it stands.</summary>
    public static async Task<Results<Ok<RegistrationView>, NotFound>> ReadOwnRegistration(string token, RegistrationQueries queries, CancellationToken cancellationToken) =>
        await queries.FindAsync(token, cancellationToken) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound();

    /// <summary>Changes the registration behind a private link while the form is open; it goes back to the coordinator's review.</summary>
    public static async Task<Results<Ok<RegistrationView>, NotFound, ValidationProblem>> ChangeOwnRegistration(string token, RegistrationInput input,
        RegistrationService registrations, RegistrationQueries queries, ErrorMessages errors, CancellationToken cancellationToken)
    {
        var result = await registrations.ChangeAsync(token, input, cancellationToken);
        if (result.IsNotFound)
        {
            return TypedResults.NotFound();
        }
        if (!result.Succeeded)
        {
            return errors.ToValidationProblem(result.Errors);
        }
        return await queries.FindAsync(token, cancellationToken) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound();
    }

    /// <summary>The event's registrations: pending first, oldest first; each with the organisations it may duplicate.</summary>
    public static async Task<Results<Ok<IReadOnlyList<StaffRegistration>>, NotFound>> ListRegistrations(string slug, RegistrationQueries queries, CancellationToken cancellationToken) =>
        await queries.ListAsync(slug, cancellationToken) is { } list ? TypedResults.Ok(list) : TypedResults.NotFound();

    public static async Task<Results<Ok<StaffRegistration>, NotFound>> GetRegistration(string slug, int id, RegistrationQueries queries, CancellationToken cancellationToken) =>
        await queries.GetAsync(slug, id, cancellationToken) is { } registration ? TypedResults.Ok(registration) : TypedResults.NotFound();

    /// <summary>
    /// Accepts a pending registration, as a new organisation or merged into <c>mergeIntoOrganizationId</c>; its offers and requests go
    /// live. A name already taken answers 400 unless <c>allowSameName</c>; an outdated <c>version</c> 409.
    /// </summary>
    public static async Task<Results<Ok<StaffRegistration>, NotFound, ValidationProblem, ProblemHttpResult>> AcceptRegistration(string slug, int id,
        RegistrationDecision body, ClaimsPrincipal user, RegistrationService registrations, ErrorMessages errors, CancellationToken cancellationToken) =>
        Answer(await registrations.AcceptAsync(slug, id, body, StaffActorFactory.From(user), cancellationToken), errors);

    /// <summary>Refuses a pending registration; the reason is shown to the organisation on its link.</summary>
    public static async Task<Results<Ok<StaffRegistration>, NotFound, ValidationProblem, ProblemHttpResult>> RefuseRegistration(string slug, int id,
        RegistrationRefusal body, ClaimsPrincipal user, RegistrationService registrations, ErrorMessages errors, CancellationToken cancellationToken) =>
        Answer(await registrations.RefuseAsync(slug, id, body, StaffActorFactory.From(user), cancellationToken), errors);

    /// <summary>The no-money rule on a text of at most 1,000 characters, as the public form checks each field while it is typed.</summary>
    public static Results<Ok<MoneyCheck>, ValidationProblem> CheckMoney(ErrorMessages errors,
        [FromQuery, Description("the text to check; at most 1,000 characters")] string? text = null)
    {
        var rules = new FieldRules();
        var clean = rules.Text("text", text, Listing.DescriptionMaxLength);
        if (!rules.IsValid)
        {
            return errors.ToValidationProblem(rules.Errors);
        }
        var assessment = MoneyRule.Assess(clean);
        return TypedResults.Ok(assessment.Verdict switch
        {
            MoneyVerdict.Refuse => new MoneyCheck("refuse", errors.Describe(new DomainError(DomainErrors.Money, assessment.Quoted))),
            MoneyVerdict.Warn => new MoneyCheck("warn", errors.Describe(new DomainError(DomainErrors.MoneyToConfirm, assessment.Quoted))),
            _ => new MoneyCheck("accept", null),
        });
    }

    /// <summary>The QR code of the registration form, for the invitation letter.</summary>
    [PublicRead]
    public static async Task<Results<ContentHttpResult, NotFound>> GetRegistrationQrCode(string slug, HttpRequest request, RegistrationQueries queries, CancellationToken cancellationToken)
    {
        if (!Live.EventSlug.IsValid(slug) || await queries.FormAsync(slug, cancellationToken) is null)
        {
            return TypedResults.NotFound();
        }
        var url = $"{request.Scheme}://{request.Host}/e/{slug}/register";
        return TypedResults.Content(QrCode.Svg(url), "image/svg+xml");
    }

    internal static RegistrationCreated Created(HttpRequest request, string slug, RegistrationReceipt receipt) =>
        new(receipt.Token, $"{request.Scheme}://{request.Host}/e/{Uri.EscapeDataString(slug)}/register/{receipt.Token}", receipt.Status, receipt.ChangesUntil);

    private static Results<Ok<StaffRegistration>, NotFound, ValidationProblem, ProblemHttpResult> Answer(CommandResult<StaffRegistration> result, ErrorMessages errors)
    {
        if (result.IsNotFound)
        {
            return TypedResults.NotFound();
        }
        if (!result.Succeeded)
        {
            return result.Errors.Any(e => e.Code is LiveErrors.Conflict or RegistrationService.NotPending)
                ? errors.ToConflictProblem(result.Errors)
                : errors.ToValidationProblem(result.Errors);
        }
        return TypedResults.Ok(result.Value!);
    }
}
