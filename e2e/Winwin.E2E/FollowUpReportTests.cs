using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Winwin.Data;
using Winwin.E2E.Pages;
using Winwin.Live.Tests;
using Xunit.Abstractions;

namespace Winwin.E2E;

/// <summary>After the bourse: the coordinator follows up the deals, and the impact report printed for the council follows.</summary>
[Collection(LiveSiteCollection.Name)]
public partial class FollowUpReportTests(LiveSite site, ITestOutputHelper output)
{
    [Fact]
    public async Task Coordinator_RecordsFollowUps_ReportsRealisationRateChangesAndPrintsOnA4()
    {
        await site.RunAsync(async () =>
        {
            // Last year's edition, archived, and this year's, five weeks ago: 24 deals, 20 followed up, 12 done or partly done.
            await FollowUpScenario.SeedAsync(site.App, "lln-2025", new DateTime(2025, 10, 16, 16, 0, 0, DateTimeKind.Utc), 15,
                [FollowUpStatus.Done, FollowUpStatus.Done, FollowUpStatus.NotFeasible, FollowUpStatus.PartlyDone, FollowUpStatus.NotContacted], archived: true);
            var slug = await FollowUpScenario.SeedAsync(site.App, "lln-2026", new DateTime(2026, 10, 22, 16, 0, 0, DateTimeKind.Utc), 24, FollowUpScenario.Statuses);
            var email = await site.App.CreateUserAsync(StaffRoles.Coordinator, "Claire Coordinatrice");
            var control = new ControlPanelPage(await site.OpenAsync(1440, 1100));
            await control.SignInAsync(email, WinwinApplication.Password);
            var report = new ReportPage(control.Page);
            await report.OpenAsync(slug);
            await Assertions.Expect(report.RealisationRate).ToHaveTextAsync("60 %"); // 12 / 20
            await Assertions.Expect(report.StatusSummary).ToHaveTextAsync(
                "9 réalisés, 3 partiellement réalisés, 4 en cours, 1 contacté, 4 jamais contactés, 2 pas réalisables, 1 annulé");

            // From the event desk to the follow-up list: the deals never contacted are overdue and come first.
            await control.OpenDeskAsync(slug);
            await control.Page.Locator("[data-testid='open-followup']").ClickAsync();
            var followUp = new FollowUpPage(control.Page);
            await control.Page.Locator("[data-ready='true']").WaitForAsync();
            await Assertions.Expect(followUp.Rows).ToHaveCountAsync(24);
            var firstFour = await followUp.Rows.EvaluateAllAsync<string[]>("rows => rows.slice(0, 4).map(r => r.dataset.deal + ':' + r.dataset.due)");
            Assert.Equal(["4:Overdue", "12:Overdue", "18:Overdue", "22:Overdue"], firstFour);
            await Assertions.Expect(followUp.Row(20)).ToContainTextAsync("effacé");

            // Two deals ticked for one status at once; the list as the coordinator sees it before applying it.
            await followUp.SelectAsync(12);
            await followUp.SelectAsync(18);
            await Assertions.Expect(control.Page.Locator("[data-testid='selected-count']")).ToHaveTextAsync("2 accords sélectionnés");
            await control.Page.EvaluateAsync("() => window.scrollTo(0, 0)");
            await control.Page.ScreenshotAsync(new() { Path = Path.Combine(LiveSite.ScreenshotDirectory, "follow-up.png"), Animations = ScreenshotAnimations.Disabled });
            await followUp.ApplyToSelectedAsync("Pas réalisable");
            await Assertions.Expect(followUp.Status(12)).ToHaveTextAsync("Pas réalisable");
            await Assertions.Expect(followUp.Status(18)).ToHaveTextAsync("Pas réalisable");

            var watch = Stopwatch.StartNew();
            await followUp.RecordAsync(4, "Réalisé", "Les deux parties confirment : ordinateurs installés.");
            await Assertions.Expect(followUp.Status(4)).ToHaveTextAsync("Réalisé");
            output.WriteLine($"one follow-up recorded in {watch.ElapsedMilliseconds} ms (dialog, status, notes, save)");
            await Assertions.Expect(followUp.Row(4)).ToHaveAttributeAsync("data-due", "Finished");
            await Assertions.Expect(followUp.Row(4)).ToContainTextAsync("ordinateurs installés");

            // 13 done or partly done out of 23 followed up.
            await report.OpenAsync(slug);
            await Assertions.Expect(report.RealisationRate).ToHaveTextAsync("56,5 %");
            await Assertions.Expect(report.Editions).ToHaveCountAsync(2);
            await Assertions.Expect(report.Editions.Nth(0)).ToContainTextAsync("2025");
            await Assertions.Expect(report.Editions.Nth(1)).ToHaveClassAsync(new Regex("current"));
            await Assertions.Expect(report.Page.Locator("[data-testid='top-contributors']")).Not.ToContainTextAsync("Croix-Rouge");
            await PrintAsync(report.Page);
            Assert.True(site.Problems.Count == 0, string.Join(Environment.NewLine, site.Problems));
        });
    }

