using System.Net;
using System.Net.Http.Json;
using System.Reflection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Winwin.Data;
using Winwin.Live.Features.Live;
using Winwin.Live.Features.Security;

namespace Winwin.Live.Tests.Features.Security;

/// <summary>S1 and S2: the public surface is an explicit allow-list; everything else needs a staff role.</summary>
public class PublicSurfaceTests
{
    /// <summary>What anyone may open: the public screens, sign-in, the hub and the static files. Anything new must be added here on purpose.</summary>
    private static readonly HashSet<string> PublicReads =
    [
        "GET /",
        "GET /e/{Slug}",
        "GET /e/{Slug}/board",
        "GET /e/{slug}/qr.svg",
        "GET /m/{Token}",
        "GET /m/{token}/qr.svg",
        "GET /api/events/{slug}/snapshot",
        "GET /health",
        "GET /openapi/{documentName}.json",
        "GET /culture/{culture}",
        "GET /account/login",
        "GET /account/setup",
        "GET /account/invite",
        "GET /not-found",
        "GET /error",
        "GET /{**path:file}",
        "GET /e/{Slug}/mine",
        "GET /api/events/{slug}/calls/{key}",
        // The front door, and the phone's lists and finder: public facts only, a page at a time.
        "GET /e",
        "GET /e/{Slug}/offers",
        "GET /e/{Slug}/requests",
        "GET /e/{Slug}/participants",
        "GET /e/{Slug}/participants/{Id:int}",
        "GET /api/events/{slug}/find",
        // The registration form, an organisation's own registration by its private link, and the no-money rule as the form is typed.
        "GET /e/{Slug}/register",
        "GET /e/{Slug}/register/{Token}",
        "GET /api/registrations/{token}/",
        "GET /api/money-check",
        "GET /e/{slug}/register/qr.svg",
        // The results for the municipality's website and the press, and the picture shared with a link to them.
        "GET /e/{Slug}/results",
        "GET /e/{slug}/results.svg",
        "GET /e/{slug}/results.png",
    ];

    /// <summary>Public pages answer a POST only to render again (they have no form handler); antiforgery refuses one without its token.</summary>
    private static readonly HashSet<string> PublicPagePosts =
    [
        "POST /e/{Slug}",
        "POST /e/{Slug}/board",
        "POST /m/{Token}",
        "POST /e/{Slug}/mine",
        "POST /not-found",
        "POST /",
        "POST /e",
        "POST /e/{Slug}/offers",
        "POST /e/{Slug}/requests",
        "POST /e/{Slug}/participants",
        "POST /e/{Slug}/participants/{Id:int}",
        "POST /e/{Slug}/results",
    ];

    /// <summary>The only writes open to anyone: signing in and renewing a script's token (and the first account, by the one-time link; an invitation by its link).</summary>
    private static readonly HashSet<string> PublicWrites =
    [
        "POST /api/auth/login",
        "POST /api/auth/refresh",
        "POST /account/login",
        "POST /account/setup",
        "POST /account/invite",
        // A participant asks a facilitator to come to its table: no personal data, rate-limited, one open call per organisation.
        "POST /api/events/{slug}/calls/",
        // An organisation registers itself, and changes its registration by its private link: rate-limited, reviewed by the coordinator before anything is public.
        "POST /api/events/{slug}/registrations/",
        "PUT /api/registrations/{token}/",
        "POST /e/{Slug}/register",
        "POST /e/{Slug}/register/{Token}",
    ];

    [Fact]
    public void Endpoints_EveryOne_IsAllowListedOrRequiresARole()
    {
        using var app = new WinwinApplication();
        var offenders = new List<string>();
        foreach (var (name, endpoint) in Endpoints(app))
        {
            var anonymous = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
            var protectedByRole = !anonymous && endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Count > 0;
            if (!protectedByRole && !PublicReads.Contains(name) && !PublicWrites.Contains(name) && !PublicPagePosts.Contains(name))
            {
                offenders.Add(name);
            }
        }
        Assert.True(offenders.Count == 0, "Neither allow-listed nor protected: " + string.Join(", ", offenders));
    }

    [Fact]
    public void Endpoints_AllowListedWrites_StillExist()
    {
        using var app = new WinwinApplication();
        var names = Endpoints(app).Select(e => e.Name).ToHashSet();
        var missing = PublicWrites.Concat(PublicReads).Concat(PublicPagePosts).Where(r => r is not "GET /error" && !names.Contains(r)).ToList();
        Assert.True(missing.Count == 0, "Allow-listed but gone (remove from the list): " + string.Join(", ", missing));
    }

