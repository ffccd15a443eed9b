using Winwin.Data;

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
}
