using System.Diagnostics;
using Microsoft.AspNetCore.SignalR.Client;
using Winwin.Data;
using Winwin.Live.Features.Live;
using Xunit.Abstractions;

namespace Winwin.Live.Tests.Features.Live;

/// <summary>R1: every connected screen gets every deal, once and in order.</summary>
public class FanOutTests(ITestOutputHelper output)
{
    private const int Clients = 200;
    private const int Deals = 100;

    [Fact]
    public async Task TwoHundredClients_HundredDealsAnnounced_EachClientHasAllInSeqOrderNoneTwice()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync("bourse-fan-out");
        var staff = await app.CreateClientAsync(StaffRoles.Facilitator);
        var clock = new Stopwatch();
        var screens = new List<Screen>(Clients);
        // Connect and join 20 at a time: 200 handshakes at once would measure the handshake, not the fan-out.
        foreach (var batch in Enumerable.Range(0, Clients).Chunk(20))
        {
            screens.AddRange(await Task.WhenAll(batch.Select(async _ =>
            {
                var live = await app.ConnectLiveAsync();
                var screen = new Screen(live, clock);
                var joined = await live.JoinAsync(ev.Slug);
                Assert.Equal(0, joined.Seq);
                return screen;
            })));
        }

        clock.Start();
        // One after the other, as a desk does: concurrent writers commit in Seq order but may broadcast out of it,
        // which real screens repair by resync and these bare clients would not.
        for (var i = 1; i <= Deals; i++)
        {
            await WinwinApplication.AnnounceAsync(staff, ev, $"Don {i}");
        }
        var lastAnnounced = clock.Elapsed;
        var all = Task.WhenAll(screens.Select(s => s.Complete));
        await Task.WhenAny(all, Task.Delay(TimeSpan.FromSeconds(60)));
        clock.Stop();

        var incomplete = screens.Count(s => !s.Complete.IsCompleted);
        Assert.True(incomplete == 0,
            $"{incomplete} of {Clients} clients did not get {Deals} changes within 60 s; fewest: {screens.Min(s => s.Live.Received.Count)}.");
        var expectedSeqs = Enumerable.Range(1, Deals).Select(i => (long)i).ToList();
        var expectedNumbers = Enumerable.Range(1, Deals).ToList();
        foreach (var screen in screens)
        {
            var received = screen.Live.Received;
            Assert.All(received, e => Assert.Equal(FeedTypes.DealAnnounced, e.Type));
            // Exactly 1..100, in that order: nothing missing, nothing twice, nothing swapped.
            Assert.Equal(expectedSeqs, received.Select(e => e.Seq));
            Assert.Equal(expectedNumbers, received.Select(e => e.Payload.GetProperty("number").GetInt32()));
            Assert.Equal(Deals, received[^1].Counters.Deals);
        }
        var slowest = screens.Max(s => s.Complete.Result);
        var median = screens.Select(s => s.Complete.Result).Order().ElementAt(Clients / 2);
        output.WriteLine(
            $"R1 pass: {Clients} clients x {Deals} deals, every client all {Deals} in Seq order, none twice. " +
            $"Announcing took {lastAnnounced.TotalSeconds:F2} s; all clients complete after {clock.Elapsed.TotalSeconds:F2} s; " +
            $"slowest client complete at {slowest.TotalSeconds:F2} s (median {median.TotalSeconds:F2} s), " +
            $"{(slowest - lastAnnounced).TotalMilliseconds:F0} ms after the last announcement returned.");
    }

    /// <summary>A connected client and the moment it received its last expected change.</summary>
    private sealed class Screen
    {
        private readonly TaskCompletionSource<TimeSpan> _complete = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _count;

        public Screen(LiveTestClient live, Stopwatch clock)
        {
            Live = live;
            // A second handler next to the recording one: SignalR calls both for each push.
            live.Connection.On<FeedEntryDto>(nameof(ILiveClient.Change), _ =>
            {
                if (Interlocked.Increment(ref _count) == Deals)
                {
                    _complete.TrySetResult(clock.Elapsed);
                }
            });
        }

        public LiveTestClient Live { get; }

        public Task<TimeSpan> Complete => _complete.Task;
    }
}