    [Fact]
    public void LiveHub_EveryMethod_IsPublicReadOrRequiresARole()
    {
        var methods = typeof(LiveHub).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => !m.IsSpecialName && m.Name is not nameof(LiveHub.OnDisconnectedAsync) and not "OnConnectedAsync");
        Assert.All(methods, m => Assert.True(
            m.GetCustomAttribute<PublicReadAttribute>() is not null || m.GetCustomAttribute<AuthorizeAttribute>() is not null,
            $"{m.Name} is neither [PublicRead] nor [Authorize]"));
    }

    [Fact]
    public async Task AnonymousClient_EveryWriteEndpoint_RejectedAndNothingWritten()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var staff = await app.CreateClientAsync(StaffRoles.Facilitator);
        var deal = await WinwinApplication.AnnounceAsync(staff, ev);
        var before = await CountRowsAsync(app);
        var anonymous = app.CreateClient(new() { AllowAutoRedirect = false });
        var writes = Endpoints(app).Where(e => !e.Name.StartsWith("GET ", StringComparison.Ordinal) && !PublicWrites.Contains(e.Name)).ToList();
        Assert.NotEmpty(writes);

        var answers = new List<string>();
        foreach (var (name, endpoint) in writes)
        {
            var method = name[..name.IndexOf(' ', StringComparison.Ordinal)];
            var path = ((RouteEndpoint)endpoint).RoutePattern.RawText!
                .Replace("{slug}", ev.Slug, StringComparison.OrdinalIgnoreCase)
                .Replace("{number:int}", deal.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("{id:int}", "1", StringComparison.OrdinalIgnoreCase);
            // The body each endpoint expects, so that only authorization can stop it.
            var accepts = endpoint.Metadata.GetMetadata<IAcceptsMetadata>()?.ContentTypes is { Count: > 0 } types ? types[0] : null;
            using var request = new HttpRequestMessage(new HttpMethod(method), "/" + path.TrimStart('/'))
            {
                Content = accepts is "text/csv"
                    ? new StringContent("organisation;type;titre\nA;offre;B\n", System.Text.Encoding.UTF8, "text/csv")
                    : JsonContent.Create(new { version = Guid.Empty, reason = "x", idempotencyKey = Guid.NewGuid() }),
            };
            var response = await anonymous.SendAsync(request);
            answers.Add($"{name} → {(int)response.StatusCode}");
            Assert.True(response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.BadRequest
                || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.ToString().Contains("/account/login", StringComparison.Ordinal)),
                $"{name} answered {(int)response.StatusCode} to an anonymous client");
        }

        Assert.Equal(before, await CountRowsAsync(app));
    }

    private static IEnumerable<(string Name, Endpoint Endpoint)> Endpoints(WinwinApplication app)
    {
        var sources = app.Services.GetRequiredService<IEnumerable<EndpointDataSource>>();
        foreach (var endpoint in sources.SelectMany(s => s.Endpoints).OfType<RouteEndpoint>())
        {
            var pattern = "/" + endpoint.RoutePattern.RawText!.TrimStart('/');
            // Static files (CSS, scripts, fonts, images) are public by nature: they are the build's assets.
            if (endpoint.Metadata.Any(m => m.GetType().Name == "StaticAssetDescriptor") || pattern.StartsWith("/_framework/", StringComparison.Ordinal)
                || pattern.StartsWith("/_content/", StringComparison.Ordinal))
            {
                continue;
            }
            // The hub (negotiate, transports) is checked method by method below: anonymous clients may only read.
            if (pattern.StartsWith(LiveHub.Path, StringComparison.Ordinal) || pattern.StartsWith("/_blazor", StringComparison.Ordinal) && pattern != "/_blazor/initializers")
            {
                continue;
            }
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            foreach (var method in methods.Where(m => m != "HEAD"))
            {
                yield return ($"{method} {pattern}", endpoint);
            }
        }
    }

    private static async Task<string> CountRowsAsync(WinwinApplication app)
    {
        await using var db = await app.DbFactory.CreateDbContextAsync();
        return string.Join(" ", await db.Deals.CountAsync(), await db.Listings.CountAsync(), await db.Organizations.CountAsync(), await db.Messages.CountAsync(),
            await db.ChangeFeed.CountAsync(), await db.Audit.CountAsync(), await db.Events.CountAsync(), await db.Users.CountAsync(), await db.FacilitatorCalls.CountAsync(), await db.Registrations.CountAsync());
    }
}
