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

    // A sign-up form's export: the contact's columns under the form's own titles, a column of notes the import does not know.
    private const string FormExport =
        "\uFEFFNom de l'organisation;Type d'organisation;Numéro de table;Personne de contact;E-mail du contact;Téléphone du contact;Remarques internes;Type;Catégorie;Titre\r\n" +
        "Boulangerie Dumont;entreprise;14;Marc Dumont;marc@;0471 11 22 33;client fidèle;offre;Matériel;Trois fours à pain d'occasion\r\n" +
        "Les Amis du Parc;association;abc;Lise Renard;lise@amisduparc.example;0472 44 55 66;;demande;Matériel;Des bancs pour la fête du parc\r\n";

    [Fact]
    public async Task CoordinatorImportsSignUpExport_FormRulesNameTheFilesColumns_UnknownColumnWarnedBeforeAnythingIsWritten()
    {
        await site.RunAsync(async () =>
        {
            var ev = await site.App.CreateEventAsync("bourse-import-formulaire");
            var email = await site.App.CreateUserAsync(StaffRoles.Coordinator, "Claire Coordinatrice");
            var control = new ControlPanelPage(await site.OpenAsync(1366, 768));
            await control.SignInAsync(email, WinwinApplication.Password);
            await control.OpenDeskAsync(ev.Slug);
            await control.OpenTabAsync("Import et export");

            var before = await OrganizationCountAsync(ev.Id);
            await control.ChooseImportFileAsync("inscriptions.csv", FormExport);

            // The organisation form's rules and words, under the titles the file gives its columns.
            await Assertions.Expect(control.ImportProblems).ToHaveCountAsync(2);
            await Assertions.Expect(control.ImportProblems.Nth(0)).ToContainTextAsync("E-mail du contact");
            await Assertions.Expect(control.ImportProblems.Nth(0)).ToContainTextAsync("« marc@ » n'est pas une adresse e-mail valable.");
            await Assertions.Expect(control.ImportProblems.Nth(1)).ToContainTextAsync("Numéro de table");
            await Assertions.Expect(control.ImportProblems.Nth(1)).ToContainTextAsync("« abc » n'est pas un numéro de table");
            await Assertions.Expect(control.ImportConfirm).ToHaveCountAsync(0);

            await control.ChooseImportFileAsync("inscriptions-corrigees.csv", FormExport.Replace(";marc@;", ";marc@boulangerie-dumont.example;", StringComparison.Ordinal)
                .Replace(";abc;", ";B7;", StringComparison.Ordinal));

            await Assertions.Expect(control.ImportProblems).ToHaveCountAsync(0);
            await Assertions.Expect(control.ImportWarnings).ToHaveCountAsync(1);
            await Assertions.Expect(control.ImportWarnings.First).ToContainTextAsync("Colonne inconnue « Remarques internes » : elle ne sera pas importée.");
            await control.Page.ScreenshotAsync(new() { Path = Path.Combine(LiveSite.ScreenshotDirectory, "control-import-warnings.png"), Animations = ScreenshotAnimations.Disabled });
            await Assertions.Expect(control.ImportConfirm).ToBeDisabledAsync();
            Assert.Equal(before, await OrganizationCountAsync(ev.Id));

            await control.ConfirmImportWarningsAsync();
            await control.ConfirmImportAsync();

            await Assertions.Expect(control.ImportSummary).ToContainTextAsync("Importé");
            await using var db = await site.App.DbFactory.CreateDbContextAsync();
            var contacts = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
                db.Organizations.Where(o => o.EventId == ev.Id && (o.Name == "Boulangerie Dumont" || o.Name == "Les Amis du Parc")).OrderBy(o => o.Name).Select(o => o.Name + " · " + o.TableNumber + " · " + o.ContactName + " · " + o.ContactEmail + " · " + o.ContactPhone));
            Assert.Equal(
                ["Boulangerie Dumont · 14 · Marc Dumont · marc@boulangerie-dumont.example · 0471 11 22 33", "Les Amis du Parc · B7 · Lise Renard · lise@amisduparc.example · 0472 44 55 66"],
                contacts);
            Assert.True(site.Problems.Count == 0, string.Join(Environment.NewLine, site.Problems));
        });
    }

    private async Task<int> OrganizationCountAsync(int eventId)
    {
        await using var db = await site.App.DbFactory.CreateDbContextAsync();
        return db.Organizations.Count(o => o.EventId == eventId);
    }
}
