using Microsoft.Playwright;
using Winwin.Data;
using Winwin.E2E.Pages;
using Winwin.Live.Tests;

namespace Winwin.E2E;

[Collection(LiveSiteCollection.Name)]
public class ImportTests(LiveSite site)
{
    // Belgian Excel: semicolons, French headers, a byte-order mark.
    private const string FileWithMistake =
        "\uFEFForganisation;type_organisation;secteur;table;contact_nom;contact_email;contact_telephone;type_annonce;categorie;titre;description\r\n" +
        "Cercle d'histoire de Jambes;association;Culture;31;Paul Lenoir;paul@histoire-jambes.example;+32 81 30 30 30;demande;Visibilité;Affiches pour notre exposition;Une centaine d'affiches A3\r\n" +
        "Cercle d'histoire de Jambes;association;Culture;31;Paul Lenoir;paul@histoire-jambes.example;+32 81 30 30 30;offre;Savoir-faire;Visite guidée du vieux Jambes;Pour une équipe de 20 personnes\r\n" +
        "Menuiserie Lambotte;entreprise;Construction;32;Anne Lambotte;anne@lambotte.example;+32 81 31 31 31;offre;Bricolage;Établis de récupération;Quatre établis en bon état\r\n";

    [Fact]
    public async Task CoordinatorImportsFile_FixesReportedError_PhoneFindsTheNewOffers()
    {
        await site.RunAsync(async () =>
        {
            var ev = await site.App.CreateEventAsync("bourse-import");
            var phone = new PhonePage(await site.OpenAsync(390, 844));
            await phone.OpenListAsync(ev.Slug, "offers");
            var control = await site.OpenControlPanelAsync(ev.Slug, StaffRoles.Coordinator, "Claire Coordinatrice");
            await control.OpenTabAsync("Import et export");

            await control.ChooseImportFileAsync("participants.csv", FileWithMistake);

            await Assertions.Expect(control.ImportProblems).ToHaveCountAsync(1);
            await Assertions.Expect(control.ImportProblems.First).ToContainTextAsync("4");
            await Assertions.Expect(control.ImportProblems.First).ToContainTextAsync("categorie");
            await Assertions.Expect(control.ImportProblems.First).ToContainTextAsync("Bricolage");
            await control.Page.ScreenshotAsync(new() { Path = Path.Combine(LiveSite.ScreenshotDirectory, "control-import-problems.png"), Animations = ScreenshotAnimations.Disabled });
            await Assertions.Expect(control.Page.Locator("[data-testid='import-confirm']")).ToHaveCountAsync(0);

            await control.ChooseImportFileAsync("participants-corrige.csv", FileWithMistake.Replace(";Bricolage;", ";Matériel;", StringComparison.Ordinal));
            await Assertions.Expect(control.ImportSummary).ToContainTextAsync("2 nouvelles organisations");
            await control.ConfirmImportAsync();
            await Assertions.Expect(control.ImportSummary).ToContainTextAsync("Importé");

            await Assertions.Expect(phone.Listing("Établis de récupération")).ToBeVisibleAsync(new() { Timeout = 5_000 });
            await phone.FindAsync("etablis");
            await Assertions.Expect(phone.VisibleListings).ToHaveCountAsync(1);
            await Assertions.Expect(phone.VisibleListings.First).ToContainTextAsync("Menuiserie Lambotte");
            await Assertions.Expect(phone.Page.Locator("body")).Not.ToContainTextAsync("anne@lambotte.example");
            await phone.FindAsync("");
            await Assertions.Expect(phone.Listing("Visite guidée du vieux Jambes")).ToBeVisibleAsync();
            Assert.True(site.Problems.Count == 0, string.Join(Environment.NewLine, site.Problems));
        });
    }
}
