using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Winwin.Data;
using Winwin.Live.Tests;
using Xunit.Abstractions;

using static Winwin.E2E.Faults;

namespace Winwin.E2E;

/// <summary>
/// R2–R4 and a server restart: the board and the phone behind a <see cref="TcpProxy"/> that cuts their
/// connections, while deals are announced straight to Kestrel. Each test prints its pass figure.
/// </summary>
[Collection(LiveSiteCollection.Name)]
public class ReliabilityTests(LiveSite site, ITestOutputHelper output)
{
    private static readonly TimeSpan R2Cut = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan R2Bound = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan R3Outage = TimeSpan.FromSeconds(90);
    private static readonly TimeSpan R3Bound = TimeSpan.FromSeconds(35);
    private static readonly TimeSpan RestartBound = TimeSpan.FromSeconds(35);
    private static readonly TimeSpan R4Hidden = TimeSpan.FromSeconds(70);
    private static readonly TimeSpan R4Bound = TimeSpan.FromSeconds(3);

    [Fact]
    public async Task R2_BoardCutFor30sWhile20DealsAnnounced_EqualsDatabaseWithin5sOfRestore()
    {
        var ev = await site.App.CreateEventAsync("bourse-r2");
        var staff = await site.App.CreateClientAsync(StaffRoles.Facilitator);
        using var proxy = await StartProxyAsync(site.BaseAddress);
        var context = await NewContextAsync(site, proxy, 1920, 1080);
        try
        {
            var page = await OpenLiveAsync(context, $"/e/{ev.Slug}/board", ".board");
            await WinwinApplication.AnnounceAsync(staff, ev, "Avant la coupure");
            await WaitForBoardAsync(page, 1, TimeSpan.FromSeconds(5));

            var cut = Stopwatch.StartNew();
            proxy.Cut();
            for (var i = 0; i < 20; i++)
            {
                await WinwinApplication.AnnounceAsync(staff, ev, $"Pendant la coupure {i + 1}");
            }
            await Assertions.Expect(page.Locator(".board")).ToHaveAttributeAsync("data-connection", "reconnecting");
            Assert.Equal("1", await CounterAsync(page));
            await Task.Delay(R2Cut - cut.Elapsed);
            var back = ConnectionBackAfter(proxy);
            proxy.Restore();
            var restored = Stopwatch.StartNew();

            var converged = await WaitForBoardAsync(page, 21, R2Bound + TimeSpan.FromSeconds(30));
            var reconnected = await back;

            var numbers = await DealNumbersAsync(page);
            output.WriteLine($"R2: cut {Seconds(cut.Elapsed - restored.Elapsed)}, 20 deals announced meanwhile; board converged {Seconds(converged)} after Restore " +
                $"(connection back through the proxy after {Seconds(reconnected)}); deals on the page: {string.Join(",", numbers)}.");
            Assert.True(converged <= R2Bound, $"The board took {Seconds(converged)} after Restore to show deal 21 and its counter (bound {Seconds(R2Bound)}).");
            // Equal to the database: the newest in the spotlight, the ones before it in order in the ticker, nothing twice.
            Assert.True(numbers.Count >= 2, "The ticker is empty.");
            Assert.Equal(Enumerable.Range(0, numbers.Count).Select(i => 21 - i), numbers);
            Assert.Equal("21", await CounterAsync(page));
            Assert.Equal("21", await page.Locator("[data-counter='winWinDeals'] .value").InnerTextAsync());
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    [Fact]
    public async Task R3_ServerAwayForLong_BoardKeepsRetrying_ConvergesWithin35sOfReturn()
    {
        var ev = await site.App.CreateEventAsync("bourse-r3");
        var staff = await site.App.CreateClientAsync(StaffRoles.Facilitator);
        using var proxy = await StartProxyAsync(site.BaseAddress);
        var context = await NewContextAsync(site, proxy, 1920, 1080);
        try
        {
            var page = await OpenLiveAsync(context, $"/e/{ev.Slug}/board", ".board");
            var navigations = CountNavigations(page);

            // R3 asks for 5 minutes; CI gets 90 s, still faithful: a screen retries every few seconds through the first
            // minute of an outage and then waits 15-30 s between attempts (the capped backoff). After 90 s the board
            // is in that capped regime, as after 5 minutes, so the return lands during a long wait just as it would then.
            output.WriteLine($"R3: the server is away for {R3Outage.TotalSeconds:F0} s instead of R3's 5 minutes, to keep CI time sane.");
            var away = Stopwatch.StartNew();
            proxy.Cut();
            var announced = 0;
            var attempts = new List<(TimeSpan At, int Refused)>();
            while (away.Elapsed < R3Outage)
            {
                // Deals keep being made while the board is away: one every 10 s.
                await WinwinApplication.AnnounceAsync(staff, ev, $"Pendant la panne {++announced}");
                // The board says so once it has noticed the cut (a closed socket is not seen at the same instant).
                await Assertions.Expect(page.Locator(".board")).ToHaveAttributeAsync("data-connection", "reconnecting", new() { Timeout = 10_000 });
                attempts.Add((away.Elapsed, proxy.Refused));
                await Task.Delay(Min(TimeSpan.FromSeconds(10), Max(TimeSpan.Zero, R3Outage - away.Elapsed)));
            }
            attempts.Add((away.Elapsed, proxy.Refused));
            var back = ConnectionBackAfter(proxy);
            proxy.Restore();
            var returned = Stopwatch.StartNew();

            var converged = await WaitForBoardAsync(page, announced, R3Bound + TimeSpan.FromSeconds(30));
            var reconnected = await back;

            output.WriteLine($"R3: {announced} deals announced during the outage; attempts to come back (refused connections) over time: " +
                string.Join(", ", attempts.Select(a => $"{a.At.TotalSeconds:F0}s:{a.Refused}")) + ".");
            output.WriteLine($"R3: board converged {Seconds(converged)} after the server's return " +
                $"(connection back after {Seconds(reconnected)}); page reloads: {navigations()}.");
            // Never gives up: it still tries in the last 35 s of the outage (longer than any retry delay).
            var lastStretch = attempts.Last(a => a.At <= R3Outage - TimeSpan.FromSeconds(35));
            Assert.True(attempts[^1].Refused > lastStretch.Refused, "The board stopped trying to reconnect during the outage.");
            Assert.True(converged <= R3Bound, $"The board took {Seconds(converged)} after the server's return to converge (bound {Seconds(R3Bound)}).");
            Assert.Equal(0, navigations());
            // The newest in the spotlight, the ones before it in order in the ticker, nothing twice.
            var numbers = await DealNumbersAsync(page);
            Assert.True(numbers.Count >= 2, "The ticker is empty.");
            Assert.Equal(Enumerable.Range(0, numbers.Count).Select(i => announced - i), numbers);
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    [Fact]
    public async Task ServerRestart_OnSameDatabaseAndAnotherPort_BoardShowsNextDealWithoutReload()
    {
        var database = Path.Combine(Path.GetTempPath(), $"winwin-restart-{Guid.NewGuid():N}.db");
        // The first instance opens the database through a symbolic link: disposing it deletes the link, not the data,
        // so that it can really be disposed (as a stopped process is) and the second instance finds the same file.
        var firstPath = database + ".first";
        File.CreateSymbolicLink(firstPath, database);
        var first = new WinwinApplication(firstPath);
        var firstStopped = false;
        WinwinApplication? second = null;
        try
        {
            var firstAddress = StartOnKestrel(first);
            var ev = await first.CreateEventAsync("bourse-restart");
            var email = await first.CreateUserAsync(StaffRoles.Facilitator);
            using var proxy = await StartProxyAsync(firstAddress);
            var context = await NewContextAsync(site, proxy, 1920, 1080);
            try
            {
                var page = await OpenLiveAsync(context, $"/e/{ev.Slug}/board", ".board");
                var navigations = CountNavigations(page);
                await WinwinApplication.AnnounceAsync(await SignInAsync(first, email), ev, "Avant le redémarrage");
                await WaitForBoardAsync(page, 1, TimeSpan.FromSeconds(5));

                var down = Stopwatch.StartNew();
                await first.DisposeAsync();
                firstStopped = true;
                Assert.True(File.Exists(database), "The first instance took the database with it.");
                second = new WinwinApplication(database);
                var secondAddress = StartOnKestrel(second);
                Assert.NotEqual(firstAddress.Port, secondAddress.Port);
                proxy.Retarget(new IPEndPoint(IPAddress.Loopback, secondAddress.Port));
                var restartTook = down.Elapsed;
                await WinwinApplication.AnnounceAsync(await SignInAsync(second, email), ev, "Après le redémarrage");
                var announced = Stopwatch.StartNew();

                var shown = await WaitForBoardAsync(page, 2, RestartBound + TimeSpan.FromSeconds(30));

                output.WriteLine($"Restart: old server down and new one up in {Seconds(restartTook)}; deal 2 announced on the new instance " +
                    $"shown {Seconds(shown)} after its announcement ({Seconds(down.Elapsed - announced.Elapsed + shown)} after the old server stopped); " +
                    $"page reloads: {navigations()}.");
                Assert.True(shown <= RestartBound, $"The board took {Seconds(shown)} to show the deal announced after the restart (bound {Seconds(RestartBound)}).");
                Assert.Equal(0, navigations());
                Assert.Equal([2, 1], await DealNumbersAsync(page));
            }
            finally
            {
                await context.CloseAsync();
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
            // The second instance deletes the database; if the test failed before starting it, nobody has.
            foreach (var file in new[] { firstPath, database, database + "-wal", database + "-shm" })
            {
                File.Delete(file);
            }
        }
    }

    [Fact]
    public async Task R4_PhoneHiddenWhileItsSocketIsCut_ResyncedWithin3sOfBeingShown()
    {
        var ev = await site.App.CreateEventAsync("bourse-r4");
        var staff = await site.App.CreateClientAsync(StaffRoles.Facilitator);
        using var proxy = await StartProxyAsync(site.BaseAddress);
        var context = await NewContextAsync(site, proxy, 390, 844);
        try
        {
            var page = await OpenLiveAsync(context, $"/e/{ev.Slug}", ".phone");
            await WinwinApplication.AnnounceAsync(staff, ev, "Avant la mise en veille");
            await WaitForPhoneAsync(page, 1, TimeSpan.FromSeconds(5));

            // R4's 10 minutes hidden is too long for CI; 70 s is still faithful: past the first minute of an outage a screen
            // waits 15-30 s between attempts, as it would after 10 minutes, so being shown must not wait for the next one.
            output.WriteLine($"R4: the phone is hidden for {R4Hidden.TotalSeconds:F0} s instead of R4's 10 minutes, to keep CI time sane.");
            var hidden = Stopwatch.StartNew();
            await SetVisibilityAsync(page, "hidden");
            // The screen locks: the phone's socket goes, and the pushes meanwhile are lost to it.
            proxy.Cut();
            for (var i = 0; i < 5; i++)
            {
                await WinwinApplication.AnnounceAsync(staff, ev, $"Pendant la veille {i + 1}");
            }
            await Task.Delay(R4Hidden - hidden.Elapsed);
            Assert.Equal("1", await CounterAsync(page));
            // Unlocking brings the network back, and the page is shown.
            proxy.Restore();
            await SetVisibilityAsync(page, "visible");
            var shown = Stopwatch.StartNew();

            var resynced = await WaitForPhoneAsync(page, 6, R4Bound + TimeSpan.FromSeconds(30));

            var numbers = await DealNumbersAsync(page);
            output.WriteLine($"R4: hidden {Seconds(hidden.Elapsed - shown.Elapsed)} with its socket cut while 5 deals were announced; " +
                $"resynced {Seconds(resynced)} after being shown; feed: {string.Join(",", numbers)}.");
            Assert.True(resynced <= R4Bound, $"The phone took {Seconds(resynced)} after being shown to resync (bound {Seconds(R4Bound)}).");
            Assert.Equal([6, 5, 4, 3, 2, 1], numbers);
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    private static async Task<IPage> OpenLiveAsync(IBrowserContext context, string path, string root)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);
        await page.Locator($"{root}[data-connection='live']").WaitForAsync();
        return page;
    }

    /// <summary>Counts reloads from now on: converging must happen in the page, not by loading it again.</summary>
    private static Func<int> CountNavigations(IPage page)
    {
        var count = 0;
        page.FrameNavigated += (_, frame) => count += frame.ParentFrame is null ? 1 : 0;
        return () => count;
    }

    /// <summary>Waits until the board shows deal <paramref name="number"/> in the spotlight and counts that many deals; returns how long it took.</summary>
    private static Task<TimeSpan> WaitForBoardAsync(IPage page, int number, TimeSpan timeout) =>
        WaitForAsync(page, "#spotlight .deal", number, timeout);

    /// <summary>Waits until the phone's feed starts with deal <paramref name="number"/> and counts that many deals.</summary>
    private static Task<TimeSpan> WaitForPhoneAsync(IPage page, int number, TimeSpan timeout) =>
        WaitForAsync(page, "#deals > li:first-child .deal", number, timeout);

    private static async Task<TimeSpan> WaitForAsync(IPage page, string newest, int number, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        await page.WaitForFunctionAsync(
            """
            ([newest, n]) => {
              const counter = document.querySelector("[data-counter='deals'] .value");
              const deal = document.querySelector(newest);
              return counter !== null && counter.textContent.trim() === String(n) && deal !== null && deal.dataset.number === String(n);
            }
            """,
            new object[] { newest, number },
            new() { Timeout = (float)timeout.TotalMilliseconds, PollingInterval = 50 });
        return clock.Elapsed;
    }

    /// <summary>Every deal number on the page, in document order (templates are not part of the document).</summary>
    private static async Task<List<int>> DealNumbersAsync(IPage page) =>
        [.. await page.EvaluateAsync<int[]>("() => Array.from(document.querySelectorAll('.deal[data-number]'), d => Number(d.dataset.number))")];

    private static Task<string> CounterAsync(IPage page) => page.Locator("[data-counter='deals'] .value").InnerTextAsync();

    /// <summary>Hides or shows the page as a locked or unlocked phone does, as far as the page's script can tell.</summary>
    private static async Task SetVisibilityAsync(IPage page, string state) =>
        await page.EvaluateAsync(
            """
            state => {
              Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
              Object.defineProperty(document, 'hidden', { configurable: true, get: () => state === 'hidden' });
              document.dispatchEvent(new Event('visibilitychange'));
            }
            """,
            state);

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

}
