using System.Diagnostics;
using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Winwin.Data;
using Winwin.E2E.Pages;
using Winwin.Live.Tests;
using Xunit.Abstractions;
using static Winwin.E2E.Faults;

namespace Winwin.E2E;

/// <summary>
/// The desk on venue Wi-Fi (R10 and beyond): its network cut by a <see cref="TcpProxy"/>, the server restarted and the
/// page reloaded meanwhile; every deal typed is announced exactly once when the network returns.
/// </summary>
[Collection(LiveSiteCollection.Name)]
public class DeskOutageTests(LiveSite site, ITestOutputHelper output)
{
    private static readonly TimeSpan ReturnBound = TimeSpan.FromSeconds(5);

    /// <summary>
    /// The outage is 10 minutes; CI cuts for 90 s (WINWIN_DESK_OUTAGE_SECONDS=600 runs the full one): past the
    /// first minute the desk and the board are in the same state as after ten (the server restarted, every connection
    /// long gone, the desk retrying at its steady pace), so the return is the same.
    /// </summary>
    private static TimeSpan Outage =>
        TimeSpan.FromSeconds(int.TryParse(Environment.GetEnvironmentVariable("WINWIN_DESK_OUTAGE_SECONDS"), NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : 90);

    [Fact]
    public async Task DealsTypedBeforeAndDuringAnOutage_ServerRestartedAndPageReloaded_EachAnnouncedOnceWithin5sOfTheReturn()
    {
        var database = Path.Combine(Path.GetTempPath(), $"winwin-desk-{Guid.NewGuid():N}.db");
        // The first instance opens the database through a link: disposing it deletes the link, not the data.
        var firstPath = database + ".first";
        File.CreateSymbolicLink(firstPath, database);
        var first = new WinwinApplication(firstPath);
        var firstStopped = false;
        WinwinApplication? second = null;
        try
        {
            var firstAddress = StartOnKestrel(first);
            var ev = await first.CreateEventAsync("desk-panne");
            var email = await first.CreateUserAsync(StaffRoles.Facilitator, "Fatima Facilitatrice");
            using var deskNetwork = await StartProxyAsync(firstAddress);
            using var boardNetwork = await StartProxyAsync(firstAddress);
            var deskContext = await NewContextAsync(site, deskNetwork, 1024, 768);
            var boardContext = await NewContextAsync(site, boardNetwork, 1920, 1080);
            try
            {
                var board = new BoardPage(await boardContext.NewPageAsync());
                await board.OpenAsync(ev.Slug);
                var desk = new DeskPage(await deskContext.NewPageAsync());
                await new ControlPanelPage(desk.Page).SignInAsync(email, WinwinApplication.Password);
                await desk.OpenAsync(ev.Slug);
                await desk.WaitOnlineAsync();
                // The page has taken its copy for the service worker.
                await desk.Page.WaitForFunctionAsync("async () => (await (await caches.open('winwin-desk-pages-v1')).keys()).length > 0");

                // A deal typed; the Wi-Fi drops before "Announce".
                await desk.ChoosePartyAsync(1, "gilson", "Imprimerie Gilson");
                await desk.GivesAsync(1, "500 affiches A3");
                await desk.ChoosePartyAsync(2, "petits", "Les Petits Débrouillards");
                await desk.GivesAsync(2, "Un atelier sciences");
                var outage = Stopwatch.StartNew();
                deskNetwork.Cut();
                await desk.AnnounceAsync();
                await Assertions.Expect(desk.WaitingCount).ToHaveTextAsync("1 accord en attente d'envoi");
                await Assertions.Expect(desk.Root).ToHaveAttributeAsync("data-connection", "offline");

                // A second deal, typed and announced during the outage, from what the desk kept.
                await desk.ChoosePartyAsync(1, "garage", "Garage Piron");
                await desk.GivesAsync(1, "Une camionnette un samedi");
                await desk.ChoosePartyAsync(2, "4", "Restos du Cœur Namur");
                await desk.AnnounceAsync();
                await Assertions.Expect(desk.WaitingCount).ToHaveTextAsync("2 accords en attente d'envoi");
                await desk.Page.ScreenshotAsync(new() { Path = Path.Combine(LiveSite.ScreenshotDirectory, "desk-offline.png") });

                // The server restarts during the outage (same database, another port).
                await first.DisposeAsync();
                firstStopped = true;
                second = new WinwinApplication(database);
                var secondAddress = StartOnKestrel(second);
                deskNetwork.Retarget(secondAddress);
                boardNetwork.Retarget(secondAddress);

                // The desk's page is reloaded during the outage: it opens from its copy, the two deals still waiting.
                await desk.Page.ReloadAsync();
                await desk.WaitReadyAsync();
                await Assertions.Expect(desk.WaitingCount).ToHaveTextAsync("2 accords en attente d'envoi");
                await Assertions.Expect(desk.OutboxItems).ToHaveCountAsync(2);
                await Assertions.Expect(desk.Root).ToHaveAttributeAsync("data-connection", "offline");
                Assert.Equal(0, await CountDealsAsync(second, ev.Id));

                var left = Outage - outage.Elapsed;
                if (left > TimeSpan.Zero)
                {
                    await Task.Delay(left);
                }
                await Assertions.Expect(desk.WaitingCount).ToHaveTextAsync("2 accords en attente d'envoi");
                var restoredAt = await desk.Page.EvaluateAsync<double>("() => performance.now()");
                deskNetwork.Restore();
                var back = Stopwatch.StartNew();

                // On the board: counted, and the first in the spotlight (the second follows it there once the first has had its seconds).
                var shown = await WaitForAsync(board.Page,
                    """
                    () => {
                      const counter = document.querySelector("[data-counter='deals'] .value");
                      return counter !== null && counter.textContent.trim() === '2' && document.querySelector(".deal[data-number='1']") !== null;
                    }
                    """,
                    ReturnBound + TimeSpan.FromSeconds(30));
                await Assertions.Expect(desk.WaitingCount).ToBeHiddenAsync(new() { Timeout = 5_000 });
                var emptied = back.Elapsed;
                await Assertions.Expect(board.Page.Locator("#spotlight .deal[data-number='2']")).ToHaveCountAsync(1, new() { Timeout = 15_000 });

                // When the desk's requests left after the return and how long the server took: where the seconds went.
                var sends = await desk.Page.EvaluateAsync<double[][]>(
                    "since => performance.getEntriesByType('resource').filter(e => e.name.endsWith('/deals') && e.startTime >= since).map(e => [e.startTime - since, e.duration, e.responseStatus])",
                    restoredAt);
                output.WriteLine($"Desk outage of {Seconds(outage.Elapsed - back.Elapsed)} (server restarted and page reloaded during it): " +
                    $"both deals on the board {Seconds(shown)} after the network's return, outbox empty after {Seconds(emptied)}" +
                    (sends.Length == 0 ? "." : "; deals sent " + string.Join(", ", sends.Select(e => $"at +{e[0] / 1000:F2} s taking {e[1] / 1000:F2} s ({e[2]})")) + "."));
                Assert.True(shown <= ReturnBound, $"The deals reached the board {Seconds(shown)} after the network's return (bound {Seconds(ReturnBound)}).");
                // Exactly once each, as typed.
                await using var db = await second.DbFactory.CreateDbContextAsync();
                var gives = await db.Deals.Where(d => d.EventId == ev.Id).SelectMany(d => d.Parties).Where(p => p.Position == 0).Select(p => p.Gives).OrderBy(g => g).ToListAsync();
                Assert.Equal(["500 affiches A3", "Une camionnette un samedi"], gives);
                var onBoard = await board.Page.EvaluateAsync<int[]>("() => Array.from(document.querySelectorAll('.deal[data-number]'), d => Number(d.dataset.number)).sort()");
                Assert.Equal(new[] { 1, 2 }, onBoard);
            }
            finally
            {
                await deskContext.CloseAsync();
                await boardContext.CloseAsync();
            }
        }
        finally
        {
            if (!firstStopped)
            {
                await first.DisposeAsync();
            }
            if (second is not null)
            {
                await second.DisposeAsync();
            }
            foreach (var file in new[] { firstPath, database, database + "-wal", database + "-shm" })
            {
                File.Delete(file);
            }
        }
    }

    [Fact]
    public async Task DealRefusedOnArrival_ComesBackToTheFacilitatorToFix_NeverDropped()
    {
        await site.RunAsync(async () =>
        {
            var ev = await site.App.CreateEventAsync("desk-refus");
            var email = await site.App.CreateUserAsync(StaffRoles.Facilitator);
            var staff = await site.App.CreateClientAsync(StaffRoles.Facilitator);
            using var network = await StartProxyAsync(site.BaseAddress);
            var context = await NewContextAsync(site, network, 1024, 768);
            try
            {
                var desk = new DeskPage(await context.NewPageAsync());
                await new ControlPanelPage(desk.Page).SignInAsync(email, WinwinApplication.Password);
                await desk.OpenAsync(ev.Slug);
                await desk.WaitOnlineAsync();

                // Offline, the facilitator records a deal that fulfils the printer's offer…
                network.Cut();
                await Assertions.Expect(desk.Root).ToHaveAttributeAsync("data-connection", "offline");
                await desk.ChoosePartyAsync(1, "gilson", "Imprimerie Gilson");
                await desk.Page.Locator($"#fulfils-{ev.OfferId}").CheckAsync();
                await desk.GivesAsync(1, "500 affiches A3");
                await desk.ChoosePartyAsync(2, "petits", "Les Petits Débrouillards");
                await desk.AnnounceAsync();
                await Assertions.Expect(desk.WaitingCount).ToHaveTextAsync("1 accord en attente d'envoi");

                // …which another desk gives away meanwhile.
                var command = new Winwin.Live.Features.Deals.AnnounceDealCommand(Guid.NewGuid(),
                    [new(ev.Organizations[0], "500 affiches A3"), new(ev.Organizations[3], "Un repas")], [ev.OfferId], null);
                (await staff.PostAsync($"/api/events/{ev.Slug}/deals", JsonContent(command))).EnsureSuccessStatusCode();

                network.Restore();
                // Refused on arrival: it stays on this desk, to fix, with the reason.
                var refused = desk.OutboxItems.Filter(new() { HasText = "Refusé à l'arrivée" });
                await Assertions.Expect(refused).ToHaveCountAsync(1, new() { Timeout = 10_000 });
                await Assertions.Expect(refused).ToContainTextAsync("déjà réalisée");
                await Assertions.Expect(desk.WaitingCount).ToHaveTextAsync("1 accord à corriger");
                await desk.Page.ReloadAsync();
                await desk.WaitReadyAsync();
                await Assertions.Expect(desk.OutboxItems.Filter(new() { HasText = "Refusé à l'arrivée" })).ToHaveCountAsync(1);

                // Back in the form, with the reason; the offer given away is no longer offered; announced again: one deal more, none lost.
                await desk.OutboxItems.First.Locator("[data-action='fix']").ClickAsync();
                await Assertions.Expect(desk.Party(1)).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("Imprimerie Gilson"));
                await Assertions.Expect(desk.Gives(1)).ToHaveValueAsync("500 affiches A3");
                await Assertions.Expect(desk.FormProblems).ToContainTextAsync("déjà réalisée");
                await Assertions.Expect(desk.Page.Locator($"#fulfils-{ev.OfferId}")).ToHaveCountAsync(0);
                await desk.AnnounceAsync();
                await Assertions.Expect(desk.Toast).ToContainTextAsync("Accord n° 2 annoncé");
                await Assertions.Expect(desk.Outbox).ToBeHiddenAsync();
                Assert.Equal(2, await CountDealsAsync(site.App, ev.Id));
            }
            finally
            {
                await context.CloseAsync();
            }
        });
    }

