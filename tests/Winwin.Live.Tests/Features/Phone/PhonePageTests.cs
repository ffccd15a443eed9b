using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Winwin.Data;
using Winwin.Live.Features.Commands;
using Winwin.Live.Features.Listings;
using Winwin.Live.Features.Live;
using Winwin.Live.Features.Phone;

namespace Winwin.Live.Tests.Features.Phone;

public partial class PhonePageTests
{
    /// <summary>Adds an offer of Garage Piron (or of another organisation) through the service, as a facilitator would.</summary>
    private static async Task AddOfferAsync(WinwinApplication app, TestEvent ev, string title, string? description = null, string category = "transport",
        int organization = 2, ListingKind kind = ListingKind.Offer)
    {
        int categoryId;
        await using (var db = await app.DbFactory.CreateDbContextAsync())
        {
            categoryId = await db.Categories.Where(c => c.EventId == ev.Id && c.Key == category).Select(c => c.Id).SingleAsync();
        }
        var result = await app.Services.GetRequiredService<ListingService>().CreateAsync(ev.Slug,
            new ListingInput(ev.Organizations[organization], kind, categoryId, title, description), StaffActor.System);
        Assert.True(result.Succeeded, string.Join(", ", result.Errors.Select(e => e.Code)));
    }

    private static Task AddVanAsync(WinwinApplication app, TestEvent ev) =>
        AddOfferAsync(app, ev, "Une Camionnette pour un samedi", "Avec chauffeur, région de Namur");

    private static async Task<string> PageAsync(WinwinApplication app, string pathAndQuery)
    {
        var response = await app.CreateClient().GetAsync(pathAndQuery);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    /// <summary>The titles of the listings a list page shows.</summary>
    private static List<string> Titles(string html) =>
        [.. ListingTitle().Matches(html).Select(m => m.Groups[1].Value).Where(t => t.Length > 0)];

    [GeneratedRegex("<span class=\"listing-title\" data-f=\"title\">([^<]*)</span>")]
    private static partial Regex ListingTitle();

    [GeneratedRegex("<a [^>]*href=\"([^\"]*)\"")]
    private static partial Regex Href();

    [Fact]
    public async Task PhoneHome_ShowsTheFeedAndCountersButNotTheListings()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var staff = await app.CreateClientAsync(StaffRoles.Facilitator);
        await WinwinApplication.AnnounceAsync(staff, ev, "Des affiches pour le festival");

        var html = await PageAsync(app, $"/e/{ev.Slug}");

        Assert.Contains("Des affiches pour le festival", html);
        Assert.Contains("data-counter=\"openRequests\"", html);
        // The offers and requests are a page of their own: a big bourse does not weigh on the first load.
        Assert.DoesNotContain("Affiches pour notre festival", html);
        Assert.DoesNotContain("Un frigo", html);
        Assert.Contains($"href=\"/e/{ev.Slug}/offers\"", html);
        Assert.Contains($"action=\"/e/{ev.Slug}/offers\"", html);
    }

    [Theory]
    [InlineData("")]
    [InlineData("/offers")]
    [InlineData("/requests")]
    [InlineData("/participants?q=garage")]
    public async Task PhonePages_EveryLink_LeadsFromTheRootNotThroughTheBase(string path)
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();

        var html = await PageAsync(app, $"/e/{ev.Slug}{path}");

        // With <base href="/">, "#offers" or "?q=" would lead to the site's home page.
        var links = Href().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(links);
        Assert.All(links, link => Assert.StartsWith("/", link, StringComparison.Ordinal));
        foreach (var link in links.Where(l => !l.StartsWith("/_", StringComparison.Ordinal)).Distinct())
        {
            var response = await app.CreateClient().GetAsync(link);
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Redirect or HttpStatusCode.Found, $"{link} answered {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task Offers_SearchCamionnette_ShowsTheMatchingOfferAndHidesOthers()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        await AddVanAsync(app, ev);

        var html = await PageAsync(app, $"/e/{ev.Slug}/offers?q=camionnette");

        Assert.Equal(["Une Camionnette pour un samedi"], Titles(html));
        Assert.Contains("Garage Piron", html);
        Assert.Contains("value=\"camionnette\"", html);
    }

