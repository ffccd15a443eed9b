using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Winwin.Data;
using Winwin.Live.Features.Commands;
using Winwin.Live.Features.Deals;
using Winwin.Live.Features.Listings;
using Winwin.Live.Features.Live;
using Winwin.Live.Features.Suggestions;
using Winwin.Live.Features.Suggestions.Engine;

namespace Winwin.Live.Tests.Features.Suggestions;

public class SuggestionsApiTests
{
    private static async Task<int> AddListingAsync(WinwinApplication app, TestEvent ev, int organization, ListingKind kind, string title, string? description = null)
    {
        var result = await app.Services.GetRequiredService<ListingService>()
            .CreateAsync(ev.Slug, new ListingInput(ev.Organizations[organization], kind, ev.MeansCategoryId, title, description), StaffActor.System);
        Assert.True(result.Succeeded);
        return result.Value!.Id;
    }

    private static async Task<IReadOnlyList<RequestSuggestionsDto>> SuggestionsAsync(HttpClient client, TestEvent ev) =>
        (await client.GetFromJsonAsync<SuggestionsPageDto>($"/api/events/{ev.Slug}/suggestions", LiveJson.Options))!.Items;

    [Fact]
    public async Task GetSuggestions_Facilitator_RanksOffersForEachOpenRequestWithReasons()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var client = await app.CreateClientAsync(StaffRoles.Facilitator);

