using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Winwin.Live.Features.Live;
using Winwin.Live.Features.Public;
using Winwin.Live.Features.Security;

namespace Winwin.Live.Features.Phone;

public static class PhoneSetup
{
    /// <summary>
    /// Rate limit of the finder per client address. Higher than the other public reads: a venue's hundreds of phones
    /// share one address and search as they type, and a search is answered from memory.
    /// </summary>
    public const string FinderPolicy = "phone-finder";

    /// <summary>Registers the phone's finder (one index per event and app instance) and its rate limit.</summary>
    public static WebApplicationBuilder AddPhone(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<PhoneFinder>();
        var perMinute = builder.Configuration.GetValue("Winwin:RateLimits:FinderPerMinute", 6000);
        builder.Services.Configure<RateLimiterOptions>(o => o.AddPolicy(FinderPolicy, ctx => RateLimitPartition.GetFixedWindowLimiter(
            ctx.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1) })));
        return builder;
    }

    /// <summary>
    /// Maps <c>GET /api/events/{slug}/find?kind=offers|requests|participants&amp;q=&amp;c=&amp;page=&amp;pageSize=</c>: one page of
    /// the open offers, requests or participants that a search finds (public, no contact data).
    /// </summary>
    public static WebApplication MapPhoneApi(this WebApplication app)
    {
        app.MapGet("/api/events/{slug}/find", Find)
            .WithName("FindInEvent")
            .WithTags("Live")
            .RequireRateLimiting(FinderPolicy)
            .AllowAnonymous();
        return app;
    }

    [PublicRead]
    public static async Task<Results<Ok<FinderPageDto>, NotFound, ValidationProblem>> Find(string slug, string? kind, string? q, string? c, int? page, int? pageSize,
        PhoneFinder finder, PublicText text, IStringLocalizer<Text> localizer, CancellationToken cancellationToken)
    {
        if (ParseKind(kind) is not { } parsed || page < 1 || pageSize is < 1 or > FinderQuery.MaxPageSize || q?.Length > FinderQuery.MaxTextLength * 4)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [""] = [localizer["error.badRequest"]] }, title: localizer["error.title"]);
        }
        var found = await finder.FindAsync(slug, new FinderQuery(parsed, q, c, page ?? 1, pageSize ?? FinderQuery.DefaultPageSize), text, cancellationToken);
        return found is null ? TypedResults.NotFound() : TypedResults.Ok(found);
    }

    /// <summary><c>offers</c>, <c>requests</c> or <c>participants</c> (offers when absent).</summary>
    public static FinderKind? ParseKind(string? kind) => kind switch
    {
        null or "" or "offers" => FinderKind.Offers,
        "requests" => FinderKind.Requests,
        "participants" => FinderKind.Participants,
        _ => null,
    };

    /// <summary>The path segment of a list: <c>offers</c>, <c>requests</c>, <c>participants</c>.</summary>
    public static string Segment(FinderKind kind) => kind switch
    {
        FinderKind.Offers => "offers",
        FinderKind.Requests => "requests",
        _ => "participants",
    };
}
