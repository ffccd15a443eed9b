using System.Net;
using Winwin.Data;

namespace Winwin.Live.Tests.Features.Deals;

/// <summary>The deal desk's page as the server renders it.</summary>
public class DeskPageTests
{
    [Fact]
    public async Task DeskPage_Anonymous_SentToSignIn()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var anonymous = app.CreateClient(new() { AllowAutoRedirect = false });

        var response = await anonymous.GetAsync($"/control/{ev.Slug}/desk");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fr", "Poste de saisie des accords", "Annoncer l'accord")]
    [InlineData("nl", "Invoerpost voor matches", "Match aankondigen")]
    [InlineData("en", "Deal desk", "Announce the deal")]
    public async Task DeskPage_Staff_RenderedInTheirLanguage_WithoutContactDataOrBlazor(string language, string title, string announce)
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var staff = await app.CreateClientAsync(StaffRoles.Facilitator);
        staff.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);

        var response = await staff.GetAsync($"/control/{ev.Slug}/desk");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains(title, html, StringComparison.Ordinal);
        Assert.Contains(announce, html, StringComparison.Ordinal);
        Assert.Contains("Bourse Winwin de Namur", html, StringComparison.Ordinal);
        // Its own script, not a Blazor circuit: it must keep working when the connection is gone.
        Assert.Contains("desk/desk.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("blazor.web.js", html, StringComparison.Ordinal);
        Assert.All(ev.ContactData, contact => Assert.DoesNotContain(contact, html, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task DeskPage_UnknownEvent_NotFoundSaidInFrench()
    {
        await using var app = new WinwinApplication();
        var staff = await app.CreateClientAsync(StaffRoles.Facilitator);
        staff.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");

        var response = await staff.GetAsync("/control/nulle-part/desk");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task ControlPanelPage_ConnectionBanner_InTheUsersLanguage()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var staff = await app.CreateClientAsync(StaffRoles.Coordinator);
        staff.DefaultRequestHeaders.AcceptLanguage.ParseAdd("nl");

        var html = WebUtility.HtmlDecode(await staff.GetStringAsync($"/control/{ev.Slug}"));

        // Blazor's own reconnection overlay would speak English; this one is in the page's language.
        Assert.Contains("id=\"components-reconnect-modal\"", html, StringComparison.Ordinal);
        Assert.Contains("Verbinding met de server verloren", html, StringComparison.Ordinal);
    }
}
