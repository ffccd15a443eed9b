using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Winwin.Data;
using Winwin.Live.Features.Deals;
using Winwin.Live.Features.Live;
using Xunit.Abstractions;

namespace Winwin.Live.Tests.Features.Security;

/// <summary>S6 (floods are refused, others unaffected) and S7 (oversized input refused clearly, memory stable).</summary>
public class LimitsTests(ITestOutputHelper output)
{
    [Fact]
    public async Task PublicSnapshot_FloodFromOneAddress_429WhileAnotherAddressIsServed()
    {
        await using var app = new WinwinApplication().WithSetting("Winwin:RateLimits:PublicPerMinute", "5");
        var ev = await app.CreateEventAsync();
        var client = app.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 8; i++)
        {
            using var flood = new HttpRequestMessage(HttpMethod.Get, $"/api/events/{ev.Slug}/snapshot");
            flood.Headers.Add(WinwinApplication.ClientAddressHeader, "203.0.113.7");
            statuses.Add((await client.SendAsync(flood)).StatusCode);
        }
        using var other = new HttpRequestMessage(HttpMethod.Get, $"/api/events/{ev.Slug}/snapshot");
        other.Headers.Add(WinwinApplication.ClientAddressHeader, "198.51.100.20");
        var otherStatus = (await client.SendAsync(other)).StatusCode;

        Assert.Equal(5, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(3, statuses.Count(s => s == HttpStatusCode.TooManyRequests));
        Assert.Equal(HttpStatusCode.OK, otherStatus);
    }

    [Fact]
    public async Task HubCalls_FloodOnOneConnection_RefusedInFrenchWhileAnotherConnectionJoins()
    {
        await using var app = new WinwinApplication().WithSetting("Winwin:RateLimits:HubCallsPer10Seconds", "10");
        var ev = await app.CreateEventAsync();
        var flooder = await app.ConnectLiveAsync();
        var phone = await app.ConnectLiveAsync();

        var refused = new List<string>();
        var served = 0;
        for (var i = 0; i < 30; i++)
        {
            try
            {
                await flooder.JoinAsync(ev.Slug);
                served++;
            }
            catch (HubException ex)
            {
                refused.Add(ex.Message);
            }
        }
        var joined = await phone.JoinAsync(ev.Slug);

        Assert.Equal(10, served);
        Assert.Equal(20, refused.Count);
        Assert.Contains("Trop de demandes", refused[0], StringComparison.Ordinal);
        Assert.NotNull(joined.Snapshot);
        // The flooding connection itself stays connected: it is only refused until its budget refills.
        Assert.Equal(HubConnectionState.Connected, flooder.Connection.State);
    }

    [Fact]
    public async Task HubMessage_Oversized_ConnectionClosedServerKeepsServingAndMemoryStable()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var huge = new string('x', 64 * 1024);

        // Warm up, then measure the server's managed memory around 100 oversized messages.
        await (await app.ConnectLiveAsync()).JoinAsync(ev.Slug);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var closedWithError = 0;
        for (var i = 0; i < 100; i++)
        {
            var client = await app.ConnectLiveAsync();
            var closed = new TaskCompletionSource<Exception?>(TaskCreationOptions.RunContinuationsAsynchronously);
            client.Connection.Closed += ex =>
            {
                closed.TrySetResult(ex);
                return Task.CompletedTask;
            };
            var call = client.JoinAsync(huge);
            await Assert.ThrowsAnyAsync<Exception>(() => call);
            if (await closed.Task.WaitAsync(TimeSpan.FromSeconds(5)) is not null)
            {
                closedWithError++;
            }
        }
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var after = GC.GetTotalMemory(forceFullCollection: true);
        var joined = await (await app.ConnectLiveAsync()).JoinAsync(ev.Slug);

        output.WriteLine($"100 messages of 64 KB: closed with an error {closedWithError}, managed memory {before / 1024.0 / 1024:F1} MB → {after / 1024.0 / 1024:F1} MB");
        Assert.Equal(100, closedWithError);
        Assert.NotNull(joined.Snapshot);
        // 100 × 64 KB = 6.4 MB would have been read had the messages been buffered; a generous bound for noise.
        Assert.True(after - before < 20 * 1024 * 1024, $"managed memory grew by {(after - before) / 1024 / 1024} MB");
    }

    [Fact]
    public async Task AnnounceDeal_OversizedField_RefusedWithClearFrenchErrorAndNothingSaved()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var staff = await app.CreateClientAsync(StaffRoles.Facilitator);
        var command = new AnnounceDealCommand(Guid.NewGuid(),
            [new AnnounceDealParty(ev.Organizations[0], new string('a', 50_000)), new AnnounceDealParty(ev.Organizations[1], "Une animation")], [], null);

        var response = await staff.PostAsJsonAsync($"/api/events/{ev.Slug}/deals", command, LiveJson.Options);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("300", body, StringComparison.Ordinal);
        await using var db = await app.DbFactory.CreateDbContextAsync();
        Assert.Equal(0, await db.Deals.CountAsync());
    }
}
