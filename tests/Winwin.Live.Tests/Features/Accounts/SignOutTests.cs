using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Winwin.Data;
using Winwin.Live.Features.Accounts;
using Winwin.Live.Features.Commands;
using Winwin.Live.Features.Deals;
using Winwin.Live.Features.Live;

namespace Winwin.Live.Tests.Features.Accounts;

/// <summary>Signing out, or disabling an account, ends every session of that person at once: other browsers, desks and hub connections.</summary>
public class SignOutTests
{
    /// <summary>Signs <paramref name="email"/> in once more, as in another browser; returns its cookie (<c>name=value</c>).</summary>
    private static async Task<string> SignInAsync(WinwinApplication app, string email)
    {
        var client = app.CreateClient(new() { HandleCookies = false, AllowAutoRedirect = false });
        var response = await client.PostAsJsonAsync("/api/auth/login?useCookies=true", new { email, password = WinwinApplication.Password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return string.Join("; ", response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
    }

    private static HttpClient Browser(WinwinApplication app, string cookie)
    {
        var client = app.CreateClient(new() { HandleCookies = false, AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        return client;
    }

    private static Task<HttpResponseMessage> AnnounceAsync(HttpClient client, TestEvent ev) =>
        client.PostAsJsonAsync($"/api/events/{ev.Slug}/deals", new AnnounceDealCommand(Guid.NewGuid(),
            [new AnnounceDealParty(ev.Organizations[0], "Des affiches"), new AnnounceDealParty(ev.Organizations[1], "Une animation")], [], null), LiveJson.Options);

    /// <summary>A desk's hub connection with this cookie, joined to the event; completes <c>Closed</c> when the server ends it.</summary>
    private static async Task<(LiveTestClient Desk, TaskCompletionSource Closed)> DeskAsync(WinwinApplication app, string cookie, TestEvent ev)
    {
        var desk = await app.ConnectDeskAsync(cookie);
        var closed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        desk.Connection.Closed += _ =>
        {
            closed.TrySetResult();
            return Task.CompletedTask;
        };
        await desk.JoinDeskAsync(ev.Slug);
        return (desk, closed);
    }

    [Fact]
    public async Task SignOut_InOneBrowser_TheOtherBrowsersDeskCannotReadOrWriteAndItsHubConnectionCloses()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var email = await app.CreateUserAsync(StaffRoles.Facilitator);
        var laptop = Browser(app, await SignInAsync(app, email));
        var tabletCookie = await SignInAsync(app, email);
        var tablet = Browser(app, tabletCookie);
        var (desk, closed) = await DeskAsync(app, tabletCookie, ev);
        Assert.Equal(HttpStatusCode.OK, (await tablet.GetAsync($"/api/events/{ev.Slug}/desk")).StatusCode);

        var signedOut = await laptop.PostAsync("/api/auth/logout", null);
        var read = await tablet.GetAsync($"/api/events/{ev.Slug}/desk");
        var export = await tablet.GetAsync($"/api/events/{ev.Slug}/export/organizations.csv");
        var write = await AnnounceAsync(tablet, ev);
        var laptopWrite = await AnnounceAsync(laptop, ev);
        await closed.Task.WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Equal(HttpStatusCode.NoContent, signedOut.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, read.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, export.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, write.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, laptopWrite.StatusCode);
        Assert.Equal(HubConnectionState.Disconnected, desk.Connection.State);
        await using var db = await app.DbFactory.CreateDbContextAsync();
        Assert.Empty(db.Deals);
    }

    [Fact]
    public async Task SignOut_ThenSignInAgain_TheNewSessionWorks()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var email = await app.CreateUserAsync(StaffRoles.Facilitator);
        await Browser(app, await SignInAsync(app, email)).PostAsync("/api/auth/logout", null);

        var again = Browser(app, await SignInAsync(app, email));
        var write = await AnnounceAsync(again, ev);
        var (desk, _) = await DeskAsync(app, await SignInAsync(app, email), ev);

        Assert.Equal(HttpStatusCode.Created, write.StatusCode);
        Assert.Equal(HubConnectionState.Connected, desk.Connection.State);
    }

    [Fact]
    public async Task DisableAccount_OpenSessions_EndAtOnceNotAMinuteLater()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var coordinatorEmail = await app.CreateUserAsync(StaffRoles.Coordinator, "Claire Coordinatrice");
        var accounts = app.Services.GetRequiredService<StaffAccountService>();
        var coordinator = new StaffActor((await accounts.ListAsync()).Single(a => a.Email == coordinatorEmail).Id, "Claire Coordinatrice");
        var email = await app.CreateUserAsync(StaffRoles.Facilitator);
        var cookie = await SignInAsync(app, email);
        var facilitator = Browser(app, cookie);
        var (desk, closed) = await DeskAsync(app, cookie, ev);

        await accounts.SetDisabledAsync((await accounts.ListAsync()).Single(a => a.Email == email).Id, true, coordinator);
        var write = await AnnounceAsync(facilitator, ev);
        await closed.Task.WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Equal(HttpStatusCode.Unauthorized, write.StatusCode);
        Assert.Equal(HubConnectionState.Disconnected, desk.Connection.State);
    }
}
