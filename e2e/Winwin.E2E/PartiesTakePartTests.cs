using System.Globalization;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MimeKit;
using Winwin.Data;
using Winwin.E2E.Pages;
using Winwin.E2E.Rehearsal;
using Winwin.Live.Features.FollowUp;
using Winwin.Live.Features.Mail;
using Winwin.Live.Tests;
using Winwin.Live.Tests.Features.Mail;

namespace Winwin.E2E;

/// <summary>
/// After the announcement, the parties take part themselves: each receives its match form by e-mail (read from a real local
/// SMTP server), confirms the deal from its own link, and at the follow-up date says how it went; the desk, the report and
/// the public results follow.
/// </summary>
[Collection(LiveSiteCollection.Name)]
public class PartiesTakePartTests(LiveSite site) : IAsyncLifetime
{
    private readonly SmtpServer _smtp = new();

    public Task InitializeAsync() => _smtp.InitializeAsync();

    public Task DisposeAsync() => _smtp.DisposeAsync();

    /// <summary>The real clock moved on by <see cref="Offset"/>: weeks pass in a second, while timers and cookies keep working.</summary>
    private sealed class MovableClock : TimeProvider
    {
        public TimeSpan Offset { get; set; }

        public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + Offset;
    }

    [Fact]
    public async Task DealAnnounced_EachPartyMailedItsForm_OneConfirms_AtTheFollowUpDateTheOtherSaysDone_ReportAndResultsFollow()
    {
        var port = SmtpServer.FreePort();
        var address = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}");
        var clock = new MovableClock();
        await using var app = new WinwinApplication()
            .WithClock(clock)
            .WithSetting("Winwin:Smtp:Host", "127.0.0.1")
            .WithSetting("Winwin:Smtp:Port", _smtp.Port.ToString(CultureInfo.InvariantCulture))
            .WithSetting("Winwin:Smtp:Security", "None")
            .WithSetting("Winwin:Smtp:From", "Bourse Winwin de Namur <bourse@namur.example>")
            .WithSetting("Winwin:PublicBaseUrl", address.ToString());
        app.UseKestrel(o => o.Listen(IPAddress.Loopback, port));
        app.StartServer();
        app.ClientOptions.BaseAddress = address;

        var ev = await app.CreateEventAsync("accords-confirmes");
        await app.SetEveningAroundAsync(ev, DateTime.UtcNow);
        var piron = "carine@garage-piron.example";
        var restos = "didier@restos-namur.example";
        await app.SetOrganizationAsync(ev.Organizations[2], o => (o.ContactEmail, o.ShowInReport) = (piron, true));
        await app.SetOrganizationAsync(ev.Organizations[3], o => (o.ContactEmail, o.ShowInReport) = (restos, false));
        var facilitator = await app.CreateUserAsync(StaffRoles.Facilitator, "Fatima Facilitatrice");
        var coordinator = await app.CreateUserAsync(StaffRoles.Coordinator, "Claire Coordinatrice");
        var contexts = new List<IBrowserContext>();
        try
        {
            async Task<IPage> OpenAsync(int width, int height)
            {
                var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions
                {
                    BaseURL = address.ToString(),
                    ViewportSize = new ViewportSize { Width = width, Height = height },
                    Locale = "fr-BE",
                    TimezoneId = "Europe/Brussels",
                });
                context.SetDefaultTimeout(20_000);
                contexts.Add(context);
                return await context.NewPageAsync();
            }

            // The deal is announced at a desk on the floor.
            var desk = new DeskPage(await OpenAsync(1024, 768));
            await new ControlPanelPage(desk.Page).SignInAsync(facilitator, WinwinApplication.Password);
            await desk.OpenAsync(ev.Slug);
            await desk.ChoosePartyAsync(1, "piron", "Garage Piron");
            await desk.ChoosePartyAsync(2, "restos", "Restos du Cœur Namur");
            await desk.GivesAsync(1, "Une camionnette et un chauffeur le samedi 14 mars");
            await desk.GivesAsync(2, "Un repas pour l'équipe du garage");
            await desk.AnnounceAsync();
            await Assertions.Expect(desk.Deal(1)).ToBeVisibleAsync(new() { Timeout = 5_000 });

            // Each party receives its match form, with its own link.
            var pironForm = Assert.Single(await _smtp.MessagesToAsync(piron));
            var restosForm = Assert.Single(await _smtp.MessagesToAsync(restos));
            Assert.Equal("Accord n° 1 — Bourse Winwin de Namur", pironForm.Subject);
            Assert.Contains("Restos du Cœur Namur donne : Un repas pour l'équipe du garage", pironForm.TextBody, StringComparison.Ordinal);
            Assert.NotEqual(LinkIn(pironForm), LinkIn(restosForm));

