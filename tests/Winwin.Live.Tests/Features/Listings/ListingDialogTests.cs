using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Winwin.Data;
using Winwin.Live.Features.Events;
using Winwin.Live.Features.Listings;

namespace Winwin.Live.Tests.Features.Listings;

/// <summary>The dialog that changes an offer or a request, rendered: refusals on the field, the rest in one line.</summary>
public class ListingDialogTests : StaffScreenTest
{
    [Fact]
    public async Task Save_TitleEmptiedAndMoneyInTheDescription_EachReasonUnderItsField()
    {
        await SignInAsync(StaffRoles.Coordinator, "Claire Coordinatrice");
        var ev = await App.CreateEventAsync();
        await OpenAsync(ev.Slug, ev.OfferId);

        Dialogs.Find("#listing-title").Change("");
        Dialogs.Find("#listing-description").Change("Vendues 2 € pièce");
        Dialogs.Find("[data-testid='save-listing']").Click();

        Dialogs.WaitForAssertion(() => Assert.Equal("Ce champ est obligatoire.", Message(Dialogs.Find("#listing-title"))));
        Assert.StartsWith("Pas d'argent à la bourse", Message(Dialogs.Find("#listing-description")), StringComparison.Ordinal);
        Assert.Empty(Dialogs.FindAll("[data-testid='form-errors']"));
        await using var db = await App.DbFactory.CreateDbContextAsync();
        Assert.Equal("500 affiches A3", (await db.Listings.SingleAsync(l => l.Id == ev.OfferId)).Title);
    }

    [Fact]
    public async Task Save_ListingChangedMeanwhile_OneLineForTheFormAndNoFieldMarked()
    {
        var me = await SignInAsync(StaffRoles.Coordinator, "Claire Coordinatrice");
        var ev = await App.CreateEventAsync();
        await OpenAsync(ev.Slug, ev.OfferId);
        var listings = App.Services.GetRequiredService<ListingService>();
        var current = (await App.Services.GetRequiredService<EventQueries>().GetDeskAsync(ev.Slug))!.Listings.Single(l => l.Id == ev.OfferId);
        var meanwhile = await listings.UpdateAsync(ev.Slug, ev.OfferId, current.Version,
            new ListingInput(current.OrganizationId, current.Kind, current.CategoryId, "500 affiches A3 en couleur", null), me);

        Dialogs.Find("#listing-title").Change("600 affiches A3");
        Dialogs.Find("[data-testid='save-listing']").Click();

        Assert.True(meanwhile.Succeeded);
        Dialogs.WaitForAssertion(() => Assert.StartsWith("Quelqu'un d'autre vient de modifier", Dialogs.Find("[data-testid='form-errors']").TextContent.Trim(), StringComparison.Ordinal));
        Assert.Single(Dialogs.FindAll("[data-testid='form-errors']"));
        Assert.Empty(Dialogs.FindAll(".mud-input-helper-text.mud-input-error"));
    }

    private async Task OpenAsync(string slug, int listingId)
    {
        var desk = (await App.Services.GetRequiredService<EventQueries>().GetDeskAsync(slug))!;
        var dialogs = Screen.Services.GetRequiredService<IDialogService>();
        await Dialogs.InvokeAsync(() => dialogs.ShowAsync<ListingDialog>("Modifier",
            new DialogParameters<ListingDialog> { { d => d.Desk, desk }, { d => d.Listing, desk.Listings.Single(l => l.Id == listingId) } }));
        Dialogs.WaitForElement("[data-testid='save-listing']");
    }
}
