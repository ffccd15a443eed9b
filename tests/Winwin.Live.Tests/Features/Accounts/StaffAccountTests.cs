using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Winwin.Data;
using Winwin.Live.Features.Accounts;
using Winwin.Live.Features.Commands;

namespace Winwin.Live.Tests.Features.Accounts;

public class StaffAccountTests
{
    private const string NewPassword = "une phrase facile à retenir";

    [Fact]
    public async Task Invite_LinkUsedOnce_ChosenPasswordSignsInAsFacilitator()
    {
        await using var app = new WinwinApplication();
        var (accounts, coordinator) = await CoordinatorAsync(app);

        var invited = await accounts.InviteAsync("Fatima Facilitatrice", "fatima@winwin.test", [StaffRoles.Facilitator], coordinator, "http://localhost/");
        var browser = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        var page = await browser.GetStringAsync(new Uri(invited.Value!.Link).PathAndQuery);
        var first = await AcceptAsync(browser, invited.Value.Link, page);
        var again = await app.CreateClient().GetStringAsync(new Uri(invited.Value.Link).PathAndQuery);
        var signIn = await app.CreateClient().PostAsJsonAsync("/api/auth/login?useCookies=true", new { email = "fatima@winwin.test", password = NewPassword });

        Assert.True(invited.Succeeded);
        Assert.Contains("Fatima Facilitatrice", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.EndsWith("/control", first.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Contains("plus valable", again, StringComparison.Ordinal);
        Assert.DoesNotContain("Input.Password", again, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        var list = await accounts.ListAsync();
        var fatima = list.Single(a => a.Email == "fatima@winwin.test");
        Assert.Equal([StaffRoles.Facilitator], fatima.Roles);
        Assert.Equal(StaffAccountState.Active, fatima.State);
    }

    [Fact]
    public async Task Invite_BadInput_RefusedWithReasonsAndNoAccount()
    {
        await using var app = new WinwinApplication();
        var (accounts, coordinator) = await CoordinatorAsync(app);
        var existing = await app.CreateUserAsync(StaffRoles.Facilitator);

        var noRole = await accounts.InviteAsync("A", "a@winwin.test", [], coordinator, "http://localhost/");
        var badEmail = await accounts.InviteAsync("B", "pas-une-adresse", [StaffRoles.Facilitator], coordinator, "http://localhost/");
        var unknownRole = await accounts.InviteAsync("C", "c@winwin.test", ["Admin"], coordinator, "http://localhost/");
        var taken = await accounts.InviteAsync("D", existing, [StaffRoles.Facilitator], coordinator, "http://localhost/");

        Assert.Equal(AccountErrors.NoRole, Assert.Single(noRole.Errors).Code);
        Assert.False(badEmail.Succeeded);
        Assert.Equal(AccountErrors.UnknownRole, Assert.Single(unknownRole.Errors).Code);
        Assert.Equal(AccountErrors.EmailTaken, Assert.Single(taken.Errors).Code);
        Assert.Equal(2, (await accounts.ListAsync()).Count);
    }

    [Fact]
    public async Task ResetAccess_OldPasswordStopsWorking_NewLinkSetsANewOne()
    {
        await using var app = new WinwinApplication();
        var (accounts, coordinator) = await CoordinatorAsync(app);
        var email = await app.CreateUserAsync(StaffRoles.Facilitator);
        var id = (await accounts.ListAsync()).Single(a => a.Email == email).Id;

        var reset = await accounts.ResetAccessAsync(id, coordinator, "http://localhost/");
        var oldPassword = await app.CreateClient().PostAsJsonAsync("/api/auth/login?useCookies=true", new { email, password = WinwinApplication.Password });
        var browser = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        var page = await browser.GetStringAsync(new Uri(reset.Value!.Link).PathAndQuery);
        await AcceptAsync(browser, reset.Value.Link, page);
        var newPassword = await app.CreateClient().PostAsJsonAsync("/api/auth/login?useCookies=true", new { email, password = NewPassword });

        Assert.Equal(HttpStatusCode.Unauthorized, oldPassword.StatusCode);
        Assert.Equal(HttpStatusCode.OK, newPassword.StatusCode);
    }

    [Fact]
    public async Task Disable_SignInRefusedUntilEnabledAgain()
    {
        await using var app = new WinwinApplication();
        var (accounts, coordinator) = await CoordinatorAsync(app);
        var email = await app.CreateUserAsync(StaffRoles.Facilitator);
        var id = (await accounts.ListAsync()).Single(a => a.Email == email).Id;

        await accounts.SetDisabledAsync(id, true, coordinator);
        var whileDisabled = await app.CreateClient().PostAsJsonAsync("/api/auth/login?useCookies=true", new { email, password = WinwinApplication.Password });
        var state = (await accounts.ListAsync()).Single(a => a.Id == id).State;
        await accounts.SetDisabledAsync(id, false, coordinator);
        var enabled = await app.CreateClient().PostAsJsonAsync("/api/auth/login?useCookies=true", new { email, password = WinwinApplication.Password });

        Assert.Equal(HttpStatusCode.Unauthorized, whileDisabled.StatusCode);
        Assert.Equal(StaffAccountState.Disabled, state);
        Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
    }

    [Fact]
    public async Task SignIn_FiveWrongPasswords_LockedEvenWithTheRightOneUntilUnlocked()
    {
        await using var app = new WinwinApplication();
        var (accounts, coordinator) = await CoordinatorAsync(app);
        var email = await app.CreateUserAsync(StaffRoles.Facilitator);
        var client = app.CreateClient();

        for (var i = 0; i < 5; i++)
        {
            await client.PostAsJsonAsync("/api/auth/login?useCookies=true", new { email, password = "pas le bon mot de passe" });
        }
        var locked = await client.PostAsJsonAsync("/api/auth/login?useCookies=true", new { email, password = WinwinApplication.Password });
        var state = (await accounts.ListAsync()).Single(a => a.Email == email);
        await accounts.UnlockAsync(state.Id, coordinator);
        var unlocked = await client.PostAsJsonAsync("/api/auth/login?useCookies=true", new { email, password = WinwinApplication.Password });

        Assert.Equal(HttpStatusCode.TooManyRequests, locked.StatusCode);
        Assert.Contains("Trop de tentatives", await locked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(StaffAccountState.LockedOut, state.State);
        Assert.Equal(HttpStatusCode.OK, unlocked.StatusCode);
    }

    [Fact]
    public async Task DisableOrDemote_YourselfOrTheLastCoordinator_Refused()
    {
        await using var app = new WinwinApplication();
        var (accounts, coordinator) = await CoordinatorAsync(app);

        var self = await accounts.SetDisabledAsync(coordinator.UserId, true, coordinator);
        var demoteSelf = await accounts.SetRolesAsync(coordinator.UserId, [StaffRoles.Facilitator], coordinator);
        var other = new StaffActor("someone-else", "Autre coordinateur");
        var lastOne = await accounts.SetRolesAsync(coordinator.UserId, [StaffRoles.Facilitator], other);

        Assert.Equal(AccountErrors.NotYourself, Assert.Single(self.Errors).Code);
        Assert.Equal(AccountErrors.NotYourself, Assert.Single(demoteSelf.Errors).Code);
        Assert.Equal(AccountErrors.LastCoordinator, Assert.Single(lastOne.Errors).Code);
        Assert.Equal([StaffRoles.Coordinator], (await accounts.ListAsync()).Single().Roles);
    }

    [Fact]
    public async Task AccountChanges_WrittenToTheAuditTrail()
    {
        await using var app = new WinwinApplication();
        var (accounts, coordinator) = await CoordinatorAsync(app);

        var invited = await accounts.InviteAsync("Nathalie", "nathalie@winwin.test", [StaffRoles.Notary], coordinator, "http://localhost/");
        var id = (await accounts.ListAsync()).Single(a => a.Email == "nathalie@winwin.test").Id;
        await accounts.SetRolesAsync(id, [StaffRoles.Notary, StaffRoles.Facilitator], coordinator);
        await accounts.SetDisabledAsync(id, true, coordinator);

        await using var db = await app.DbFactory.CreateDbContextAsync();
        var trail = await db.Audit.Where(a => a.EventId == null).OrderBy(a => a.Id).ToListAsync();
        Assert.True(invited.Succeeded);
        Assert.Equal(["account.invited", "account.roles", "account.disabled"], trail.Select(a => a.Action));
        Assert.All(trail, a => Assert.Equal("Claire Coordinatrice", a.ActorName));
        Assert.All(trail, a => Assert.Contains("nathalie@winwin.test", a.Subject, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Invite_Accepted_AuditedAsTheInvitedPersonWithOneLineEach()
    {
        await using var app = new WinwinApplication();
        var (accounts, coordinator) = await CoordinatorAsync(app);

        var invited = await accounts.InviteAsync("Fatima Facilitatrice", "fatima@winwin.test", [StaffRoles.Facilitator], coordinator, "http://localhost/");
        var browser = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        var page = await browser.GetStringAsync(new Uri(invited.Value!.Link).PathAndQuery);
        var accepted = await AcceptAsync(browser, invited.Value.Link, page);

        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        await using var db = await app.DbFactory.CreateDbContextAsync();
        var trail = await db.Audit.Where(a => a.EventId == null).OrderBy(a => a.Id).ToListAsync();
        Assert.Equal(["account.invited/Claire Coordinatrice", "account.activated/Fatima Facilitatrice"], trail.Select(a => $"{a.Action}/{a.ActorName}"));
        Assert.All(trail, a => Assert.Contains("fatima@winwin.test", a.Subject, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Invite_PasswordRefused_AccountStaysInvitedWithoutAnAuditLine()
    {
        await using var app = new WinwinApplication();
        var (accounts, coordinator) = await CoordinatorAsync(app);
        var invited = await accounts.InviteAsync("Fatima Facilitatrice", "fatima@winwin.test", [StaffRoles.Facilitator], coordinator, "http://localhost/");
        var query = System.Web.HttpUtility.ParseQueryString(new Uri(invited.Value!.Link).Query);

        var result = await accounts.AcceptInvitationAsync(query["user"]!, query["token"]!, "court");

        Assert.False(result.Succeeded);
        Assert.Equal(StaffAccountState.Invited, (await accounts.ListAsync()).Single(a => a.Email == "fatima@winwin.test").State);
        await using var db = await app.DbFactory.CreateDbContextAsync();
        Assert.DoesNotContain(await db.Audit.Select(a => a.Action).ToListAsync(), a => a == "account.activated");
    }

    [Theory]
    [InlineData("court", "court", "password", "Le mot de passe doit compter au moins 10 caractères.")]
    [InlineData(NewPassword, "une phrase facile a retenir", "confirm", "Les deux mots de passe ne sont pas identiques.")]
    public async Task InvitePage_PasswordRefused_ReasonUnderThatField(string password, string confirm, string field, string reason)
    {
        await using var app = new WinwinApplication();
        var (accounts, coordinator) = await CoordinatorAsync(app);
        var invited = await accounts.InviteAsync("Fatima Facilitatrice", "fatima@winwin.test", [StaffRoles.Facilitator], coordinator, "http://localhost/");
        var browser = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        var page = await browser.GetStringAsync(new Uri(invited.Value!.Link).PathAndQuery);

        var answer = await AcceptAsync(browser, invited.Value.Link, page, password, confirm);

        var form = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await answer.Content.ReadAsStringAsync());
        var input = form.QuerySelector($"input#{field}")!;
        Assert.Equal("true", input.GetAttribute("aria-invalid"));
        Assert.Equal(reason, form.GetElementById(input.GetAttribute("aria-describedby")!)?.TextContent);
        Assert.Same(input.NextElementSibling, form.GetElementById($"{field}-error"));
        Assert.Single(form.QuerySelectorAll("[aria-invalid='true']"));
        Assert.Empty(form.QuerySelectorAll("[data-testid='form-errors']"));
        Assert.Equal(StaffAccountState.Invited, (await accounts.ListAsync()).Single(a => a.Email == "fatima@winwin.test").State);
    }

    [Fact]
    public async Task AccountsPage_Facilitator_SentToSignIn()
    {
        await using var app = new WinwinApplication();
        var facilitator = await app.CreateClientAsync(StaffRoles.Facilitator);

        var accounts = await facilitator.GetAsync("/control/accounts");
        var audit = await facilitator.GetAsync("/control/audit");

        Assert.Equal(HttpStatusCode.Redirect, accounts.StatusCode);
        Assert.Contains("/account/login", accounts.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, audit.StatusCode);
    }

    [Fact]
    public async Task RoleRevokedDuringTheEvent_WritesRefusedWithinAMinute()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var app = new WinwinApplication().WithClock(clock);
        var ev = await app.CreateEventAsync();
        var (accounts, coordinator) = await CoordinatorAsync(app);
        var facilitator = await app.CreateClientAsync(StaffRoles.Facilitator);
        await WinwinApplication.AnnounceAsync(facilitator, ev);
        var id = (await accounts.ListAsync()).Single(a => a.Roles.SequenceEqual([StaffRoles.Facilitator])).Id;

        var revoked = await accounts.SetRolesAsync(id, [StaffRoles.Notary], coordinator);
        clock.Advance(TimeSpan.FromSeconds(61));
        var response = await facilitator.PostAsJsonAsync($"/api/events/{ev.Slug}/deals", new
        {
            idempotencyKey = Guid.NewGuid(),
            parties = new[] { new { organizationId = ev.Organizations[0], gives = "Des affiches" }, new { organizationId = ev.Organizations[1], gives = "Une animation" } },
            fulfils = Array.Empty<int>(),
        });

        Assert.True(revoked.Succeeded);
        Assert.True(response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden, $"answered {(int)response.StatusCode}");
        await using var db = await app.DbFactory.CreateDbContextAsync();
        Assert.Equal(1, await db.Deals.CountAsync());
    }

    [Fact]
    public async Task OpenControlPanel_AccountChanged_RevalidationFailsAndStaysFineOtherwise()
    {
        await using var app = new WinwinApplication();
        var (accounts, coordinator) = await CoordinatorAsync(app);
        var email = await app.CreateUserAsync(StaffRoles.Facilitator);
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var principal = await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<StaffUser>>().CreateAsync((await users.FindByEmailAsync(email))!);
        var options = scope.ServiceProvider.GetRequiredService<IOptions<IdentityOptions>>().Value;
        var id = principal.FindFirstValue(ClaimTypes.NameIdentifier)!;

        var before = await StaffRevalidation.IsCurrentAsync(users, principal, options);
        await accounts.SetDisabledAsync(id, true, coordinator);
        await using var later = app.Services.CreateAsyncScope();
        var after = await StaffRevalidation.IsCurrentAsync(later.ServiceProvider.GetRequiredService<UserManager<StaffUser>>(), principal, options);

        Assert.True(before);
        Assert.False(after);
    }

    private static async Task<(StaffAccountService Accounts, StaffActor Coordinator)> CoordinatorAsync(WinwinApplication app)
    {
        var email = await app.CreateUserAsync(StaffRoles.Coordinator, "Claire Coordinatrice");
        var accounts = app.Services.GetRequiredService<StaffAccountService>();
        var id = (await accounts.ListAsync()).Single(a => a.Email == email).Id;
        return (accounts, new StaffActor(id, "Claire Coordinatrice"));
    }

    /// <summary>Posts the invitation form as the browser would: with the page's antiforgery token.</summary>
    private static async Task<HttpResponseMessage> AcceptAsync(HttpClient browser, string link, string page, string password = NewPassword, string confirm = NewPassword)
    {
        var query = System.Web.HttpUtility.ParseQueryString(new Uri(link).Query);
        var token = FormPages.AntiforgeryToken(page);
        return await browser.PostAsync(new Uri(link).PathAndQuery, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "invite",
            ["__RequestVerificationToken"] = token,
            ["user"] = query["user"]!,
            ["token"] = query["token"]!,
            ["Input.Password"] = password,
            ["Input.Confirm"] = confirm,
        }));
    }
}