        var response = await client.GetAsync($"/api/events/{ev.Slug}/suggestions");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        var suggestions = (await response.Content.ReadFromJsonAsync<SuggestionsPageDto>(LiveJson.Options))!.Items;
        var forPosters = Assert.Single(suggestions, s => s.Request.Id == ev.RequestId);
        var offer = Assert.Single(forPosters.Offers);
        Assert.Equal(ev.OfferId, offer.Offer.Id);
        Assert.Equal("Imprimerie Gilson", offer.Offer.OrganizationName);
        Assert.Equal("1", offer.Offer.Table);
        Assert.Contains(offer.Reasons, r => r.Kind == SuggestionReasonKind.SharedTerms && r.Text.Contains("affiches", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(offer.Reasons, r => r.Kind == SuggestionReasonKind.Complementary);
        Assert.All(ev.ContactData, contact => Assert.DoesNotContain(contact, body, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task GetSuggestions_RoomsForAGroup_SayWhetherTheyHoldItInTheReadersLanguage()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        int space;
        using (var scope = app.Services.CreateScope())
        {
            space = scope.ServiceProvider.GetRequiredService<WinwinDbContext>().Categories.Single(c => c.EventId == ev.Id && c.Key == "space").Id;
        }
        var listings = app.Services.GetRequiredService<ListingService>();
        async Task<int> AddAsync(int organization, ListingKind kind, string title, string description) =>
            (await listings.CreateAsync(ev.Slug, new ListingInput(ev.Organizations[organization], kind, space, title, description), StaffActor.System)).Value!.Id;
        var big = await AddAsync(0, ListingKind.Offer, "Salle polyvalente", "Notre grande salle de 120 places est libre le dimanche.");
        var small = await AddAsync(2, ListingKind.Offer, "Salle de réunion", "Une salle pour 10 à 12 personnes, avec écran.");
        var request = await AddAsync(1, ListingKind.Request, "Une salle pour notre thé dansant", "Pour une soixantaine de membres, un dimanche.");
        var client = await app.CreateClientAsync(StaffRoles.Facilitator);
        async Task<IReadOnlyList<SuggestedOfferDto>> OffersInAsync(string language)
        {
            var asked = new HttpRequestMessage(HttpMethod.Get, $"/api/events/{ev.Slug}/suggestions");
            asked.Headers.AcceptLanguage.ParseAdd(language);
            var page = await (await client.SendAsync(asked)).Content.ReadFromJsonAsync<SuggestionsPageDto>(LiveJson.Options);
            return Assert.Single(page!.Items, s => s.Request.Id == request).Offers;
        }

        var french = Assert.Single(await SuggestionsAsync(client, ev), s => s.Request.Id == request).Offers;
        var inDutch = await OffersInAsync("nl");
        var inEnglish = await OffersInAsync("en");

        Assert.Equal([big, small], french.Select(o => o.Offer.Id));
        Assert.Contains(french[0].Reasons, r => r.Kind == SuggestionReasonKind.Capacity && r.Text == "Capacité : 120 places pour 60 personnes");
        Assert.Contains(french[1].Reasons, r => r.Kind == SuggestionReasonKind.TooSmall && r.Text == "Trop petit ? 12 places pour 60 personnes");
        Assert.Contains(inDutch[0].Reasons, r => r.Text == "Capaciteit: 120 plaatsen voor 60 personen");
        Assert.Contains(inEnglish[1].Reasons, r => r.Text == "Too small? Holds 12, for 60 people");
    }

    [Fact]
    public async Task GetSuggestions_SmallPages_EachRequestOnceAcrossThePagesWithTheTotal()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var client = await app.CreateClientAsync(StaffRoles.Facilitator);
        await AddListingAsync(app, ev, 2, ListingKind.Offer, "Un frigo de notre cafétéria", "Un grand frigo en bon état");
        await AddListingAsync(app, ev, 0, ListingKind.Request, "Un frigo pour la maison de jeunes", "Pour garder les boissons au frais");
        await AddListingAsync(app, ev, 1, ListingKind.Request, "Un frigo pour notre local", null);
        var all = await SuggestionsAsync(client, ev);

        var pages = new List<SuggestionsPageDto>();
        for (var page = 1; page <= all.Count + 1; page++)
        {
            pages.Add((await client.GetFromJsonAsync<SuggestionsPageDto>($"/api/events/{ev.Slug}/suggestions?page={page}&pageSize=1", LiveJson.Options))!);
        }
        var tooBig = await client.GetAsync($"/api/events/{ev.Slug}/suggestions?pageSize=100000");
        var dutch = new HttpRequestMessage(HttpMethod.Get, $"/api/events/{ev.Slug}/suggestions?page=0");
        dutch.Headers.AcceptLanguage.ParseAdd("nl");
        var pageZero = await client.SendAsync(dutch);

        Assert.True(all.Count >= 3);
        Assert.All(pages.Take(all.Count), p => Assert.Single(p.Items));
        Assert.Empty(pages[^1].Items);
        Assert.All(pages, p => Assert.Equal(all.Count, p.Total));
        Assert.Equal(all.Select(r => r.Request.Id), pages.SelectMany(p => p.Items).Select(r => r.Request.Id));
        Assert.Equal(HttpStatusCode.BadRequest, tooBig.StatusCode);
        Assert.Contains("200", (await tooBig.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("errors").GetProperty("pageSize")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, pageZero.StatusCode);
        Assert.Equal("Pagina's tellen vanaf 1.", (await pageZero.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("errors").GetProperty("page")[0].GetString());
    }

    [Fact]
    public async Task GetSuggestions_Anonymous_Unauthorized()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();

        var suggestions = await app.CreateClient().GetAsync($"/api/events/{ev.Slug}/suggestions");
        var winWins = await app.CreateClient().GetAsync($"/api/events/{ev.Slug}/win-wins");

        Assert.Equal(HttpStatusCode.Unauthorized, suggestions.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, winWins.StatusCode);
    }

    [Fact]
    public async Task GetSuggestions_UnknownEvent_NotFound()
    {
        await using var app = new WinwinApplication();
        var client = await app.CreateClientAsync(StaffRoles.Facilitator);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/events/nowhere/suggestions")).StatusCode);
    }

    [Fact]
    public async Task GetSuggestions_ListingAddedThenFulfilledByADeal_AppearsThenLeaves()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var client = await app.CreateClientAsync(StaffRoles.Facilitator);
        Assert.DoesNotContain(await SuggestionsAsync(client, ev), s => s.Offers.Any(o => o.Offer.Title.Contains("frigo", StringComparison.Ordinal)));

        var fridge = await AddListingAsync(app, ev, 2, ListingKind.Offer, "Un frigo de notre cafétéria", "Un grand frigo en bon état");
        var withFridge = await SuggestionsAsync(client, ev);
        var forFridge = Assert.Single(withFridge, s => s.Request.Title == "Un frigo");
        Assert.Equal(fridge, forFridge.Offers[0].Offer.Id);

        var deal = new AnnounceDealCommand(Guid.NewGuid(),
            [new AnnounceDealParty(ev.Organizations[2], "Un frigo"), new AnnounceDealParty(ev.Organizations[3], "Un repas pour l'équipe")], [fridge], null);
        (await client.PostAsJsonAsync($"/api/events/{ev.Slug}/deals", deal, LiveJson.Options)).EnsureSuccessStatusCode();

        Assert.DoesNotContain(await SuggestionsAsync(client, ev), s => s.Offers.Any(o => o.Offer.Id == fridge));
    }

    [Fact]
    public async Task GetWinWins_EachOrganisationAnswersTheOther_ListsThePair()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var client = await app.CreateClientAsync(StaffRoles.Coordinator);
        // The printer offers posters to the association (already there); the association can run the printer's staff party.
        await AddListingAsync(app, ev, 1, ListingKind.Offer, "Animation scientifique pour votre fête du personnel", "Des expériences pour petits et grands");
        await AddListingAsync(app, ev, 0, ListingKind.Request, "Une animation pour la fête du personnel", "Pour les enfants de notre personnel");

        var winWins = (await client.GetFromJsonAsync<WinWinsDto>($"/api/events/{ev.Slug}/win-wins", LiveJson.Options))!;

        var pair = Assert.Single(winWins.Pairs);
        Assert.Equal(2, pair.Links.Count);
        Assert.Equal(new HashSet<string> { "Imprimerie Gilson", "Les Petits Débrouillards" }, pair.Links.Select(l => l.Offer.OrganizationName).ToHashSet());
        Assert.Equal(pair.Links.Min(l => l.Score), pair.Strength);
    }
}