            // Garage Piron confirms from its phone; the desk shows it, pushed.
            var pironPhone = new PartyLinkPage(await OpenAsync(390, 844));
            await pironPhone.OpenAsync(LinkIn(pironForm));
            await Assertions.Expect(pironPhone.Panel).ToContainTextAsync("Garage Piron : votre réponse");
            var (_, linkViolations, _) = await AccessibilityCheck.RunAsync(pironPhone.Page);
            await pironPhone.Page.ScreenshotAsync(new() { Path = Path.Combine(LiveSite.ScreenshotDirectory, "party-link-390x844.png"), FullPage = true });
            await pironPhone.ConfirmAsync();
            await Assertions.Expect(pironPhone.Saved).ToHaveTextAsync("Merci, votre réponse est enregistrée.");
            await Assertions.Expect(pironPhone.Answer).ToContainTextAsync("Vous avez confirmé cet accord");
            await Assertions.Expect(desk.Deal(1).Locator(".answer.confirmed")).ToContainTextAsync("Confirmé", new() { Timeout = 5_000 });
            await Assertions.Expect(desk.Deal(1)).Not.ToContainTextAsync("Erreur signalée");
            await desk.Page.ScreenshotAsync(new() { Path = Path.Combine(LiveSite.ScreenshotDirectory, "desk-confirmed-1024x768.png") });

            // Three weeks later, the first-contact date: both parties are asked how it went (the worker's round, run now).
            clock.Offset = TimeSpan.FromDays(21) + TimeSpan.FromHours(2);
            Assert.Equal(2, await app.Services.GetRequiredService<FollowUpRequests>().SendDueAsync());
            await app.Services.GetRequiredService<MailQueue>().WhenIdleAsync().WaitAsync(TimeSpan.FromSeconds(30));
            var asked = (await _smtp.MessagesToAsync(restos, atLeast: 2)).Single(m => m.Subject!.Contains("où en est-il", StringComparison.Ordinal));
            Assert.Contains("#follow-up", LinkIn(asked), StringComparison.Ordinal);
            Assert.Equal(2, (await _smtp.MessagesToAsync(piron, atLeast: 2)).Count);

            var restosPhone = new PartyLinkPage(await OpenAsync(360, 640));
            await restosPhone.OpenAsync(LinkIn(asked));
            await restosPhone.ReportAsync("Réalisé", "Repas servi le 20 mars à douze mécaniciens.");
            await Assertions.Expect(restosPhone.Saved).ToContainTextAsync("Merci");
            await Assertions.Expect(restosPhone.Report).ToContainTextAsync("Réalisé");
            var (_, reportViolations, _) = await AccessibilityCheck.RunAsync(restosPhone.Page);
            await restosPhone.Page.ScreenshotAsync(new() { Path = Path.Combine(LiveSite.ScreenshotDirectory, "party-follow-up-360x640.png"), FullPage = true });

            // The coordinator's follow-up list records it with its source, and the report's realisation rate follows.
            var office = await OpenAsync(1280, 800);
            await new ControlPanelPage(office).SignInAsync(coordinator, WinwinApplication.Password);
            await office.GotoAsync($"/control/{ev.Slug}/follow-up");
            var row = office.Locator("[data-testid='followup-list'] tbody tr").First;
            await Assertions.Expect(row.Locator("[data-testid='status']")).ToHaveTextAsync("Réalisé");
            await Assertions.Expect(row.Locator("[data-testid='status-by']")).ToContainTextAsync("Restos du Cœur Namur (la partie)");
            await Assertions.Expect(row).ToContainTextAsync("✓ Confirmé");
            await Assertions.Expect(row).ToContainTextAsync("Repas servi le 20 mars");
            await office.ScreenshotAsync(new() { Path = Path.Combine(LiveSite.ScreenshotDirectory, "followup-party-said-1280x800.png"), FullPage = true });
            await office.GotoAsync($"/control/{ev.Slug}/report");
            await Assertions.Expect(office.Locator("[data-testid='realisation-rate']")).ToHaveTextAsync("100 %");

            // The public results name the party that agreed, not the other.
            var results = await OpenAsync(1280, 800);
            await results.GotoAsync($"/e/{ev.Slug}/results");
            var deals = results.Locator("[data-testid='deals']");
            await Assertions.Expect(deals).ToContainTextAsync("Garage Piron");
            await Assertions.Expect(deals).ToContainTextAsync("Une association");
            await Assertions.Expect(results.Locator("body")).Not.ToContainTextAsync("Restos du Cœur Namur");

            Assert.True(linkViolations.Count == 0, string.Join(Environment.NewLine, linkViolations));
            Assert.True(reportViolations.Count == 0, string.Join(Environment.NewLine, reportViolations));
        }
        finally
        {
            foreach (var context in contexts)
            {
                await context.CloseAsync();
            }
        }
    }

    private static string LinkIn(MimeMessage message) =>
        message.TextBody!.Split('\n').Select(l => l.Trim()).First(l => l.StartsWith("http://127.0.0.1:", StringComparison.Ordinal) && l.Contains("/m/", StringComparison.Ordinal));
}
