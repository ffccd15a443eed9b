using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Winwin.Data;
using Winwin.Live.Features.Commands;
using Winwin.Live.Features.Live;
using Winwin.Live.Features.Messages;

namespace Winwin.Live.Tests.Features.Messages;

public partial class MessageServiceTests
{
    private static readonly StaffActor Fatima = new("staff-fatima", "Fatima Facilitatrice");

    private static MessageService Messages(WinwinApplication app) => app.Services.GetRequiredService<MessageService>();

    private static async Task<SnapshotDto> SnapshotAsync(WinwinApplication app, TestEvent ev) =>
        (await app.Services.GetRequiredService<LiveQueries>().GetSnapshotAsync(ev.Slug))!;

    private static async Task<int> FeedCountAsync(WinwinApplication app)
    {
        await using var db = await app.DbFactory.CreateDbContextAsync();
        return await db.ChangeFeed.CountAsync();
    }

    /// <summary>The banner of a server-rendered page: its opening tag and its items, as the browser would read them.</summary>
    private static async Task<(string Tag, string Items)> BannerAsync(WinwinApplication app, string path)
    {
        var html = await app.CreateClient().GetStringAsync(path);
        var match = BannerPattern().Match(html);
        Assert.True(match.Success, $"No message banner in {path}");
        return (match.Groups["tag"].Value, match.Groups["items"].Value);
    }

    [GeneratedRegex("""(?<tag><section id="messages"[^>]*>)\s*<ul class="message-list"[^>]*>(?<items>.*?)</ul>""", RegexOptions.Singleline)]
    private static partial Regex BannerPattern();

    [Fact]
    public async Task PostAsync_Text_PushedAsMessagePostedWithNextSeqAndInSnapshotAndPages()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var live = await app.ConnectLiveAsync();
        var joined = await live.JoinAsync(ev.Slug);
        var before = DateTime.UtcNow;

        var result = await Messages(app).PostAsync(ev.Slug, "  Plus que 15 minutes !  ", Fatima);

