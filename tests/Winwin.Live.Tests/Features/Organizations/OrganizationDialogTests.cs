using AngleSharp.Dom;
using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Winwin.Data;
using Winwin.Live.Features.Events;
using Winwin.Live.Features.Organizations;

namespace Winwin.Live.Tests.Features.Organizations;

/// <summary>The organisation dialog, rendered: what it refuses is marked on the field itself.</summary>
public class OrganizationDialogTests : StaffScreenTest
{
    [Fact]
    public async Task Save_TableAndEmailRefused_EachReasonUnderItsFieldAndNothingSaved()
    {
        await SignInAsync(StaffRoles.Coordinator, "Claire Coordinatrice");
        var ev = await App.CreateEventAsync();
        await OpenAsync(ev.Slug);

        Dialogs.Find("#org-name").Input("Atelier Vélo Solidaire");
        Dialogs.Find("#org-table").Change("abc");
        FieldInput("contactEmail").Change("marc@");
        Dialogs.Find("[data-testid='save-organization']").Click();

        Dialogs.WaitForAssertion(() => Assert.Equal(
            "« abc » n'est pas un numéro de table : il faut au moins un chiffre (12, B4, 12 bis).", Message(Dialogs.Find("#org-table"))));
        Assert.Equal("« marc@ » n'est pas une adresse e-mail valable.", Message(FieldInput("contactEmail")));
        Assert.Null(Message(Dialogs.Find("#org-name")));
        Assert.Empty(Dialogs.FindAll("[data-testid='form-errors']"));
        await using var db = await App.DbFactory.CreateDbContextAsync();
        Assert.False(await db.Organizations.AnyAsync(o => o.Name == "Atelier Vélo Solidaire"));
    }

    [Fact]
    public async Task Save_FieldCorrectedAfterARefusal_ItsMarkGoesAndTheOrganisationIsSaved()
    {
        await SignInAsync(StaffRoles.Coordinator, "Claire Coordinatrice");
        var ev = await App.CreateEventAsync();
        await OpenAsync(ev.Slug);
        Dialogs.Find("#org-name").Input("Atelier Vélo Solidaire");
        Dialogs.Find("#org-table").Change("abc");
        Dialogs.Find("[data-testid='save-organization']").Click();
        Dialogs.WaitForAssertion(() => Assert.NotNull(Message(Dialogs.Find("#org-table"))));

        Dialogs.Find("#org-table").Change("12 bis");
        Assert.Null(Message(Dialogs.Find("#org-table")));
        Dialogs.Find("[data-testid='save-organization']").Click();

        Dialogs.WaitForAssertion(() => Assert.Empty(Dialogs.FindAll(".mud-dialog")));
        await using var db = await App.DbFactory.CreateDbContextAsync();
        Assert.Equal("12 bis", (await db.Organizations.SingleAsync(o => o.Name == "Atelier Vélo Solidaire")).TableNumber);
    }

    private async Task OpenAsync(string slug)
    {
        var desk = (await App.Services.GetRequiredService<EventQueries>().GetDeskAsync(slug))!;
        var dialogs = Screen.Services.GetRequiredService<IDialogService>();
        await Dialogs.InvokeAsync(() => dialogs.ShowAsync<OrganizationDialog>("Ajouter une organisation",
            new DialogParameters<OrganizationDialog> { { d => d.Desk, desk } }));
        Dialogs.WaitForElement("[data-testid='save-organization']");
    }

    /// <summary>The input of the dialog's field labelled as the control panel labels <paramref name="field"/>.</summary>
    private IElement FieldInput(string field) => field switch
    {
        "contactEmail" => Dialogs.Find("input[type='email']"),
        _ => throw new ArgumentOutOfRangeException(nameof(field)),
    };
}
