using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Winwin.Data;
using Xunit.Abstractions;

namespace Winwin.Live.Tests.Features.Live;

/// <summary>R6: two instances on Kestrel share one database and one Redis backplane; Redis goes away and comes back.</summary>
public class RedisOutageTests(ITestOutputHelper output)
{
    private const int ScreensPerInstance = 3;
    private static readonly TimeSpan ConvergenceBound = TimeSpan.FromSeconds(10);

    // RELIABILITY.md says 60 s. What an outage's length changes is how long the Redis client waits between reconnection
    // attempts (fixed at 1 s in LiveSetup, whatever the outage lasted) and how many deals are missed; the SignalR
    // connections of the screens do not go through Redis and stay up either way. 20 s keeps the suite quick with the
    // same behaviour; WINWIN_R6_OUTAGE_SECONDS=60 runs the full figure.
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(
        int.TryParse(Environment.GetEnvironmentVariable("WINWIN_R6_OUTAGE_SECONDS"), out var seconds) ? seconds : 20);

    [Fact]
    public async Task RedisDownWhileDealsAreAnnounced_RedisBack_EveryScreenOfBothInstancesHasEveryDealWithinTenSeconds()
    {
        await using var redis = new RedisServer();
        await redis.StartAsync();
        var database = Path.Combine(Path.GetTempPath(), $"winwin-r6-{Guid.NewGuid():N}.db");
        await using var first = new WinwinApplication(database).WithSetting("ConnectionStrings:Redis", redis.ConnectionString);
        await using var second = new WinwinApplication(database).WithSetting("ConnectionStrings:Redis", redis.ConnectionString);
        first.StartOnKestrel();
        second.StartOnKestrel();
        var ev = await first.CreateEventAsync("bourse-r6");
        var email = await first.CreateUserAsync(StaffRoles.Facilitator);
        // Signed in on each instance: the sign-in cookie of one is readable by the other (keys in the database).
        var staffOnFirst = await SignInAsync(first, email);
        var staffOnSecond = await SignInAsync(second, email);
        var clock = Stopwatch.StartNew();
        var screens = new List<(string Instance, ConvergingScreen Screen)>();
        for (var i = 0; i < ScreensPerInstance; i++)
        {
            screens.Add(("first", await ConvergingScreen.OpenAsync(first, ev.Slug, clock)));
            screens.Add(("second", await ConvergingScreen.OpenAsync(second, ev.Slug, clock)));
        }

        // Before the outage: a deal recorded on one instance reaches the screens of both, as a push.
        await WinwinApplication.AnnounceAsync(staffOnFirst, ev, "Avant la panne");
        await WaitUntilAsync(() => screens.All(s => s.Screen.LastSeq == 1), TimeSpan.FromSeconds(5));
        Assert.All(screens, s => Assert.Equal(1, s.Screen.Pushed));

        redis.Stop();
        var stoppedAt = clock.Elapsed;
        var duringOutage = 0;
        var slowestAnnounce = TimeSpan.Zero;
        while (clock.Elapsed - stoppedAt < Outage)
        {
            // Both instances keep recording: the write commits and the request answers at once, although nothing can be pushed.
            var staff = duringOutage % 2 == 0 ? staffOnFirst : staffOnSecond;
            var took = Stopwatch.StartNew();
            await WinwinApplication.AnnounceAsync(staff, ev, $"Pendant la panne {duringOutage + 1}");
            slowestAnnounce = took.Elapsed > slowestAnnounce ? took.Elapsed : slowestAnnounce;
            duringOutage++;
            await Task.Delay(TimeSpan.FromSeconds(1));
        }
        Assert.True(slowestAnnounce < TimeSpan.FromSeconds(3), $"An announcement took {slowestAnnounce.TotalMilliseconds:F0} ms while Redis was down.");

        await redis.StartAsync();
        var backAt = clock.Elapsed;
        // No further deal comes to reveal the gap: the screens must notice by themselves that they are behind.
        long lastSeq;
        await using (var db = await first.DbFactory.CreateDbContextAsync())
        {
            lastSeq = await db.Events.Where(e => e.Id == ev.Id).Select(e => e.LastSeq).SingleAsync();
        }
        Assert.Equal(duringOutage + 1, lastSeq);
        await WaitUntilAsync(() => screens.All(s => s.Screen.LastSeq == lastSeq), ConvergenceBound + TimeSpan.FromSeconds(20));

        var expected = Enumerable.Range(1, (int)lastSeq).Select(i => (long)i).ToList();
        foreach (var (instance, screen) in screens)
        {
            // Every deal once, in order, none missing: the database's feed exactly.
            Assert.Equal(expected, screen.Applied);
        }
        var convergedAfterReturn = screens.Max(s => s.Screen.LastAppliedAt) - backAt;
        Assert.True(convergedAfterReturn <= ConvergenceBound,
            $"Screens complete {convergedAfterReturn.TotalSeconds:F2} s after Redis returned (bound {ConvergenceBound.TotalSeconds:F0} s).");

        // And the backplane works again: the next deal, recorded on the second instance, reaches the first one's screens as a push.
        var pushedBefore = screens.Select(s => s.Screen.Pushed).ToList();
        await WinwinApplication.AnnounceAsync(staffOnSecond, ev, "Encore après la panne");
        await WaitUntilAsync(() => screens.All(s => s.Screen.LastSeq == lastSeq + 1), TimeSpan.FromSeconds(5));
        Assert.All(screens.Select((s, i) => s.Screen.Pushed - pushedBefore[i]), pushed => Assert.Equal(1, pushed));

        output.WriteLine(
            $"R6 pass: Redis down {(backAt - stoppedAt).TotalSeconds:F1} s; {duringOutage} deals announced meanwhile on both instances " +
            $"(slowest request {slowestAnnounce.TotalMilliseconds:F0} ms). {screens.Count} screens on 2 instances complete " +
            $"{convergedAfterReturn.TotalSeconds:F2} s after Redis returned (bound {ConvergenceBound.TotalSeconds:F0} s; " +
            $"negative = complete before the return). Entries caught up by resync per screen: " +
            $"{string.Join(", ", screens.Select(s => s.Screen.CaughtUp))}. The next deal reached all {screens.Count} screens as a push.");
    }

    private static async Task<HttpClient> SignInAsync(WinwinApplication app, string email)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = app.ClientOptions.BaseAddress, HandleCookies = true, AllowAutoRedirect = false });
        var response = await client.PostAsJsonAsync("/api/auth/login?useCookies=true", new { email, password = WinwinApplication.Password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return client;
    }

    private static async Task WaitUntilAsync(Func<bool> condition, TimeSpan timeout)
    {
        var deadline = Stopwatch.StartNew();
        while (!condition() && deadline.Elapsed < timeout)
        {
            await Task.Delay(50);
        }
    }
}
