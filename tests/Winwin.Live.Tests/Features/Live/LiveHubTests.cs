using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Winwin.Data;
using Winwin.Live.Features.Live;
using Winwin.Live.Features.Security;

namespace Winwin.Live.Tests.Features.Live;

public class LiveHubTests
{
    [Fact]
    public async Task DealPostedThroughApi_ReachesLiveClient_WithNextSeqAndCounters()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var staff = await app.CreateClientAsync(StaffRoles.Facilitator);
        var live = await app.ConnectLiveAsync();
        var joined = await live.JoinAsync(ev.Slug);

        var deal = await WinwinApplication.AnnounceAsync(staff, ev);

        var entry = Assert.Single(await live.WaitForAsync(1));
        Assert.Equal(joined.Seq + 1, entry.Seq);
        Assert.Equal(FeedTypes.DealAnnounced, entry.Type);
        Assert.Equal(deal.Number, entry.Payload.GetProperty("number").GetInt32());
        Assert.Equal(1, entry.Counters.Deals);
        Assert.Equal(1, entry.Counters.WinWinDeals);
    }

    [Fact]
    public async Task JoinEvent_WithOldSeq_ReturnsExactlyTheMissedEntries()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var staff = await app.CreateClientAsync(StaffRoles.Facilitator);
        for (var i = 0; i < 5; i++)
        {
            await WinwinApplication.AnnounceAsync(staff, ev, $"Don {i}");
        }
        var live = await app.ConnectLiveAsync();

        var result = await live.JoinAsync(ev.Slug, lastSeq: 2);

        Assert.Null(result.Snapshot);
        Assert.Equal(5, result.Seq);
        Assert.Equal([3L, 4L, 5L], result.Entries.Select(e => e.Seq));
        Assert.Equal([3, 4, 5], result.Entries.Select(e => e.Payload.GetProperty("number").GetInt32()));
        Assert.Equal(5, result.Entries[^1].Counters.Deals);
    }

    [Fact]
    public async Task JoinEvent_UpToDate_ReturnsNothing()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var staff = await app.CreateClientAsync(StaffRoles.Facilitator);
        await WinwinApplication.AnnounceAsync(staff, ev);
        var live = await app.ConnectLiveAsync();

        var result = await live.JoinAsync(ev.Slug, lastSeq: 1);

        Assert.Null(result.Snapshot);
        Assert.Empty(result.Entries);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(99L)]
    public async Task JoinEvent_NewOrAheadOfDatabase_ReturnsSnapshot(long? lastSeq)
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var staff = await app.CreateClientAsync(StaffRoles.Facilitator);
        await WinwinApplication.AnnounceAsync(staff, ev);
        var live = await app.ConnectLiveAsync();

        var result = await live.JoinAsync(ev.Slug, lastSeq);

        Assert.NotNull(result.Snapshot);
        Assert.Equal(1, result.Snapshot.Seq);
        Assert.Equal(1, result.Snapshot.Counters.Deals);
        Assert.Equal(4, result.Snapshot.Counters.Organizations);
        Assert.Equal(2, result.Snapshot.Counters.OpenRequests);
        Assert.Single(result.Snapshot.Deals);
    }

    [Fact]
    public async Task JoinEvent_Phone_SnapshotCarriesTheFeedButNotTheDirectory()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var staff = await app.CreateClientAsync(StaffRoles.Facilitator);
        await WinwinApplication.AnnounceAsync(staff, ev);

        var phone = (await (await app.ConnectLiveAsync()).JoinAsAsync(ev.Slug, null, LiveHub.Screens.Phone)).Snapshot!;
        var board = (await (await app.ConnectLiveAsync()).JoinAsAsync(ev.Slug, null, LiveHub.Screens.Board)).Snapshot!;

        // A phone pages through the listings and organisations; resyncing hundreds of phones must not send them all each time.
        Assert.Single(phone.Deals);
        Assert.Equal(2, phone.Counters.OpenRequests);
        Assert.Empty(phone.Listings);
        Assert.Empty(phone.Organizations);
        Assert.Equal(3, board.Listings.Count);
        Assert.Equal(4, board.Organizations.Count);
    }

    [Theory]
    [InlineData("nowhere")]
    [InlineData("../etc")]
    public async Task JoinEvent_UnknownOrMalformedEvent_Refused(string slug)
    {
        await using var app = new WinwinApplication();
        await app.CreateEventAsync();
        var live = await app.ConnectLiveAsync();

        await Assert.ThrowsAsync<HubException>(() => live.JoinAsync(slug));
    }

    [Fact]
    public async Task JoinEventAs_PhonesAndABoard_BoardToldHowManyPhonesFollow()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var board = await app.ConnectLiveAsync();
        var phones = new[] { await app.ConnectLiveAsync(), await app.ConnectLiveAsync(), await app.ConnectLiveAsync() };
        var told = new TaskCompletionSource<int>();
        var toldPhones = 0;
        phones[0].Connection.On<int>(nameof(ILiveClient.Audience), _ => Interlocked.Increment(ref toldPhones));
        board.Connection.On<int>(nameof(ILiveClient.Audience), n =>
        {
            if (n == 2)
            {
                told.TrySetResult(n);
            }
        });

        await board.Connection.InvokeAsync<JoinResult>(nameof(LiveHub.JoinEventAs), ev.Slug, null, LiveHub.Screens.Board);
        foreach (var phone in phones)
        {
            await phone.JoinAsync(ev.Slug);
        }
        await phones[2].Connection.StopAsync();

        // Pushed at most every few seconds, once the count has settled: 3 phones joined, 1 left, the board is not a phone.
        Assert.Equal(2, await told.Task.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal(2, app.Services.GetRequiredService<LiveAudience>().Phones(ev.Id));
        // Phones do not show the audience: they are not sent it.
        Assert.Equal(0, toldPhones);
    }

    [Fact]
    public async Task JoinPhone_OneBrowserWithSeveralConnections_BoardCountsItOnce()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var board = await BoardAsync(app, ev.Slug);
        const string browser = "0f1e2d3c4b5a69788796a5b4c3d2e1f0";

        // Three tabs and two reconnections of one phone, and one other phone behind the same venue address.
        for (var i = 0; i < 5; i++)
        {
            await (await app.ConnectLiveAsync("198.51.100.20")).JoinPhoneAsync(ev.Slug, browser);
        }
        await (await app.ConnectLiveAsync("198.51.100.20")).JoinPhoneAsync(ev.Slug, "a0b1c2d3e4f5061728394a5b6c7d8e9f");

        Assert.Equal(2, await board.WaitForAudienceAsync(2));
    }

    [Fact]
    public async Task JoinPhone_ThousandsOfInventedBrowsersFromOneAddress_CountedUpToTheLimitPerAddress()
    {
        await using var app = new WinwinApplication().WithSetting(LiveAudience.PhonesPerAddressKey, "10");
        var ev = await app.CreateEventAsync();
        var board = await BoardAsync(app, ev.Slug);

        // A script inventing a browser for each connection, and old clients that give none: one address all the same.
        for (var i = 0; i < 25; i++)
        {
            await (await app.ConnectLiveAsync("203.0.113.7")).JoinPhoneAsync(ev.Slug, Guid.NewGuid().ToString("N"));
        }
        for (var i = 0; i < 5; i++)
        {
            await (await app.ConnectLiveAsync("203.0.113.7")).JoinAsync(ev.Slug);
        }
        await (await app.ConnectLiveAsync("198.51.100.1")).JoinPhoneAsync(ev.Slug, Guid.NewGuid().ToString("N"));
        await (await app.ConnectLiveAsync("198.51.100.2")).JoinPhoneAsync(ev.Slug, Guid.NewGuid().ToString("N"));

        // 10 phones at most per address (as set), and the two other visitors.
        Assert.Equal(12, await board.WaitForAudienceAsync(12));
    }

    [Theory]
    [InlineData("")]
    [InlineData("0123456789abcde")]
    [InlineData("0123456789abcdef 0123456789abcdef")]
    [InlineData("<script>alert(1)</script>aaaaaaaa")]
    [InlineData("00000000000000000000000000000000000000000000000000000000000000000")]
    public async Task JoinPhone_MalformedDeviceId_RefusedAndNotCounted(string device)
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var live = await app.ConnectLiveAsync();

        var refused = await Assert.ThrowsAsync<HubException>(() => live.JoinPhoneAsync(ev.Slug, device));

        Assert.Contains("invalide", refused.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, app.Services.GetRequiredService<LiveAudience>().Phones(ev.Id));
    }

    private sealed class Board(LiveTestClient client)
    {
        private int _audience = -1;
        private readonly SemaphoreSlim _told = new(0);

        public LiveTestClient Client { get; } = client;

        public void Told(int phones)
        {
            Volatile.Write(ref _audience, phones);
            _told.Release();
        }

        /// <summary>Waits (10 s at most: the board is told every few seconds) until the board shows <paramref name="phones"/>; returns what it shows.</summary>
        public async Task<int> WaitForAudienceAsync(int phones)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            try
            {
                while (Volatile.Read(ref _audience) != phones)
                {
                    await _told.WaitAsync(timeout.Token);
                }
            }
            catch (OperationCanceledException)
            {
            }
            return Volatile.Read(ref _audience);
        }
    }

    private static async Task<Board> BoardAsync(WinwinApplication app, string slug)
    {
        var board = new Board(await app.ConnectLiveAsync("192.0.2.1"));
        board.Client.Connection.On<int>(nameof(ILiveClient.Audience), board.Told);
        await board.Client.JoinAsAsync(slug, null, LiveHub.Screens.Board);
        return board;
    }

    [Theory]
    [InlineData("projector")]
    [InlineData("")]
    public async Task JoinEventAs_UnknownScreen_Refused(string screen)
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var live = await app.ConnectLiveAsync();

        await Assert.ThrowsAsync<HubException>(() => live.Connection.InvokeAsync<JoinResult>(nameof(LiveHub.JoinEventAs), ev.Slug, null, screen));
    }

    [Fact]
    public void LiveHub_EveryMethod_IsPublicReadOrRequiresARole()
    {
        var methods = typeof(LiveHub).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => !m.IsSpecialName && m.GetBaseDefinition().DeclaringType == typeof(LiveHub));

        Assert.All(methods, m => Assert.True(
            m.GetCustomAttribute<PublicReadAttribute>() is not null || m.GetCustomAttribute<AuthorizeAttribute>() is not null,
            $"{m.Name} is neither [PublicRead] nor [Authorize]"));
        Assert.Contains(methods, m => m.Name == nameof(LiveHub.JoinEvent));
    }

    [Fact]
    public async Task PublicSurfaces_AfterDeals_CarryNoContactData()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        // Agreed to be named in the results: its name is published there, its contact never.
        await app.SetOrganizationAsync(ev.Organizations[0], o => o.ShowInReport = true);
        var staff = await app.CreateClientAsync(StaffRoles.Facilitator);
        var live = await app.ConnectLiveAsync();
        await live.JoinAsync(ev.Slug);
        await WinwinApplication.AnnounceAsync(staff, ev);
        await WinwinApplication.AnnounceAsync(staff, ev, "Un local");
        var anonymous = app.CreateClient();

        var captured = new List<string>
        {
            JsonSerializer.Serialize(await live.WaitForAsync(2), LiveJson.Options),
            JsonSerializer.Serialize(await live.JoinAsync(ev.Slug), LiveJson.Options),
            JsonSerializer.Serialize(await live.JoinAsync(ev.Slug, 0), LiveJson.Options),
            await anonymous.GetStringAsync($"/api/events/{ev.Slug}/snapshot"),
            await anonymous.GetStringAsync($"/e/{ev.Slug}"),
            await anonymous.GetStringAsync($"/e/{ev.Slug}/board"),
            await anonymous.GetStringAsync($"/e/{ev.Slug}/participants"),
            await anonymous.GetStringAsync($"/e/{ev.Slug}/participants/{ev.Organizations[0]}"),
            await anonymous.GetStringAsync($"/api/events/{ev.Slug}/find?kind=participants"),
            await anonymous.GetStringAsync($"/api/events/{ev.Slug}/find?kind=offers"),
            await anonymous.GetStringAsync($"/e/{ev.Slug}/results"),
        };
        var card = await anonymous.GetStringAsync($"/e/{ev.Slug}/results.svg");
        Assert.All(ev.ContactData, secret => Assert.DoesNotContain(secret, card, StringComparison.OrdinalIgnoreCase));

        Assert.All(captured, text => Assert.Contains("Imprimerie Gilson", text));
        foreach (var secret in ev.ContactData)
        {
            Assert.All(captured, text => Assert.DoesNotContain(secret, text, StringComparison.OrdinalIgnoreCase));
        }
        Assert.All(captured, text => Assert.DoesNotContain("@", text.Replace("@microsoft", "", StringComparison.Ordinal), StringComparison.Ordinal));
    }
}
