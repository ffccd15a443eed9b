using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Winwin.Data;
using Winwin.Live.Features.Deals;
using Winwin.Live.Features.Live;

namespace Winwin.Live.Tests.Features.Deals;

/// <summary>An idempotency key stands for one submission: the same again is the same deal, another deal with it is refused.</summary>
public class IdempotencyKeyTests
{
    private static AnnounceDealCommand Deal(Guid key, TestEvent ev, string gives, int second = 1) =>
        new(key, [new AnnounceDealParty(ev.Organizations[0], gives), new AnnounceDealParty(ev.Organizations[second], "Une animation")], [], null);

    [Fact]
    public async Task AnnounceDeal_KeyReusedWithAnotherDeal_409NamingTheDealOfTheKeyAndNothingRecorded()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var staff = await app.CreateClientAsync(StaffRoles.Facilitator);
        await WinwinApplication.AnnounceAsync(staff, ev, "Un premier accord");
        var key = Guid.NewGuid();
        var first = await staff.PostAsJsonAsync($"/api/events/{ev.Slug}/deals", Deal(key, ev, "Des affiches"), LiveJson.Options);

        var other = await staff.PostAsJsonAsync($"/api/events/{ev.Slug}/deals", Deal(key, ev, "Une camionnette", second: 3), LiveJson.Options);
        var sameAgain = await staff.PostAsJsonAsync($"/api/events/{ev.Slug}/deals", Deal(key, ev, "  Des affiches "), LiveJson.Options);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, other.StatusCode);
        Assert.Equal("application/problem+json", other.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await other.Content.ReadAsStringAsync());
        Assert.Equal(2, problem.RootElement.GetProperty("dealNumber").GetInt32());
        Assert.Contains("l'accord n° 2", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, sameAgain.StatusCode);
        Assert.Equal(2, (await sameAgain.Content.ReadFromJsonAsync<DealDto>(LiveJson.Options))!.Number);
        await using var db = await app.DbFactory.CreateDbContextAsync();
        Assert.Equal(2, await db.Deals.CountAsync());
        Assert.DoesNotContain(await db.DealParties.Select(p => p.Gives).ToListAsync(), g => g == "Une camionnette");
    }

    [Fact]
    public async Task AnnounceDeal_KeyReusedWithAnotherDeal_RefusedInTheStaffsLanguage()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var staff = await app.CreateClientAsync(StaffRoles.Facilitator);
        staff.DefaultRequestHeaders.AcceptLanguage.ParseAdd("nl");
        var key = Guid.NewGuid();
        await staff.PostAsJsonAsync($"/api/events/{ev.Slug}/deals", Deal(key, ev, "Des affiches"), LiveJson.Options);

        var other = await staff.PostAsJsonAsync($"/api/events/{ev.Slug}/deals", Deal(key, ev, "Des affiches", second: 2), LiveJson.Options);

        Assert.Equal(HttpStatusCode.Conflict, other.StatusCode);
        Assert.Contains("deal nr. 1", await other.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
