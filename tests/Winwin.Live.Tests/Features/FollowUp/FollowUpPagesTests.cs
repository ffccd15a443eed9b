using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Winwin.Data;
using Winwin.Live.Features.Commands;
using Winwin.Live.Features.Deals;
using Winwin.Live.Features.FollowUp;
using Winwin.Live.Features.Live;

namespace Winwin.Live.Tests.Features.FollowUp;

/// <summary>The control-panel pages of the follow-up and the report, as the server renders them before any script runs.</summary>
public class FollowUpPagesTests
{
    private static async Task<TestEvent> ArrangeAsync(WinwinApplication app)
    {
        var ev = await app.CreateEventAsync();
        var command = new AnnounceDealCommand(Guid.NewGuid(),
            [new AnnounceDealParty(ev.Organizations[0], "500 affiches A3"), new AnnounceDealParty(ev.Organizations[1], "Une animation")], [], ev.MeansCategoryId, 300);
        Assert.True((await app.Services.GetRequiredService<DealService>().AnnounceAsync(ev.Slug, command, new StaffActor("f", "Fatima"))).Succeeded);
        return ev;
    }

    [Theory]
    [InlineData("follow-up")]
    [InlineData("report")]
    public async Task Page_FacilitatorOrAnonymous_SentToSignInWithoutContactData(string page)
    {
        await using var app = new WinwinApplication();
        var ev = await ArrangeAsync(app);
        var facilitator = await app.CreateClientAsync(StaffRoles.Facilitator);
        var anonymous = app.CreateClient(new() { AllowAutoRedirect = false });

        foreach (var client in new[] { facilitator, anonymous })
        {
            var response = await client.GetAsync($"/control/{ev.Slug}/{page}");

            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/account/login", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
            var body = await response.Content.ReadAsStringAsync();
            Assert.All(ev.ContactData, contact => Assert.DoesNotContain(contact, body));
        }
    }

    [Fact]
    public async Task FollowUpPage_Coordinator_BothPartiesContactsAndTheDueDate()
    {
        await using var app = new WinwinApplication();
        var ev = await ArrangeAsync(app);
        var coordinator = await app.CreateClientAsync(StaffRoles.Coordinator);

        var html = WebUtility.HtmlDecode(await coordinator.GetStringAsync($"/control/{ev.Slug}/follow-up"));

        Assert.Contains("Aline Gilson", html, StringComparison.Ordinal);
        Assert.Contains("bruno@debrouillards.example", html, StringComparison.Ordinal);
        Assert.Contains("data-due=\"Overdue\"", html, StringComparison.Ordinal);
        Assert.Contains("Pas encore contacté", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReportPage_Coordinator_RealisationRateFollowsTheBulkStatusEndpoint()
    {
        await using var app = new WinwinApplication();
        var ev = await ArrangeAsync(app);
        var coordinator = await app.CreateClientAsync(StaffRoles.Coordinator);
        var board = await coordinator.GetFromJsonAsync<FollowUpBoard>($"/api/events/{ev.Slug}/follow-up", LiveJson.Options);
        var before = WebUtility.HtmlDecode(await coordinator.GetStringAsync($"/control/{ev.Slug}/report"));

        var changed = await coordinator.PostAsJsonAsync($"/api/events/{ev.Slug}/follow-up/status",
            new FollowUpApi.StatusChange(FollowUpStatus.PartlyDone, [new FollowUpTarget(1, board!.Items[0].Version)]), LiveJson.Options);
        var after = WebUtility.HtmlDecode(await coordinator.GetStringAsync($"/control/{ev.Slug}/report"));

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Contains("data-testid=\"realisation-rate\">—<", before, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"realisation-rate\">100 %<", after, StringComparison.Ordinal);
        // A report names nobody who did not agree to it, and never shows contact data.
        Assert.All(ev.ContactData, contact => Assert.DoesNotContain(contact, after));
        Assert.DoesNotContain("Imprimerie Gilson</td>", after, StringComparison.Ordinal);
    }
}
