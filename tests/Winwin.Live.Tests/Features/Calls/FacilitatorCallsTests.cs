using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Winwin.Data;
using Winwin.Live.Features.Calls;
using Winwin.Live.Features.Live;

namespace Winwin.Live.Tests.Features.Calls;

public class FacilitatorCallsTests
{
    /// <summary>The id the phone's browser keeps (see <see cref="DeviceId"/>).</summary>
    private const string Phone = "5f0c2a9e8b7d4c31a6e5f4d3c2b1a098";

    private static Task<HttpResponseMessage> CallAsync(HttpClient client, TestEvent ev, int organizationId, string device = Phone) =>
        client.PostAsJsonAsync($"/api/events/{ev.Slug}/calls", new CallsApi.CallRequest(organizationId, device), LiveJson.Options);

    /// <summary>The staff's number of the organisation's latest call (the phone only has its protected key).</summary>
    private static async Task<int> StaffIdAsync(WinwinApplication app, int organizationId)
    {
        await using var db = await app.DbFactory.CreateDbContextAsync();
        return await db.FacilitatorCalls.Where(c => c.OrganizationId == organizationId).OrderByDescending(c => c.Id).Select(c => c.Id).FirstAsync();
    }

    [Fact]
    public async Task GetCall_SequentialNumbersOrForgedKeys_NotFoundWhileTheIssuedKeyWorks()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var phone = app.CreateClient();
        var mine = (await (await CallAsync(phone, ev, ev.Organizations[1])).Content.ReadFromJsonAsync<PublicCallDto>(LiveJson.Options))!;
        var other = (await (await CallAsync(phone, ev, ev.Organizations[2], Guid.NewGuid().ToString("N"))).Content.ReadFromJsonAsync<PublicCallDto>(LiveJson.Options))!;
        var otherNumber = await StaffIdAsync(app, ev.Organizations[2]);

        var walked = new List<HttpStatusCode>();
        foreach (var guess in new[] { "1", "2", otherNumber.ToString(System.Globalization.CultureInfo.InvariantCulture), mine.Id[..^2] + "AA", mine.Id + "A", "CfDJ8" })
        {
            walked.Add((await phone.GetAsync($"/api/events/{ev.Slug}/calls/{guess}")).StatusCode);
        }
        var own = await phone.GetAsync($"/api/events/{ev.Slug}/calls/{mine.Id}");

