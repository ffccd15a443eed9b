using Microsoft.Extensions.DependencyInjection;
using Winwin.Data;
using Winwin.Live.Features.Audit;

namespace Winwin.Live.Tests.Features.Audit;

public class AuditTrailTests
{
    [Fact]
    public async Task DealAnnouncedAndRetractedThroughTheApi_TrailSaysWhoAndWhat()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var email = await app.CreateUserAsync(StaffRoles.Facilitator, "Fatima Facilitatrice");
        var staff = app.CreateClient(new() { HandleCookies = true });
        await System.Net.Http.Json.HttpClientJsonExtensions.PostAsJsonAsync(staff, "/api/auth/login?useCookies=true", new { email, password = WinwinApplication.Password });
        var deal = await WinwinApplication.AnnounceAsync(staff, ev);
        Guid version;
        await using (var db = await app.DbFactory.CreateDbContextAsync())
        {
            version = db.Deals.Single(d => d.EventId == ev.Id && d.Number == deal.Number).Version;
        }
        var retract = await System.Net.Http.Json.HttpClientJsonExtensions.PostAsJsonAsync(staff, $"/api/events/{ev.Slug}/deals/{deal.Number}/retract",
            new { version, reason = "Doublon" }, Winwin.Live.Features.Live.LiveJson.Options);
        retract.EnsureSuccessStatusCode();

        var trail = await app.Services.GetRequiredService<AuditQueries>().ListAsync(new AuditFilter(EventSlug: ev.Slug));

        Assert.Equal(["deal.retracted", "deal.announced"], trail.Select(e => e.Action));
        Assert.All(trail, e => Assert.Equal("Fatima Facilitatrice", e.ActorName));
        Assert.All(trail, e => Assert.Equal($"#{deal.Number}", e.Subject));
        Assert.Equal("Doublon", trail[0].Details);
        Assert.Equal(ev.Slug, trail[0].EventSlug);
    }

    [Fact]
    public async Task Filter_ByEventAndText_OnlyMatchingEntries()
    {
        await using var app = new WinwinApplication();
        var namur = await app.CreateEventAsync("namur");
        var liege = await app.CreateEventAsync("liege");
        var staff = await app.CreateClientAsync(StaffRoles.Facilitator);
        await WinwinApplication.AnnounceAsync(staff, namur);
        await WinwinApplication.AnnounceAsync(staff, liege);
        var queries = app.Services.GetRequiredService<AuditQueries>();

        var all = await queries.ListAsync(new AuditFilter());
        var onlyLiege = await queries.ListAsync(new AuditFilter(EventSlug: "liege"));
        var nothing = await queries.ListAsync(new AuditFilter(Search: "introuvable"));
        var accounts = await queries.ListAsync(new AuditFilter(AccountsOnly: true));

        Assert.Equal(2, all.Count);
        Assert.Equal("liege", Assert.Single(onlyLiege).EventSlug);
        Assert.Empty(nothing);
        Assert.Empty(accounts);
    }
}
