using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Winwin.Data;
using Winwin.Live.Features.Live;

namespace Winwin.Live.Tests.Features.Live;

public class ScaleOutTests(RedisServer redis) : IClassFixture<RedisServer>
{
    [Fact]
    public async Task TwoInstancesWithRedis_DealAnnouncedOnOne_ReachesClientsOfTheOther()
    {
        var sharedDatabase = Path.Combine(Path.GetTempPath(), $"winwin-scale-{Guid.NewGuid():N}.db");
        await using var first = new WinwinApplication(sharedDatabase).WithSetting("ConnectionStrings:Redis", redis.ConnectionString);
        await using var second = new WinwinApplication(sharedDatabase).WithSetting("ConnectionStrings:Redis", redis.ConnectionString);
        var ev = await first.CreateEventAsync();
        var staff = await first.CreateClientAsync(StaffRoles.Facilitator);
        var phoneOnSecond = await second.ConnectLiveAsync();
        var phoneOnFirst = await first.ConnectLiveAsync();
        await phoneOnSecond.JoinAsync(ev.Slug);
        await phoneOnFirst.JoinAsync(ev.Slug);

        await WinwinApplication.AnnounceAsync(staff, ev);

        var onSecond = Assert.Single(await phoneOnSecond.WaitForAsync(1));
        var onFirst = Assert.Single(await phoneOnFirst.WaitForAsync(1));
        Assert.Equal(1, onSecond.Seq);
        Assert.Equal(onFirst.Payload.GetRawText(), onSecond.Payload.GetRawText());
    }

    [Fact]
    public async Task TwoInstancesWithRedis_CallMadeOnOne_StaffScreensOfTheOtherAreTold()
    {
        var sharedDatabase = Path.Combine(Path.GetTempPath(), $"winwin-scale-{Guid.NewGuid():N}.db");
        await using var first = new WinwinApplication(sharedDatabase).WithSetting("ConnectionStrings:Redis", redis.ConnectionString);
        await using var second = new WinwinApplication(sharedDatabase).WithSetting("ConnectionStrings:Redis", redis.ConnectionString);
        var ev = await first.CreateEventAsync();
        var told = new TaskCompletionSource<StaffChange>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var subscription = second.Services.GetRequiredService<StaffSignals>().Subscribe(ev.Id, change => told.TrySetResult(change));
        var deskOnSecond = await second.ConnectDeskAsync(await second.SignInCookieAsync(StaffRoles.Facilitator));
        await deskOnSecond.JoinDeskAsync(ev.Slug);

        (await first.CreateClient().PostAsJsonAsync($"/api/events/{ev.Slug}/calls", new { organizationId = ev.Organizations[0], device = Guid.NewGuid().ToString("N") })).EnsureSuccessStatusCode();

        // The control panel's calls panel on the other instance, and a browser desk connected there.
        var change = await told.Task.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(new StaffChange(ev.Id, StaffTopic.Calls), change);
        await deskOnSecond.WaitForSignalAsync(StaffTopic.Calls);
    }

    [Fact]
    public async Task TwoInstancesStartedBeforeRedis_RedisStarts_StaffScreensOfTheOtherAreTold()
    {
        await using var lateRedis = new RedisServer();
        var sharedDatabase = Path.Combine(Path.GetTempPath(), $"winwin-scale-{Guid.NewGuid():N}.db");
        await using var first = new WinwinApplication(sharedDatabase).WithSetting("ConnectionStrings:Redis", lateRedis.ConnectionString);
        await using var second = new WinwinApplication(sharedDatabase).WithSetting("ConnectionStrings:Redis", lateRedis.ConnectionString);
        var ev = await first.CreateEventAsync();
        _ = second.Services;

        await lateRedis.StartAsync();
        var told = new TaskCompletionSource<StaffChange>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var subscription = second.Services.GetRequiredService<StaffSignals>().Subscribe(ev.Id, change => told.TrySetResult(change));
        // Both connect on their own within a few seconds; until then a change reaches only its own instance's screens.
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!told.Task.IsCompleted && DateTime.UtcNow < deadline)
        {
            await first.Services.GetRequiredService<StaffSignals>().PublishAsync([new StaffChange(ev.Id, StaffTopic.Calls)]);
            await Task.WhenAny(told.Task, Task.Delay(500));
        }

        Assert.Equal(new StaffChange(ev.Id, StaffTopic.Calls), await told.Task.WaitAsync(TimeSpan.FromSeconds(1)));
    }
}