        Assert.All(walked, status => Assert.Equal(HttpStatusCode.NotFound, status));
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(ev.Organizations[1], (await own.Content.ReadFromJsonAsync<PublicCallDto>(LiveJson.Options))!.OrganizationId);
        Assert.NotEqual(mine.Id, other.Id);
        Assert.True(mine.Id.Length >= 40, mine.Id);
    }

    [Fact]
    public async Task CallFacilitator_Anonymous_QueuedForStaffWithoutPersonalData()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var phone = app.CreateClient();
        var staff = await app.CreateClientAsync(StaffRoles.Facilitator);

        var response = await CallAsync(phone, ev, ev.Organizations[1]);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        var call = (await response.Content.ReadFromJsonAsync<PublicCallDto>(LiveJson.Options))!;
        Assert.Equal(FacilitatorCallStatus.Waiting, call.Status);
        Assert.All(ev.ContactData, contact => Assert.DoesNotContain(contact, body, StringComparison.OrdinalIgnoreCase));
        var queue = (await staff.GetFromJsonAsync<IReadOnlyList<StaffCallDto>>($"/api/events/{ev.Slug}/calls", LiveJson.Options))!;
        var queued = Assert.Single(queue);
        Assert.Equal("Les Petits Débrouillards", queued.OrganizationName);
        Assert.Equal("2", queued.Table);
        await using var db = await app.DbFactory.CreateDbContextAsync();
        Assert.Single(await db.Audit.Where(a => a.Action == "call.created").ToListAsync());
    }

    [Fact]
    public async Task CallFacilitator_AgainWhileOpen_AnswersTheSameCall()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var phone = app.CreateClient();

        var first = (await (await CallAsync(phone, ev, ev.Organizations[1])).Content.ReadFromJsonAsync<PublicCallDto>(LiveJson.Options))!;
        var again = await CallAsync(phone, ev, ev.Organizations[1]);

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        // Each answer carries a freshly protected key; both keys follow the one call.
        var againKey = (await again.Content.ReadFromJsonAsync<PublicCallDto>(LiveJson.Options))!.Id;
        foreach (var key in new[] { first.Id, againKey })
        {
            var followed = (await phone.GetFromJsonAsync<PublicCallDto>($"/api/events/{ev.Slug}/calls/{key}", LiveJson.Options))!;
            Assert.Equal((ev.Organizations[1], FacilitatorCallStatus.Waiting), (followed.OrganizationId, followed.Status));
        }
        await using var db = await app.DbFactory.CreateDbContextAsync();
        Assert.Equal(1, await db.FacilitatorCalls.CountAsync());
    }

    [Fact]
    public async Task CallFacilitator_OrganisationOfAnotherEvent_RefusedAndNothingWritten()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var other = await app.CreateEventAsync("autre-bourse");
        var phone = app.CreateClient();

        var foreign = await CallAsync(phone, ev, other.Organizations[0]);
        var unknownEvent = await phone.PostAsJsonAsync("/api/events/nowhere/calls", new CallsApi.CallRequest(ev.Organizations[0], Phone), LiveJson.Options);

        Assert.Equal(HttpStatusCode.BadRequest, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownEvent.StatusCode);
        await using var db = await app.DbFactory.CreateDbContextAsync();
        Assert.Equal(0, await db.FacilitatorCalls.CountAsync());
    }

    [Fact]
    public async Task CallFacilitator_AboveTheLimitPerClient_TooManyRequests()
    {
        await using var app = new WinwinApplication().WithSetting("Winwin:RateLimits:CallsPerClientPer10Minutes", "3");
        var ev = await app.CreateEventAsync();
        var venue = app.CreateClient();

        // Four phones behind one address.
        var answers = new List<HttpStatusCode>();
        foreach (var organization in ev.Organizations)
        {
            answers.Add((await CallAsync(venue, ev, organization, Guid.NewGuid().ToString("N"))).StatusCode);
        }

        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.TooManyRequests], answers);
    }

    [Fact]
    public async Task CallFacilitator_OtherOrganisationsFromAPhoneWithAnOpenCall_RefusedNamingIt_UntilItIsDone()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var phone = app.CreateClient();
        var staff = await app.CreateClientAsync(StaffRoles.Facilitator);

        var first = await CallAsync(phone, ev, ev.Organizations[1]);
        var refused = new List<HttpResponseMessage>();
        foreach (var organization in ev.Organizations.Where(o => o != ev.Organizations[1]))
        {
            refused.Add(await CallAsync(phone, ev, organization));
        }
        var inDutch = await phone.PostAsJsonAsync($"/api/events/{ev.Slug}/calls?culture=nl", new CallsApi.CallRequest(ev.Organizations[2], Phone), LiveJson.Options);
        var anotherPhone = await CallAsync(phone, ev, ev.Organizations[3], Guid.NewGuid().ToString("N"));
        int open;
        await using (var db = await app.DbFactory.CreateDbContextAsync())
        {
            open = await db.FacilitatorCalls.CountAsync();
        }
        (await staff.PostAsync($"/api/events/{ev.Slug}/calls/{await StaffIdAsync(app, ev.Organizations[1])}/done", null)).EnsureSuccessStatusCode();
        var afterDone = await CallAsync(phone, ev, ev.Organizations[2]);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.All(refused, r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        var problem = (await refused[0].Content.ReadFromJsonAsync<Microsoft.AspNetCore.Mvc.ProblemDetails>())!;
        Assert.Equal("Ce téléphone attend déjà un facilitateur pour Les Petits Débrouillards. Un seul appel à la fois par téléphone : attendez qu'il soit terminé.", problem.Detail);
        Assert.StartsWith("Deze telefoon wacht al op een matchmaker voor Les Petits Débrouillards.",
            (await inDutch.Content.ReadFromJsonAsync<Microsoft.AspNetCore.Mvc.ProblemDetails>())!.Detail, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, anotherPhone.StatusCode);
        Assert.Equal(2, open);
        Assert.Equal(HttpStatusCode.Created, afterDone.StatusCode);
        await using var after = await app.DbFactory.CreateDbContextAsync();
        // Nothing of the phone stays with a call once it is done.
        Assert.Null((await after.FacilitatorCalls.SingleAsync(c => c.OrganizationId == ev.Organizations[1])).Device);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("00000000-0000-0000-0000-000000000000 OR 1=1")]
    public async Task CallFacilitator_WithoutTheBrowsersId_RefusedWithAMessageAndNothingWritten(string? device)
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var phone = app.CreateClient();

        var response = await phone.PostAsJsonAsync($"/api/events/{ev.Slug}/calls?culture=en", new CallsApi.CallRequest(ev.Organizations[1], device), LiveJson.Options);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = (await response.Content.ReadFromJsonAsync<Microsoft.AspNetCore.Mvc.ValidationProblemDetails>())!;
        Assert.Equal(["This call does not say which phone it comes from: reload the page and call again."], problem.Errors["device"]);
        await using var db = await app.DbFactory.CreateDbContextAsync();
        Assert.Equal(0, await db.FacilitatorCalls.CountAsync());
    }

    [Fact]
    public async Task CallFacilitator_AboveTheLimitPerOrganisation_TooManyRequests()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var phone = app.CreateClient();
        var staff = await app.CreateClientAsync(StaffRoles.Facilitator);

        for (var i = 0; i < FacilitatorCallService.MaxPerOrganizationPerHour; i++)
        {
            (await CallAsync(phone, ev, ev.Organizations[1])).EnsureSuccessStatusCode();
            (await staff.PostAsync($"/api/events/{ev.Slug}/calls/{await StaffIdAsync(app, ev.Organizations[1])}/done", null)).EnsureSuccessStatusCode();
        }
        var oneTooMany = await CallAsync(phone, ev, ev.Organizations[1]);
        var otherOrganisation = await CallAsync(phone, ev, ev.Organizations[2]);

        Assert.Equal(HttpStatusCode.TooManyRequests, oneTooMany.StatusCode);
        Assert.Equal(HttpStatusCode.Created, otherOrganisation.StatusCode);
    }

    [Fact]
    public async Task TakeCall_Facilitator_PhoneSeesOnTheWayWithoutTheirName()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var phone = app.CreateClient();
        var email = await app.CreateUserAsync(StaffRoles.Facilitator, "Fatima Facilitatrice");
        var staff = app.CreateClient(new() { HandleCookies = true });
        (await staff.PostAsJsonAsync("/api/auth/login?useCookies=true", new { email, password = WinwinApplication.Password })).EnsureSuccessStatusCode();
        var call = (await (await CallAsync(phone, ev, ev.Organizations[3])).Content.ReadFromJsonAsync<PublicCallDto>(LiveJson.Options))!;

        var number = await StaffIdAsync(app, ev.Organizations[3]);
        var take = await staff.PostAsync($"/api/events/{ev.Slug}/calls/{number}/take", null);
        var takeAgain = await staff.PostAsync($"/api/events/{ev.Slug}/calls/{number}/take", null);
        var seen = await phone.GetAsync($"/api/events/{ev.Slug}/calls/{call.Id}");

        Assert.Equal(HttpStatusCode.OK, take.StatusCode);
        Assert.Equal("Fatima Facilitatrice", (await take.Content.ReadFromJsonAsync<StaffCallDto>(LiveJson.Options))!.AnsweredByName);
        Assert.Equal(HttpStatusCode.BadRequest, takeAgain.StatusCode);
        var body = await seen.Content.ReadAsStringAsync();
        Assert.Equal(FacilitatorCallStatus.OnTheWay, (await seen.Content.ReadFromJsonAsync<PublicCallDto>(LiveJson.Options))!.Status);
        Assert.DoesNotContain("Fatima", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TakeCall_Anonymous_UnauthorizedAndStillWaiting()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var phone = app.CreateClient();
        var call = (await (await CallAsync(phone, ev, ev.Organizations[1])).Content.ReadFromJsonAsync<PublicCallDto>(LiveJson.Options))!;

        var take = await phone.PostAsync($"/api/events/{ev.Slug}/calls/{await StaffIdAsync(app, ev.Organizations[1])}/take", null);
        var queue = await phone.GetAsync($"/api/events/{ev.Slug}/calls");

        Assert.Equal(HttpStatusCode.Unauthorized, take.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, queue.StatusCode);
        Assert.Equal(FacilitatorCallStatus.Waiting, (await phone.GetFromJsonAsync<PublicCallDto>($"/api/events/{ev.Slug}/calls/{call.Id}", LiveJson.Options))!.Status);
    }
}
