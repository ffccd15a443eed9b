using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Winwin.Data;
using Winwin.Live.Features.Commands;
using Winwin.Live.Features.Events;
using Winwin.Live.Features.Listings;
using Winwin.Live.Features.Live;
using Winwin.Live.Features.Suggestions;

namespace Winwin.Live.Tests.Features.Suggestions;

/// <summary>The suggestions tab of the event desk, rendered: the win-wins it proposes and the deal it fills in.</summary>
public class SuggestionsTabTests : StaffScreenTest
{
    private async Task<int> AddListingAsync(TestEvent ev, int organization, ListingKind kind, string title, string? description = null)
    {
        var added = await App.Services.GetRequiredService<ListingService>()
            .CreateAsync(ev.Slug, new ListingInput(ev.Organizations[organization], kind, ev.MeansCategoryId, title, description), StaffActor.System);
        Assert.True(added.Succeeded);
        return added.Value!.Id;
    }

    private async Task<EventDesk> DeskAsync(TestEvent ev) => (await App.Services.GetRequiredService<EventQueries>().GetDeskAsync(ev.Slug))!;

    [Fact]
    public async Task NoWinWinYet_SaysSo()
    {
        await SignInAsync(StaffRoles.Facilitator, "Fatima Facilitatrice");
        var desk = await DeskAsync(await App.CreateEventAsync());

        var tab = Screen.Render<SuggestionsTab>(p => p.Add(c => c.Desk, desk));

        tab.WaitForAssertion(() => Assert.Contains("Pas encore de win-win en vue", tab.Markup, StringComparison.Ordinal));
        Assert.Empty(tab.FindAll("[data-testid='win-win']"));
    }

    [Fact]
    public async Task EachAnswersTheOther_PairShown_MakeThisDealOpensTheDeskWithBothLinks()
    {
        await SignInAsync(StaffRoles.Facilitator, "Fatima Facilitatrice");
        var ev = await App.CreateEventAsync();
        // The printer offers posters to the association (already there); the association can run the printer's staff party.
        var offer = await AddListingAsync(ev, 1, ListingKind.Offer, "Animation scientifique pour votre fête du personnel", "Des expériences pour petits et grands");
        var request = await AddListingAsync(ev, 0, ListingKind.Request, "Une animation pour la fête du personnel", "Pour les enfants de notre personnel");
        var desk = await DeskAsync(ev);

        var tab = Screen.Render<SuggestionsTab>(p => p.Add(c => c.Desk, desk));
        tab.WaitForAssertion(() => Assert.Single(tab.FindAll("[data-testid='win-win']")));
        var pair = tab.Find("[data-testid='win-win']");
        Assert.Contains("Win-win à deux", pair.TextContent, StringComparison.Ordinal);
        Assert.Contains("Imprimerie Gilson", pair.TextContent, StringComparison.Ordinal);
        Assert.Contains("Les Petits Débrouillards", pair.TextContent, StringComparison.Ordinal);

        pair.QuerySelector("[data-testid='make-deal']")!.Click();

        // The deal is made at the desk, filled in with both offers and the requests they answer.
        var opened = new Uri(Screen.Services.GetRequiredService<NavigationManager>().Uri);
        Assert.Equal($"/control/{ev.Slug}/desk", opened.AbsolutePath);
        var links = opened.Query.Replace("?links=", "", StringComparison.Ordinal).Split(',').Order(StringComparer.Ordinal);
        Assert.Equal(new[] { $"{ev.OfferId}-{ev.RequestId}", $"{offer}-{request}" }.Order(StringComparer.Ordinal), links);
    }
}

public class SuggestionChoicesTests
{
    private static StaffListing Listing(int id, ListingKind kind, string title, string organization, ListingStatus status = ListingStatus.Open) =>
        new(id, id, organization, kind, new CategoryDto("means", null), title, status, 1, null, null, Guid.NewGuid());

    [Fact]
    public void OpenRequests_ByTitleOrOrganisation_AccentsIgnored_OffersAndClosedLeftOut()
    {
        StaffListing[] listings =
        [
            Listing(1, ListingKind.Request, "Un frigo", "Restos du Cœur"),
            Listing(2, ListingKind.Request, "Affiches pour notre fête", "Les Petits Débrouillards"),
            Listing(3, ListingKind.Offer, "Un frigo de réserve", "Garage Piron"),
            Listing(4, ListingKind.Request, "Un frigo américain", "Cercle d'histoire", ListingStatus.Fulfilled),
        ];

        Assert.Equal([1], SuggestionChoices.OpenRequests(listings, "FRIGO").Select(l => l.Id));
        Assert.Equal([2], SuggestionChoices.OpenRequests(listings, "debrouillards").Select(l => l.Id));
        Assert.Equal([2, 1], SuggestionChoices.OpenRequests(listings, null).Select(l => l.Id));
    }

    [Fact]
    public void IsStillOpen_FulfilledMeanwhile_No()
    {
        var chosen = Listing(2, ListingKind.Request, "Affiches", "Les Petits Débrouillards");

        Assert.True(SuggestionChoices.IsStillOpen(chosen, [chosen]));
        Assert.False(SuggestionChoices.IsStillOpen(chosen, [chosen with { Status = ListingStatus.Fulfilled }]));
        Assert.False(SuggestionChoices.IsStillOpen(chosen, []));
    }
}