    [Fact]
    public async Task Coordinator_ChangesFollowUpDaysAndConsent_ListAndReportFollow()
    {
        await site.RunAsync(async () =>
        {
            // Screens looked at during the run, beside the test's output rather than among the README's pictures.
            var looks = Directory.CreateTempSubdirectory("winwin-followup-").FullName;
            output.WriteLine($"screens in {looks}");
            var slug = await FollowUpScenario.SeedAsync(site.App, "lln-reglages", new DateTime(2026, 10, 22, 16, 0, 0, DateTimeKind.Utc), 24, FollowUpScenario.Statuses,
                municipality: "Mont-Saint-Guibert");
            var email = await site.App.CreateUserAsync(StaffRoles.Coordinator, "Claire Coordinatrice");
            var control = new ControlPanelPage(await site.OpenAsync(1440, 1000));
            await control.SignInAsync(email, WinwinApplication.Password);

            // The check before the first contact is refused on the spot; 14 and 60 days are saved.
            await control.Page.GotoAsync($"/control/{slug}/settings");
            await control.Page.Locator("[data-ready='true']").WaitForAsync();
            var card = control.Page.Locator("[data-testid='followup-settings']");
            await card.Locator("#followup-first-days").FillAsync("100");
            await card.Locator("#followup-check-days").FillAsync("30");
            await card.Locator("[data-testid='save-followup-days']").ClickAsync();
            await Assertions.Expect(card.Locator("[data-testid='followup-days-error']")).ToContainTextAsync("après le premier contact");
            await card.Locator("#followup-first-days").FillAsync("14");
            await card.Locator("#followup-check-days").FillAsync("60");
            await card.Locator("[data-testid='save-followup-days']").ClickAsync();
            await Assertions.Expect(control.Snackbar.Last).ToContainTextAsync("Enregistré");
            await control.Page.ScreenshotAsync(new() { Path = Path.Combine(looks, "followup-settings.png"), FullPage = true, Animations = ScreenshotAnimations.Disabled });
            var followUp = new FollowUpPage(control.Page);
            await followUp.OpenAsync(slug);
            await Assertions.Expect(control.Page.GetByText("Premier contact : 5 nov. 2026 (14 jours après)", new() { Exact = false })).ToBeVisibleAsync();

            // The Red Cross agrees to be named: it joins the report's top contributors (deals 1, 4, 21 and 24, all win-win).
            await control.OpenDeskAsync(slug);
            await control.OpenTabAsync("Organisations (20)");
            await control.Page.Locator("[data-testid='organizations'] tr", new() { HasText = "Croix-Rouge" }).GetByRole(AriaRole.Button, new() { Name = "Modifier" }).ClickAsync();
            // A table number without a digit is refused under the field itself, and the dialog stays open.
            var table = control.Page.Locator(".mud-dialog #org-table");
            var tableNumber = await table.InputValueAsync();
            await table.FillAsync("abc");
            await control.Page.Locator("[data-testid='save-organization']").ClickAsync();
            await Assertions.Expect(control.Page.Locator(".mud-dialog .mud-input-control:has(#org-table) .mud-input-helper-text.mud-input-error"))
                .ToHaveTextAsync("« abc » n'est pas un numéro de table : il faut au moins un chiffre (12, B4, 12 bis).");
            await Assertions.Expect(control.Page.Locator(".mud-dialog [data-testid='form-errors']")).ToHaveCountAsync(0);
            await table.FillAsync(tableNumber);
            await control.Page.Locator(".mud-dialog").GetByText("Accepte d'être citée").ClickAsync();
            await Assertions.Expect(control.Page.Locator(".mud-dialog [data-testid='show-in-report']")).ToBeCheckedAsync();
            await control.Page.ScreenshotAsync(new() { Path = Path.Combine(looks, "organization-consent.png"), Animations = ScreenshotAnimations.Disabled });
            await control.Page.Locator("[data-testid='save-organization']").ClickAsync();
            await control.Page.Locator(".mud-dialog").WaitForAsync(new() { State = WaitForSelectorState.Detached });
            var report = new ReportPage(control.Page);
            await report.OpenAsync(slug);
            var redCross = report.Page.Locator("[data-testid='top-contributors'] tr", new() { HasText = "Croix-Rouge" });
            await Assertions.Expect(redCross.Locator("td")).ToHaveTextAsync(["Croix-Rouge — Maison d'accueil", "Association", "4", "4"]);

            // In Dutch, for a municipality on the other side of the language border.
            await control.Page.GotoAsync($"/culture/nl?returnUrl=/control/{slug}/report");
            await control.Page.Locator("article.report[data-ready='true']").WaitForAsync();
            await Assertions.Expect(control.Page.Locator("h1")).ToContainTextAsync("Impactrapport");
            await Assertions.Expect(report.StatusSummary).ToContainTextAsync("9 gerealiseerd");
            await control.Page.ScreenshotAsync(new() { Path = Path.Combine(looks, "report-nl.png"), FullPage = true, Animations = ScreenshotAnimations.Disabled });
            Assert.True(site.Problems.Count == 0, string.Join(Environment.NewLine, site.Problems));
        });
    }