    [Theory]
    [InlineData("fr", "Hors ligne : les accords restent sur cet appareil", "1 accord en attente d'envoi", "En attente du réseau")]
    [InlineData("nl", "Offline: de matches blijven op dit toestel", "1 match wacht op verzending", "Wacht op het netwerk")]
    [InlineData("en", "Offline: deals stay on this device", "1 deal waiting to be sent", "Waiting for the network")]
    public async Task DeskOffline_InEachLanguage_SaysItIsOfflineAndWhatWaits(string language, string offline, string waiting, string state)
    {
        await site.RunAsync(async () =>
        {
            var ev = await site.App.CreateEventAsync($"desk-langue-{language}");
            var email = await site.App.CreateUserAsync(StaffRoles.Facilitator);
            using var network = await StartProxyAsync(site.BaseAddress);
            var context = await NewContextAsync(site, network, 1024, 768);
            try
            {
                var desk = new DeskPage(await context.NewPageAsync());
                await new ControlPanelPage(desk.Page).SignInAsync(email, WinwinApplication.Password);
                await desk.Page.GotoAsync($"/culture/{language}?returnUrl=/control/{ev.Slug}/desk");
                await desk.WaitReadyAsync();
                await desk.WaitOnlineAsync();

                network.Cut();
                await desk.ChoosePartyAsync(1, "gilson", "Imprimerie Gilson");
                await desk.GivesAsync(1, "500 affiches A3");
                await desk.ChoosePartyAsync(2, "petits", "Les Petits Débrouillards");
                await desk.GivesAsync(2, "Un atelier sciences");
                await desk.AnnounceAsync();

                await Assertions.Expect(desk.Root.Locator("[data-f='connection']")).ToHaveTextAsync(offline);
                await Assertions.Expect(desk.WaitingCount).ToHaveTextAsync(waiting);
                await Assertions.Expect(desk.OutboxItems.First).ToContainTextAsync(state);
                await desk.Page.ScreenshotAsync(new() { Path = Path.Combine(LiveSite.ScreenshotDirectory, $"desk-offline-{language}.png") });

                network.Restore();
                await Assertions.Expect(desk.WaitingCount).ToBeHiddenAsync(new() { Timeout = 10_000 });
                Assert.Equal(1, await CountDealsAsync(site.App, ev.Id));
            }
            finally
            {
                await context.CloseAsync();
            }
        });
    }

    private static StringContent JsonContent<T>(T value) =>
        new(System.Text.Json.JsonSerializer.Serialize(value, Winwin.Live.Features.Live.LiveJson.Options), System.Text.Encoding.UTF8, "application/json");

    private static async Task<int> CountDealsAsync(WinwinApplication app, int eventId)
    {
        await using var db = await app.DbFactory.CreateDbContextAsync();
        return await db.Deals.CountAsync(d => d.EventId == eventId);
    }
}
