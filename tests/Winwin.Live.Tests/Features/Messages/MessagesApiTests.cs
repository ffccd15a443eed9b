using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Winwin.Data;
using Winwin.Live.Features.Live;
using Winwin.Live.Features.Messages;

namespace Winwin.Live.Tests.Features.Messages;

/// <summary>Messages to the room from a script: <c>/api/events/{slug}/messages</c>, through the same service as the panel.</summary>
public class MessagesApiTests
{
    private static async Task<MessageDto> PostAsync(HttpClient staff, TestEvent ev, string text)
    {
        var response = await staff.PostAsJsonAsync($"/api/events/{ev.Slug}/messages", new MessagesApi.MessageInput(text), LiveJson.Options);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<MessageDto>(LiveJson.Options))!;
    }

    private static async Task<IReadOnlyList<StaffMessage>> ListAsync(HttpClient staff, TestEvent ev) =>
        (await staff.GetFromJsonAsync<IReadOnlyList<StaffMessage>>($"/api/events/{ev.Slug}/messages", LiveJson.Options))!;

    [Fact]
    public async Task PostMessage_Facilitator_OnTheBoardLiveAndServedInTheListWithFeedAndAuditLine()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var board = await app.ConnectLiveAsync();
        var joined = await board.JoinAsAsync(ev.Slug, null, "board");
        var staff = await app.CreateClientAsync(StaffRoles.Facilitator);

        var posted = await PostAsync(staff, ev, "  Plus que 15 minutes !  ");

        var entry = Assert.Single(await board.WaitForAsync(1));
        Assert.Equal(FeedTypes.MessagePosted, entry.Type);
        Assert.Equal(joined.Seq + 1, entry.Seq);
        Assert.Equal(posted.Id, entry.Payload.GetProperty("id").GetInt32());
        Assert.Equal("Plus que 15 minutes !", entry.Payload.GetProperty("text").GetString());
        Assert.Contains("Plus que 15 minutes !", WebUtility.HtmlDecode(await app.CreateClient().GetStringAsync($"/e/{ev.Slug}/board")));
        var listed = Assert.Single(await ListAsync(staff, ev));
        Assert.Equal((posted.Id, "Plus que 15 minutes !"), (listed.Id, listed.Text));
        Assert.StartsWith("Staff", listed.CreatedBy);
        await using var db = await app.DbFactory.CreateDbContextAsync();
        var audit = await db.Audit.SingleAsync(a => a.Action == "message.posted");
        Assert.Equal(listed.CreatedBy, audit.ActorName);
        Assert.Equal(FeedTypes.MessagePosted, (await db.ChangeFeed.SingleAsync()).Type);
    }

    [Fact]
    public async Task PostMessage_FourthMessage_OldestTakenDownAsFromThePanel()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var staff = await app.CreateClientAsync(StaffRoles.Coordinator);

        var first = await PostAsync(staff, ev, "Un");
        foreach (var text in new[] { "Deux", "Trois", "Quatre" })
        {
            await PostAsync(staff, ev, text);
        }

        var listed = await ListAsync(staff, ev);
        Assert.Equal(["Quatre", "Trois", "Deux"], listed.Select(m => m.Text));
        Assert.DoesNotContain(first.Id, listed.Select(m => m.Id));
    }

    [Fact]
    public async Task RemoveMessage_Active_OffTheBoardAndTheListThenNotFound()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var staff = await app.CreateClientAsync(StaffRoles.Facilitator);
        var posted = await PostAsync(staff, ev, "Le buffet est ouvert");
        var board = await app.ConnectLiveAsync();
        await board.JoinAsAsync(ev.Slug, null, "board");

        var removed = await staff.DeleteAsync($"/api/events/{ev.Slug}/messages/{posted.Id}");
        var again = await staff.DeleteAsync($"/api/events/{ev.Slug}/messages/{posted.Id}");

        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        var entry = Assert.Single(await board.WaitForAsync(1));
        Assert.Equal(FeedTypes.MessageRemoved, entry.Type);
        Assert.Equal(posted.Id, entry.Payload.GetProperty("id").GetInt32());
        Assert.Empty(await ListAsync(staff, ev));
        Assert.DoesNotContain("Le buffet est ouvert", WebUtility.HtmlDecode(await app.CreateClient().GetStringAsync($"/e/{ev.Slug}/board")));
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Equal("application/problem+json", again.Content.Headers.ContentType?.MediaType);
        await using var db = await app.DbFactory.CreateDbContextAsync();
        Assert.Equal(1, await db.Audit.CountAsync(a => a.Action == "message.removed"));
    }

    [Theory]
    [InlineData("fr", "Ce champ est obligatoire.", "140 caractères au plus.")]
    [InlineData("nl", "Dit veld is verplicht.", "Hoogstens 140 tekens.")]
    [InlineData("en", "This field is required.", "140 characters at most.")]
    public async Task PostMessage_EmptyOrTooLong_LocalisedValidationProblemAndNothingWritten(string language, string empty, string tooLong)
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var staff = await app.CreateClientAsync(StaffRoles.Facilitator);
        staff.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);

        var blank = await staff.PostAsJsonAsync($"/api/events/{ev.Slug}/messages", new MessagesApi.MessageInput("   "), LiveJson.Options);
        var missing = await staff.PostAsJsonAsync($"/api/events/{ev.Slug}/messages", new { }, LiveJson.Options);
        var longOne = await staff.PostAsJsonAsync($"/api/events/{ev.Slug}/messages", new MessagesApi.MessageInput(new string('a', 141)), LiveJson.Options);

        foreach (var (response, message) in new[] { (blank, empty), (missing, empty), (longOne, tooLong) })
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
            Assert.Equal(message, errors.GetProperty("text")[0].GetString());
        }
        await using var db = await app.DbFactory.CreateDbContextAsync();
        Assert.Equal(0, await db.Messages.CountAsync());
        Assert.Equal(0, await db.ChangeFeed.CountAsync());
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    [InlineData(StaffRoles.Notary, HttpStatusCode.Forbidden)]
    public async Task Messages_AnonymousOrNotary_RefusedAndNothingWritten(string? role, HttpStatusCode expected)
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var posted = await PostAsync(await app.CreateClientAsync(StaffRoles.Facilitator), ev, "Photo de groupe à 19 h");
        var client = role is null ? app.CreateClient() : await app.CreateClientAsync(role);

        var list = await client.GetAsync($"/api/events/{ev.Slug}/messages");
        var post = await client.PostAsJsonAsync($"/api/events/{ev.Slug}/messages", new MessagesApi.MessageInput("Tout est gratuit"), LiveJson.Options);
        var remove = await client.DeleteAsync($"/api/events/{ev.Slug}/messages/{posted.Id}");

        Assert.Equal([expected, expected, expected], new[] { list.StatusCode, post.StatusCode, remove.StatusCode });
        await using var db = await app.DbFactory.CreateDbContextAsync();
        var message = await db.Messages.SingleAsync();
        Assert.Null(message.RemovedAt);
        Assert.Equal(1, await db.ChangeFeed.CountAsync());
    }

    [Fact]
    public async Task Messages_UnknownEventOrMessageOfAnotherEvent_NotFound()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync("namur");
        var other = await app.CreateEventAsync("dinant");
        var staff = await app.CreateClientAsync(StaffRoles.Facilitator);
        var elsewhere = await PostAsync(staff, other, "Bienvenue à Dinant");

        var list = await staff.GetAsync("/api/events/nowhere/messages");
        var post = await staff.PostAsJsonAsync("/api/events/nowhere/messages", new MessagesApi.MessageInput("Bonjour"), LiveJson.Options);
        var remove = await staff.DeleteAsync($"/api/events/{ev.Slug}/messages/{elsewhere.Id}");

        Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound], new[] { list.StatusCode, post.StatusCode, remove.StatusCode });
        Assert.Single(await ListAsync(staff, other));
    }
}