        Assert.True(result.Succeeded);
        var entry = Assert.Single(await live.WaitForAsync(1));
        Assert.Equal(joined.Seq + 1, entry.Seq);
        Assert.Equal(FeedTypes.MessagePosted, entry.Type);
        Assert.Equal(result.Value!.Id, entry.Payload.GetProperty("id").GetInt32());
        Assert.Equal("Plus que 15 minutes !", entry.Payload.GetProperty("text").GetString());
        Assert.InRange(entry.Payload.GetProperty("at").GetDateTime(), before.AddSeconds(-1), DateTime.UtcNow.AddSeconds(1));
        // A screen that joins now gets it in its snapshot.
        var latecomer = await app.ConnectLiveAsync();
        var snapshot = (await latecomer.JoinAsync(ev.Slug)).Snapshot!;
        Assert.Equal(entry.Seq, snapshot.Seq);
        Assert.Equal(result.Value, Assert.Single(snapshot.Messages));
        // The pages show it before any script runs.
        foreach (var path in new[] { $"/e/{ev.Slug}/board", $"/e/{ev.Slug}" })
        {
            var (tag, items) = await BannerAsync(app, path);
            Assert.DoesNotContain("hidden", tag);
            Assert.Contains($"data-id=\"{result.Value.Id}\"", items);
            Assert.Contains("Plus que 15 minutes !", WebUtility.HtmlDecode(items));
        }
    }

    [Fact]
    public async Task Pages_NoMessage_BannerHidden()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();

        foreach (var path in new[] { $"/e/{ev.Slug}/board", $"/e/{ev.Slug}" })
        {
            var (tag, items) = await BannerAsync(app, path);
            Assert.Contains("hidden", tag);
            Assert.DoesNotContain("<li", items);
        }
        Assert.Empty((await SnapshotAsync(app, ev)).Messages);
    }

    [Fact]
    public async Task PostAsync_ByFacilitator_PublicPayloadSnapshotAndPagesNameNoAuthor()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var live = await app.ConnectLiveAsync();
        await live.JoinAsync(ev.Slug);

        var result = await Messages(app).PostAsync(ev.Slug, "Dernier appel : annoncez vos accords aux facilitateurs.", Fatima);

        Assert.True(result.Succeeded);
        var entry = Assert.Single(await live.WaitForAsync(1));
        Assert.Equal(["at", "id", "text"], entry.Payload.EnumerateObject().Select(p => p.Name).Order());
        var publicViews = new[]
        {
            entry.Payload.GetRawText(),
            await app.CreateClient().GetStringAsync($"/api/events/{ev.Slug}/snapshot"),
            await app.CreateClient().GetStringAsync($"/e/{ev.Slug}/board"),
            await app.CreateClient().GetStringAsync($"/e/{ev.Slug}"),
        };
        Assert.All(publicViews, view =>
        {
            Assert.Contains("Dernier appel", view);
            Assert.DoesNotContain("Fatima", view);
            Assert.DoesNotContain(Fatima.UserId, view);
        });
        // Staff still see who posted it.
        var staffView = Assert.Single(await app.Services.GetRequiredService<MessageQueries>().ActiveAsync(ev.Id));
        Assert.Equal("Fatima Facilitatrice", staffView.CreatedBy);
    }

    [Fact]
    public async Task RemoveAsync_ActiveMessage_PushedAsMessageRemovedAndLeavesSnapshotAndPages()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var live = await app.ConnectLiveAsync();
        await live.JoinAsync(ev.Slug);
        var posted = (await Messages(app).PostAsync(ev.Slug, "Last call for the deals!", Fatima)).Value!;

        var result = await Messages(app).RemoveAsync(ev.Slug, posted.Id, Fatima);

        Assert.True(result.Succeeded);
        var entries = await live.WaitForAsync(2);
        Assert.Equal(FeedTypes.MessageRemoved, entries[1].Type);
        Assert.Equal(entries[0].Seq + 1, entries[1].Seq);
        Assert.Equal(posted.Id, entries[1].Payload.GetProperty("id").GetInt32());
        Assert.Empty((await SnapshotAsync(app, ev)).Messages);
        Assert.Empty(await app.Services.GetRequiredService<MessageQueries>().ActiveAsync(ev.Id));
        var (tag, items) = await BannerAsync(app, $"/e/{ev.Slug}/board");
        Assert.Contains("hidden", tag);
        Assert.DoesNotContain("Last call", items);
        // Kept for the record.
        await using var db = await app.DbFactory.CreateDbContextAsync();
        Assert.NotNull((await db.Messages.SingleAsync(m => m.Id == posted.Id)).RemovedAt);
    }

    [Fact]
    public async Task PostAsync_FourthMessage_OldestTakenDownFirstAndThreeRemainNewestFirst()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var messages = Messages(app);
        var first = (await messages.PostAsync(ev.Slug, "Bienvenue à la bourse !", Fatima)).Value!;
        var second = (await messages.PostAsync(ev.Slug, "Le bar est ouvert.", Fatima)).Value!;
        var third = (await messages.PostAsync(ev.Slug, "Plus que 30 minutes !", Fatima)).Value!;
        var live = await app.ConnectLiveAsync();
        var joined = await live.JoinAsync(ev.Slug);
        Assert.Equal([third.Id, second.Id, first.Id], joined.Snapshot!.Messages.Select(m => m.Id));

        var fourth = await messages.PostAsync(ev.Slug, "Plus que 15 minutes !", Fatima);

        Assert.True(fourth.Succeeded);
        var entries = await live.WaitForAsync(2);
        // The oldest leaves before the new one arrives: no screen ever shows four.
        Assert.Equal(
            [(joined.Seq + 1, FeedTypes.MessageRemoved, first.Id), (joined.Seq + 2, FeedTypes.MessagePosted, fourth.Value!.Id)],
            entries.Select(e => (e.Seq, e.Type, e.Payload.GetProperty("id").GetInt32())));
        Assert.Equal([fourth.Value.Id, third.Id, second.Id], (await SnapshotAsync(app, ev)).Messages.Select(m => m.Id));
        await using var db = await app.DbFactory.CreateDbContextAsync();
        Assert.Equal(3, await db.Messages.CountAsync(m => m.EventId == ev.Id && m.RemovedAt == null));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public async Task PostAsync_NoText_RefusedAsRequiredAndNothingWritten(string? text)
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var live = await app.ConnectLiveAsync();
        await live.JoinAsync(ev.Slug);

        var result = await Messages(app).PostAsync(ev.Slug, text, Fatima);

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Errors);
        Assert.Equal((DomainErrors.Required, "text"), (error.Code, error.Field));
        await AssertNothingWrittenAsync(app, live);
    }

    [Fact]
    public async Task PostAsync_141Characters_RefusedAsTooLongAndNothingWritten()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var live = await app.ConnectLiveAsync();
        await live.JoinAsync(ev.Slug);

        var result = await Messages(app).PostAsync(ev.Slug, new string('a', BoardMessage.TextMaxLength + 1), Fatima);

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Errors);
        Assert.Equal((DomainErrors.TooLong, "140", "text"), (error.Code, error.Argument, error.Field));
        await AssertNothingWrittenAsync(app, live);
        // 140 is still fine.
        Assert.True((await Messages(app).PostAsync(ev.Slug, new string('a', BoardMessage.TextMaxLength), Fatima)).Succeeded);
    }

    [Fact]
    public async Task PostAsync_TextAboutMoney_AcceptedBecauseMessagesExchangeNothing()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();

        var result = await Messages(app).PostAsync(ev.Slug, "Le drink est offert, la tombola rapporte 500 € aux associations !", Fatima);

        Assert.True(result.Succeeded);
    }

    [Fact]
    public async Task RemoveAsync_MessageOfAnotherEvent_NotFoundAndStillShownThere()
    {
        await using var app = new WinwinApplication();
        var namur = await app.CreateEventAsync("namur");
        var dinant = await app.CreateEventAsync("dinant");
        var posted = (await Messages(app).PostAsync(dinant.Slug, "Plus que 15 minutes !", Fatima)).Value!;
        var feedBefore = await FeedCountAsync(app);

        var result = await Messages(app).RemoveAsync(namur.Slug, posted.Id, Fatima);

        Assert.True(result.IsNotFound);
        Assert.Equal(feedBefore, await FeedCountAsync(app));
        Assert.Equal(posted, Assert.Single((await SnapshotAsync(app, dinant)).Messages));
    }

    [Fact]
    public async Task RemoveAsync_AlreadyRemoved_NotFoundAndNoSecondEntry()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var posted = (await Messages(app).PostAsync(ev.Slug, "Plus que 15 minutes !", Fatima)).Value!;
        Assert.True((await Messages(app).RemoveAsync(ev.Slug, posted.Id, Fatima)).Succeeded);
        var feedBefore = await FeedCountAsync(app);

        var again = await Messages(app).RemoveAsync(ev.Slug, posted.Id, Fatima);

        Assert.True(again.IsNotFound);
        Assert.Equal(feedBefore, await FeedCountAsync(app));
    }

    [Fact]
    public async Task PostAsync_MarkupInText_ShownAsTextOnBoardAndPhone()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        const string markup = "<img src=x onerror=alert(1)>";

        var result = await Messages(app).PostAsync(ev.Slug, markup, Fatima);

        Assert.True(result.Succeeded);
        foreach (var path in new[] { $"/e/{ev.Slug}/board", $"/e/{ev.Slug}" })
        {
            var html = await app.CreateClient().GetStringAsync(path);
            Assert.DoesNotContain("<img src=x", html, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("&lt;img", html);
            Assert.Contains(markup, WebUtility.HtmlDecode((await BannerAsync(app, path)).Items));
        }
    }

    private static async Task AssertNothingWrittenAsync(WinwinApplication app, LiveTestClient live)
    {
        await using var db = await app.DbFactory.CreateDbContextAsync();
        Assert.Equal(0, await db.Messages.CountAsync());
        Assert.Equal(0, await db.ChangeFeed.CountAsync());
        await Task.Delay(200);
        Assert.Empty(live.Received);
    }
}