    /// <summary>
    /// The report as the council gets it: a PDF rendered by Chromium, its pages turned into images (pdftoppm) to look at,
    /// and the print styles checked (no app bar, no buttons).
    /// </summary>
    private async Task PrintAsync(IPage page)
    {
        // The PDF and its pages go to a working folder; only the picture of the printed report joins the screenshots.
        var directory = Directory.CreateTempSubdirectory("winwin-report-").FullName;
        output.WriteLine($"printed report in {directory}");
        var pdf = await page.PdfAsync(new PagePdfOptions { Format = "A4", PrintBackground = true, PreferCSSPageSize = true });
        var pdfPath = Path.Combine(directory, "report.pdf");
        await File.WriteAllBytesAsync(pdfPath, pdf);
        var pages = PageCount().Count(System.Text.Encoding.Latin1.GetString(pdf));
        output.WriteLine($"report PDF: {pdf.Length / 1024} KiB, {pages} A4 pages");
        Assert.InRange(pages, 2, 4);

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Assertions.Expect(page.Locator(".mud-appbar")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("[data-testid='report-print']")).ToBeHiddenAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(directory, "report-print-media.png"), FullPage = true, Animations = ScreenshotAnimations.Disabled });
        await page.EmulateMediaAsync(new() { Media = Media.Screen });

        if (!File.Exists("/usr/bin/pdftoppm"))
        {
            output.WriteLine("pdftoppm missing (apt-get install -y poppler-utils): the print-media screenshot stands for the PDF");
            File.Copy(Path.Combine(directory, "report-print-media.png"), Path.Combine(LiveSite.ScreenshotDirectory, "report-print.png"), overwrite: true);
            return;
        }
        var prefix = Path.Combine(directory, "report-page");
        await RunAsync("/usr/bin/pdftoppm", "-png", "-r", "60", pdfPath, prefix);
        var images = Directory.GetFiles(directory, "report-page-*.png").Order().ToList();
        Assert.Equal(pages, images.Count);
        // The pages side by side, as on a table: one picture for the README, laid out by the browser itself.
        var sheets = string.Concat(images.Select(i => $"<img src=\"data:image/png;base64,{Convert.ToBase64String(File.ReadAllBytes(i))}\">"));
        var table = await page.Context.NewPageAsync();
        await table.SetViewportSizeAsync((images.Count * 520) + 30, 600);
        await table.SetContentAsync("<style>body{margin:0;padding:14px;background:#dfe4e8;display:flex;gap:14px;align-items:flex-start}" +
            "img{box-shadow:0 2px 8px rgba(0,0,0,.25);background:#fff}</style>" + sheets);
        await table.ScreenshotAsync(new() { Path = Path.Combine(LiveSite.ScreenshotDirectory, "report-print.png"), FullPage = true });
        await table.CloseAsync();
    }

    private static async Task RunAsync(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{program} failed: {error}");
    }

    [GeneratedRegex(@"/Type\s*/Page\b")]
    private static partial Regex PageCount();
}
