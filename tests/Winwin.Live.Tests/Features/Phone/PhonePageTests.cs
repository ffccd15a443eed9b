using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Winwin.Data;
using Winwin.Live.Features.Commands;
using Winwin.Live.Features.Listings;

namespace Winwin.Live.Tests.Features.Phone;

public class PhonePageTests
{
    /// <summary>Adds Garage Piron's van to the test event through the service, as a facilitator would.</summary>
    private static async Task AddVanAsync(WinwinApplication app, TestEvent ev)
    {
        int transport;
        await using (var db = await app.DbFactory.CreateDbContextAsync())
        {
            transport = await db.Categories.Where(c => c.EventId == ev.Id && c.Key == "transport").Select(c => c.Id).SingleAsync();
        }
        var result = await app.Services.GetRequiredService<ListingService>().CreateAsync(ev.Slug,
            new ListingInput(ev.Organizations[2], ListingKind.Offer, transport, "Une Camionnette pour un samedi", "Avec chauffeur, région de Namur"), StaffActor.System);
        Assert.True(result.Succeeded);
    }

    private static async Task<string> PhoneAsync(WinwinApplication app, string pathAndQuery) =>
        WebUtility.HtmlDecode(await app.CreateClient().GetStringAsync(pathAndQuery));

    /// <summary>The HTML of one section of the page, from its opening tag to its end.</summary>
    private static string Section(string html, string id)
    {
        var start = html.IndexOf($"<section id=\"{id}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"No section #{id}");
        var end = html.IndexOf("</section>", start, StringComparison.Ordinal);
        return html[start..end];
    }

    [Fact]
    public async Task Phone_SearchCamionnette_ShowsTheMatchingOfferAndHidesOthers()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        await AddVanAsync(app, ev);

        var html = await PhoneAsync(app, $"/e/{ev.Slug}?q=camionnette");

        var offers = Section(html, "offers");
        Assert.Contains("Une Camionnette pour un samedi", offers);
        Assert.Contains("Garage Piron", offers);
        Assert.DoesNotContain("500 affiches A3", html);
        Assert.DoesNotContain("Affiches pour notre festival", html);
        Assert.DoesNotContain("Un frigo", html);
        Assert.Contains("value=\"camionnette\"", html);
    }

    [Fact]
    public async Task Phone_NoSearch_ShowsEveryOpenListing()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        await AddVanAsync(app, ev);

        var html = await PhoneAsync(app, $"/e/{ev.Slug}");

        Assert.Contains("Une Camionnette pour un samedi", Section(html, "offers"));
        Assert.Contains("500 affiches A3", Section(html, "offers"));
        Assert.Contains("Affiches pour notre festival", Section(html, "requests"));
        Assert.Contains("Un frigo", Section(html, "requests"));
    }

    [Theory]
    [InlineData("?q=CAMIONNETTE%20namur")]
    [InlineData("?q=region%20piron")]
    [InlineData("?c=transport")]
    [InlineData("?q=samedi&c=transport")]
    public async Task Phone_SearchWordsOrCategory_EveryWordMustMatchAccentsAndCaseIgnored(string query)
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        await AddVanAsync(app, ev);

        var html = await PhoneAsync(app, $"/e/{ev.Slug}{query}");

        Assert.Contains("Une Camionnette pour un samedi", html);
        Assert.DoesNotContain("500 affiches A3", html);
        Assert.DoesNotContain("Un frigo", html);
    }

    [Fact]
    public async Task Phone_SearchWordInOtherCategory_NoMatch()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        await AddVanAsync(app, ev);

        var html = await PhoneAsync(app, $"/e/{ev.Slug}?q=camionnette&c=means");

        Assert.DoesNotContain("Une Camionnette pour un samedi", html);
        Assert.DoesNotContain("500 affiches A3", html);
    }

    [Fact]
    public async Task Phone_Participants_ShowsOrganisationNamesAndNoContactData()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();

        var html = await PhoneAsync(app, $"/e/{ev.Slug}");

        var participants = Section(html, "participants");
        foreach (var name in new[] { "Imprimerie Gilson", "Les Petits Débrouillards", "Garage Piron", "Restos du Cœur Namur" })
        {
            Assert.Contains(name, participants);
        }
        Assert.Contains("Table 3", participants, StringComparison.OrdinalIgnoreCase);
        Assert.NotEmpty(ev.ContactData);
        Assert.All(ev.ContactData, contact => Assert.DoesNotContain(contact, html, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain("mailto:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("tel:", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Phone_SearchForContactName_FindsNothing()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();

        // Searching by a contact person must not reveal which organisation they belong to.
        var html = await PhoneAsync(app, $"/e/{ev.Slug}?q=Aline");

        Assert.DoesNotContain("Imprimerie Gilson", Section(html, "participants"));
        Assert.DoesNotContain("500 affiches A3", html);
    }
}