    [Fact]
    public async Task Offers_NoSearch_ShowsEveryOpenOfferAndRequestsTheirOwnList()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        await AddVanAsync(app, ev);

        var offers = await PageAsync(app, $"/e/{ev.Slug}/offers");
        var requests = await PageAsync(app, $"/e/{ev.Slug}/requests");

        Assert.Equal(["500 affiches A3", "Une Camionnette pour un samedi"], Titles(offers).Order());
        Assert.Equal(["Affiches pour notre festival", "Un frigo"], Titles(requests).Order());
    }

    [Theory]
    [InlineData("?q=CAMIONNETTE%20namur")]
    [InlineData("?q=region%20piron")]
    [InlineData("?c=transport")]
    [InlineData("?q=samedi&c=transport")]
    [InlineData("?q=camion")]
    public async Task Offers_SearchWordsOrCategory_EveryWordMustMatchAccentsAndCaseIgnored(string query)
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        await AddVanAsync(app, ev);

        var html = await PageAsync(app, $"/e/{ev.Slug}/offers{query}");

        Assert.Equal(["Une Camionnette pour un samedi"], Titles(html));
    }

    [Theory]
    [InlineData("laptop", "Six ordinateurs portables reconditionnés")]
    [InlineData("laptops", "Six ordinateurs portables reconditionnés")]
    [InlineData("ordinateur portable", "Six ordinateurs portables reconditionnés")]
    [InlineData("bestelwagen", "Une Camionnette pour un samedi")]
    [InlineData("fourgon", "Une Camionnette pour un samedi")]
    public async Task Offers_SearchInAnotherLanguage_FindsWhatMeansTheSame(string query, string expected)
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        await AddVanAsync(app, ev);
        await AddOfferAsync(app, ev, "Six ordinateurs portables reconditionnés", "Windows réinstallé, garantie six mois.", "means", organization: 0);
        await AddOfferAsync(app, ev, "Un ordinateur fixe pour l'accueil", null, "means", organization: 3);

        var html = await PageAsync(app, $"/e/{ev.Slug}/offers?q={Uri.EscapeDataString(query)}");

        Assert.Equal([expected], Titles(html));
    }

    [Fact]
    public async Task Offers_SearchWordInOtherCategory_NoMatch()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        await AddVanAsync(app, ev);

        var html = await PageAsync(app, $"/e/{ev.Slug}/offers?q=camionnette&c=means");

        Assert.Empty(Titles(html));
        Assert.Contains("Rien ne correspond à votre recherche.", html);
    }

    [Fact]
    public async Task Offers_Search_TabsCountEachListAndKeepTheSearch()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();

        var html = await PageAsync(app, $"/e/{ev.Slug}/offers?q=affiches");

        Assert.Equal(["500 affiches A3"], Titles(html));
        Assert.Contains($"href=\"/e/{ev.Slug}/requests?q=affiches\"", html);
        Assert.Matches("data-count=\"requests\">1<", html);
        Assert.Matches("data-count=\"offers\">1<", html);
    }

    [Fact]
    public async Task Offers_ManyListings_OnePageAtATimeWithALinkToTheNext()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        for (var i = 1; i <= 30; i++)
        {
            await AddOfferAsync(app, ev, $"Coup de main numéro {i:00}", category: "hands", organization: 1);
        }

        var first = await PageAsync(app, $"/e/{ev.Slug}/offers?q=main");
        var second = await PageAsync(app, $"/e/{ev.Slug}/offers?q=main&page=2");

        Assert.Equal(FinderQuery.DefaultPageSize, Titles(first).Count);
        Assert.Equal(30 - FinderQuery.DefaultPageSize, Titles(second).Count);
        Assert.Empty(Titles(first).Intersect(Titles(second)));
        Assert.Contains($"href=\"/e/{ev.Slug}/offers?q=main&page=2\"", first);
        Assert.Contains($"href=\"/e/{ev.Slug}/offers?q=main\"", second);
    }

    [Fact]
    public async Task FindApi_Paged_AnswersOnePageWithTheTotalAndNoContactData()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        for (var i = 1; i <= 12; i++)
        {
            await AddOfferAsync(app, ev, $"Ordinateur portable {i}", category: "means", organization: i % 4);
        }
        var client = app.CreateClient();

        var page = await client.GetFromJsonAsync<FinderPageDto>($"/api/events/{ev.Slug}/find?kind=offers&q=laptop&pageSize=5&page=3", LiveJson.Options);
        var participants = await client.GetStringAsync($"/api/events/{ev.Slug}/find?kind=participants");

        Assert.Equal((3, 5, 12, 2), (page!.Page, page.PageSize, page.Total, page.Listings.Count));
        Assert.Equal(12, page.Counts.Offers);
        Assert.Contains("Garage Piron", participants);
        Assert.All(ev.ContactData, contact => Assert.DoesNotContain(contact, participants, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("?kind=everything")]
    [InlineData("?kind=offers&page=0")]
    [InlineData("?kind=offers&pageSize=1000")]
    public async Task FindApi_BadQuery_400(string query)
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();

        var response = await app.CreateClient().GetAsync($"/api/events/{ev.Slug}/find{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task FindApi_UnknownEvent_404()
    {
        await using var app = new WinwinApplication();

        var response = await app.CreateClient().GetAsync("/api/events/nowhere/find?kind=offers");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Participants_ShowsOrganisationNamesAndNoContactData()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();

        var html = await PageAsync(app, $"/e/{ev.Slug}/participants");

        foreach (var name in new[] { "Imprimerie Gilson", "Les Petits Débrouillards", "Garage Piron", "Restos du Cœur Namur" })
        {
            Assert.Contains(name, html);
        }
        Assert.Contains("Table 3", html, StringComparison.OrdinalIgnoreCase);
        Assert.NotEmpty(ev.ContactData);
        Assert.All(ev.ContactData, contact => Assert.DoesNotContain(contact, html, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain("mailto:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("tel:", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Participants_SearchForContactName_FindsNothing()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();

        // Searching by a contact person must not reveal which organisation they belong to.
        var html = await PageAsync(app, $"/e/{ev.Slug}/participants?q=Aline");
        var offers = await PageAsync(app, $"/e/{ev.Slug}/offers?q=Aline");

        Assert.DoesNotContain("Imprimerie Gilson", html);
        Assert.Empty(Titles(offers));
    }

    [Fact]
    public async Task Organization_Page_ShowsItsOpenOffersAndRequests()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();

        var html = await PageAsync(app, $"/e/{ev.Slug}/participants/{ev.Organizations[0]}");
        var unknown = await app.CreateClient().GetAsync($"/e/{ev.Slug}/participants/999999");

        Assert.Contains("<h1 id=\"org-title\" class=\"list-title\">Imprimerie Gilson</h1>", html);
        Assert.Equal(["500 affiches A3"], Titles(html));
        Assert.All(ev.ContactData, contact => Assert.DoesNotContain(contact, html, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task PhoneHome_OneWayDeal_ReceiverLineSaysWhatItReceives()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var staff = await app.CreateClientAsync(StaffRoles.Facilitator);
        var command = new Winwin.Live.Features.Deals.AnnounceDealCommand(Guid.NewGuid(),
            [new(ev.Organizations[0], "500 affiches A3"), new(ev.Organizations[1], null)], [], null);
        (await staff.PostAsJsonAsync($"/api/events/{ev.Slug}/deals", command, LiveJson.Options)).EnsureSuccessStatusCode();

        var html = await PageAsync(app, $"/e/{ev.Slug}");

        Assert.Contains("reçoit ce que donne l'autre partie", html);
        Assert.DoesNotMatch("data-f=\"verb\">reçoit</span>", html);
    }
}
