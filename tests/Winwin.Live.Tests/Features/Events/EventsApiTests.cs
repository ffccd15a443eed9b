using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Winwin.Data;
using Winwin.Live.Features.Events;
using Winwin.Live.Features.Live;

using static Winwin.Live.Tests.ApiAnswers;

namespace Winwin.Live.Tests.Features.Events;

/// <summary>Events and their categories run from a script: <c>/api/events</c>, with the control panel's roles and checks.</summary>
public class EventsApiTests
{
    private static EventInput Input(string slug, string name = "Bourse Winwin de Gembloux") => new(slug, name, "Gembloux", "Salle des fêtes",
        new DateTime(2027, 3, 18, 17, 0, 0, DateTimeKind.Utc), new DateTime(2027, 3, 18, 19, 0, 0, DateTimeKind.Utc), "fr");

    private static Task<StaffEvent> ReadAsync(HttpResponseMessage response, HttpStatusCode expected) => ApiAnswers.ReadAsync<StaffEvent>(response, expected);

    [Fact]
    public async Task CreateEvent_Coordinator_CreatedWithDefaultCategoriesThenReadAndListedWithItsVersion()
    {
        await using var app = new WinwinApplication();
        var coordinator = await app.CreateClientAsync(StaffRoles.Coordinator);

        var response = await coordinator.PostAsJsonAsync("/api/events", Input("gembloux-2027"), LiveJson.Options);
        var created = await ReadAsync(response, HttpStatusCode.Created);

        Assert.Equal("/api/events/gembloux-2027", response.Headers.Location?.OriginalString);
        Assert.Equal(("gembloux-2027", "Bourse Winwin de Gembloux", "Salle des fêtes", EventPhase.BeforeOpening, false),
            (created.Slug, created.Name, created.Venue, created.Phase, created.IsArchived));
        Assert.NotEqual(Guid.Empty, created.Version);
        Assert.Equal(Category.CreateDefaults().Select(c => c.Key), created.Categories.Select(c => c.Category.Key));
        var read = await ReadAsync(await coordinator.GetAsync("/api/events/gembloux-2027"), HttpStatusCode.OK);
        Assert.Equal(created.Version, read.Version);
        var page = (await coordinator.GetFromJsonAsync<EventsApi.EventsPage>("/api/events", LiveJson.Options))!;
        Assert.Equal("gembloux-2027", Assert.Single(page.Items).Slug);
        await using var db = await app.DbFactory.CreateDbContextAsync();
        Assert.Equal("Bourse Winwin de Gembloux", (await db.Audit.SingleAsync(a => a.Action == "event.created")).Subject);
    }

    [Fact]
    public async Task CreateEvent_AddressTakenOrNameMissing_RefusedWithTheReasonInTheCallersLanguageAndNothingSaved()
    {
        await using var app = new WinwinApplication();
        await app.CreateEventAsync("namur");
        var coordinator = await app.CreateClientAsync(StaffRoles.Coordinator);
        coordinator.DefaultRequestHeaders.AcceptLanguage.ParseAdd("nl");

        var taken = await ProblemAsync(await coordinator.PostAsJsonAsync("/api/events", Input("namur"), LiveJson.Options), HttpStatusCode.Conflict);
        var unnamed = await ProblemAsync(await coordinator.PostAsJsonAsync("/api/events", Input("andenne", name: "  "), LiveJson.Options), HttpStatusCode.BadRequest);

        Assert.Contains("namur", Message(taken, "slug"), StringComparison.Ordinal);
        Assert.DoesNotContain("déjà", Message(taken, "slug"), StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(Message(unnamed, "name")));
        await using var db = await app.DbFactory.CreateDbContextAsync();
        Assert.Equal(["namur"], await db.Events.Select(e => e.Slug).ToListAsync());
    }

    [Fact]
    public async Task EventsApi_RolesOfTheControlPanel_AnonymousRefusedFacilitatorReadsButDoesNotChange()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var anonymous = app.CreateClient();
        var facilitator = await app.CreateClientAsync(StaffRoles.Facilitator);
        var notary = await app.CreateClientAsync(StaffRoles.Notary);
        var version = (await ReadAsync(await facilitator.GetAsync($"/api/events/{ev.Slug}"), HttpStatusCode.OK)).Version;

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/events")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/api/events/{ev.Slug}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await facilitator.PostAsJsonAsync("/api/events", Input("autre"), LiveJson.Options)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await facilitator.PostAsJsonAsync($"/api/events/{ev.Slug}/archive", new EventsApi.VersionInput(version), LiveJson.Options)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await facilitator.PostAsJsonAsync($"/api/events/{ev.Slug}/categories", new EventsApi.CategoryName("Jardinage"), LiveJson.Options)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await notary.PostAsJsonAsync($"/api/events/{ev.Slug}/phase", new EventsApi.PhaseInput(EventPhase.Closed), LiveJson.Options)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await notary.GetAsync("/api/events")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await facilitator.GetAsync("/api/events/inconnue")).StatusCode);
        await using var db = await app.DbFactory.CreateDbContextAsync();
        var stored = await db.Events.Include(e => e.Categories).SingleAsync();
        Assert.Equal((EventPhase.Open, false, version), (stored.Phase, stored.IsArchived, stored.Version));
        Assert.DoesNotContain(stored.Categories, c => c.Name == "Jardinage");
    }

    [Fact]
    public async Task ChangeEvent_WithItsVersion_ScreensUpdatedThenTheOldVersionAnswers409AndChangesNothing()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var coordinator = await app.CreateClientAsync(StaffRoles.Coordinator);
        var before = await ReadAsync(await coordinator.GetAsync($"/api/events/{ev.Slug}"), HttpStatusCode.OK);
        var board = await app.ConnectLiveAsync();
        await board.JoinAsAsync(ev.Slug, null, "board");
        var change = Input(ev.Slug, name: "Bourse Winwin de Namur 2027") with { Venue = "Arsenal" };

        var changed = await ReadAsync(await coordinator.PutAsJsonAsync($"/api/events/{ev.Slug}", new EventsApi.EventChange(before.Version, change), LiveJson.Options), HttpStatusCode.OK);
        var stale = await ProblemAsync(await coordinator.PutAsJsonAsync($"/api/events/{ev.Slug}",
            new EventsApi.EventChange(before.Version, change with { Name = "Écrasé" }), LiveJson.Options), HttpStatusCode.Conflict);

        Assert.Equal(("Bourse Winwin de Namur 2027", "Arsenal"), (changed.Name, changed.Venue));
        Assert.NotEqual(before.Version, changed.Version);
        var entry = Assert.Single(await board.WaitForAsync(1));
        Assert.Equal(FeedTypes.EventUpdated, entry.Type);
        Assert.Equal("Bourse Winwin de Namur 2027", entry.Payload.GetProperty("name").GetString());
        Assert.False(string.IsNullOrWhiteSpace(stale.GetProperty("detail").GetString()));
        var after = await ReadAsync(await coordinator.GetAsync($"/api/events/{ev.Slug}"), HttpStatusCode.OK);
        Assert.Equal((changed.Version, "Bourse Winwin de Namur 2027"), (after.Version, after.Name));
    }

    [Fact]
    public async Task PhaseAndReveal_Facilitator_BoardFollowsRevealOnlyOnceClosed()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var facilitator = await app.CreateClientAsync(StaffRoles.Facilitator);
        facilitator.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var board = await app.ConnectLiveAsync();
        await board.JoinAsAsync(ev.Slug, null, "board");

        var tooEarly = await ProblemAsync(await facilitator.PostAsync($"/api/events/{ev.Slug}/reveal", null), HttpStatusCode.BadRequest);
        var closed = await ReadAsync(await facilitator.PostAsJsonAsync($"/api/events/{ev.Slug}/phase", new EventsApi.PhaseInput(EventPhase.Closed), LiveJson.Options), HttpStatusCode.OK);
        var revealed = await facilitator.PostAsync($"/api/events/{ev.Slug}/reveal", null);
        var unknownPhase = await facilitator.PostAsync($"/api/events/{ev.Slug}/phase", JsonContent.Create(new { phase = "dancing" }));

        Assert.Equal("Close the event first to reveal the totals.", tooEarly.GetProperty("errors").EnumerateObject().Single().Value[0].GetString());
        Assert.Equal(EventPhase.Closed, closed.Phase);
        Assert.Equal(HttpStatusCode.OK, revealed.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unknownPhase.StatusCode);
        var entries = await board.WaitForAsync(2);
        Assert.Equal([FeedTypes.EventUpdated, FeedTypes.BoardReveal], entries.Select(e => e.Type));
        Assert.Equal("closed", entries[0].Payload.GetProperty("phase").GetString());
        await using var db = await app.DbFactory.CreateDbContextAsync();
        Assert.Equal(EventPhase.Closed, (await db.Events.SingleAsync()).Phase);
    }

    [Fact]
    public async Task ArchiveThenUnarchive_WithVersions_ListShowsItLastWhileArchived()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync("namur");
        await app.CreateEventAsync("liege");
        var coordinator = await app.CreateClientAsync(StaffRoles.Coordinator);
        var version = (await ReadAsync(await coordinator.GetAsync("/api/events/namur"), HttpStatusCode.OK)).Version;

        var archived = await ReadAsync(await coordinator.PostAsJsonAsync("/api/events/namur/archive", new EventsApi.VersionInput(version), LiveJson.Options), HttpStatusCode.OK);
        var listed = (await coordinator.GetFromJsonAsync<EventsApi.EventsPage>("/api/events", LiveJson.Options))!;
        var staleRestore = await coordinator.PostAsJsonAsync("/api/events/namur/unarchive", new EventsApi.VersionInput(version), LiveJson.Options);
        var restored = await ReadAsync(await coordinator.PostAsJsonAsync("/api/events/namur/unarchive", new EventsApi.VersionInput(archived.Version), LiveJson.Options), HttpStatusCode.OK);

        Assert.True(archived.IsArchived);
        Assert.Equal(["liege", ev.Slug], listed.Items.Select(e => e.Slug));
        Assert.True(listed.Items[1].IsArchived);
        Assert.Equal(HttpStatusCode.Conflict, staleRestore.StatusCode);
        Assert.False(restored.IsArchived);
    }

    [Fact]
    public async Task ListEvents_MoreThanOnePage_StableOrderEveryEventOnceAndBadPagingRefusedInFrench()
    {
        await using var app = new WinwinApplication();
        foreach (var slug in new[] { "a-namur", "b-liege", "c-mons", "d-arlon", "e-wavre" })
        {
            await app.CreateEventAsync(slug);
        }
        var coordinator = await app.CreateClientAsync(StaffRoles.Coordinator);
        coordinator.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");

        var seen = new List<string>();
        string? next = "/api/events?pageSize=2";
        var pages = 0;
        while (next is not null)
        {
            var page = (await coordinator.GetFromJsonAsync<EventsApi.EventsPage>(next, LiveJson.Options))!;
            Assert.Equal(5, page.Total);
            seen.AddRange(page.Items.Select(e => e.Slug));
            next = page.Next;
            pages++;
        }
        var bad = await ProblemAsync(await coordinator.GetAsync("/api/events?page=0&pageSize=500"), HttpStatusCode.BadRequest);

        Assert.Equal(3, pages);
        // Same start time: the address orders them, the same way on every call.
        Assert.Equal(["a-namur", "b-liege", "c-mons", "d-arlon", "e-wavre"], seen);
        Assert.Equal("Les pages se comptent à partir de 1.", Message(bad, "page"));
        Assert.Contains("200", Message(bad, "pageSize"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Categories_AddRenameValueMoveRetireDelete_EachThroughTheServiceWithItsChecks()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var coordinator = await app.CreateClientAsync(StaffRoles.Coordinator);
        coordinator.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");
        var url = $"/api/events/{ev.Slug}/categories";

        var added = await ReadAsync(await coordinator.PostAsJsonAsync(url, new EventsApi.CategoryName("Jardinage"), LiveJson.Options), HttpStatusCode.OK);
        var garden = added.Categories.Single(c => c.Category.Name == "Jardinage");
        var money = await ProblemAsync(await coordinator.PostAsJsonAsync(url, new EventsApi.CategoryName("Budget et subsides"), LiveJson.Options), HttpStatusCode.BadRequest);
        var confirmed = await ReadAsync(await coordinator.PostAsJsonAsync(url, new EventsApi.CategoryName("Budget et subsides", ConfirmMoneyMentions: true), LiveJson.Options), HttpStatusCode.OK);
        var renamed = await ReadAsync(await coordinator.PutAsJsonAsync($"{url}/{garden.Id}/name", new EventsApi.CategoryName("Jardinage et espaces verts"), LiveJson.Options), HttpStatusCode.OK);
        var valued = await ReadAsync(await coordinator.PutAsJsonAsync($"{url}/{garden.Id}/value", new EventsApi.CategoryValue(150m), LiveJson.Options), HttpStatusCode.OK);
        var moved = await ReadAsync(await coordinator.PostAsJsonAsync($"{url}/{garden.Id}/move", new EventsApi.CategoryMove(-1), LiveJson.Options), HttpStatusCode.OK);
        var badStep = await ProblemAsync(await coordinator.PostAsJsonAsync($"{url}/{garden.Id}/move", new EventsApi.CategoryMove(5), LiveJson.Options), HttpStatusCode.BadRequest);
        var retired = await ReadAsync(await coordinator.PostAsync($"{url}/{garden.Id}/retire", null), HttpStatusCode.OK);
        var inUse = await ProblemAsync(await coordinator.DeleteAsync($"{url}/{ev.MeansCategoryId}"), HttpStatusCode.BadRequest);
        var deleted = await ReadAsync(await coordinator.DeleteAsync($"{url}/{garden.Id}"), HttpStatusCode.OK);
        var unknown = await ProblemAsync(await coordinator.DeleteAsync($"{url}/{garden.Id}"), HttpStatusCode.BadRequest);

        Assert.Contains("Budget", Message(money, "name"), StringComparison.Ordinal);
        Assert.Contains(confirmed.Categories, c => c.Category.Name == "Budget et subsides");
        Assert.Equal("Jardinage et espaces verts", renamed.Categories.Single(c => c.Id == garden.Id).Category.Name);
        Assert.Equal(150m, valued.Categories.Single(c => c.Id == garden.Id).DefaultValue);
        var before = valued.Categories.Select(c => c.Id).ToList();
        var after = moved.Categories.Select(c => c.Id).ToList();
        Assert.Equal(before.IndexOf(garden.Id) - 1, after.IndexOf(garden.Id));
        Assert.Equal(after[before.IndexOf(garden.Id)], before[before.IndexOf(garden.Id) - 1]);
        Assert.Equal("Une catégorie se déplace d'une place : -1 vers le haut, 1 vers le bas.", Message(badStep, "step"));
        Assert.True(retired.Categories.Single(c => c.Id == garden.Id).IsRetired);
        Assert.True(inUse.GetProperty("errors").TryGetProperty("categoryId", out _));
        Assert.DoesNotContain(deleted.Categories, c => c.Id == garden.Id);
        Assert.Contains(deleted.Categories, c => c.Id == ev.MeansCategoryId);
        Assert.True(unknown.GetProperty("errors").TryGetProperty("categoryId", out _));
    }

    [Fact]
    public async Task ChangeEvent_EmbedSitesAndRegistrationClose_SavedAndRead()
    {
        await using var app = new WinwinApplication();
        var coordinator = await app.CreateClientAsync(StaffRoles.Coordinator);
        var created = await ReadAsync(await coordinator.PostAsJsonAsync("/api/events", Input("gembloux-2027"), LiveJson.Options), HttpStatusCode.Created);
        var closes = new DateTime(2027, 3, 11, 22, 59, 0, DateTimeKind.Utc);

        var changed = await ReadAsync(await coordinator.PutAsJsonAsync("/api/events/gembloux-2027", new EventsApi.EventChange(created.Version,
            Input("gembloux-2027") with { RegistrationClosesAt = closes, ResultsEmbedSites = " HTTPS://www.Gembloux.be/  https://www.gembloux.be http://localhost:5080 " }), LiveJson.Options),
            HttpStatusCode.OK);
        var cleared = await ReadAsync(await coordinator.PutAsJsonAsync("/api/events/gembloux-2027", new EventsApi.EventChange(changed.Version,
            Input("gembloux-2027")), LiveJson.Options), HttpStatusCode.OK);

        Assert.Equal(("https://www.gembloux.be http://localhost:5080", closes, closes), (changed.ResultsEmbedSites, changed.RegistrationClosesAt, changed.RegistrationEndsAt));
        Assert.Equal(((string?)null, (DateTime?)null, created.StartsAt), (cleared.ResultsEmbedSites, cleared.RegistrationClosesAt, cleared.RegistrationEndsAt));
        Assert.Null(created.ResultsEmbedSites);
    }

    [Theory]
    [InlineData("fr", "« http://www.gembloux.be » n'est pas une adresse de site acceptée")]
    [InlineData("nl", "‘http://www.gembloux.be’ is geen aanvaard siteadres")]
    [InlineData("en", "‘http://www.gembloux.be’ is not an accepted site address")]
    public async Task ChangeEvent_EmbedSiteNotAnOrigin_RefusedInTheCallersLanguageAndNothingSaved(string language, string message)
    {
        await using var app = new WinwinApplication();
        var coordinator = await app.CreateClientAsync(StaffRoles.Coordinator);
        var created = await ReadAsync(await coordinator.PostAsJsonAsync("/api/events", Input("gembloux-2027"), LiveJson.Options), HttpStatusCode.Created);
        coordinator.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);

        var refused = await ProblemAsync(await coordinator.PutAsJsonAsync("/api/events/gembloux-2027", new EventsApi.EventChange(created.Version,
            Input("gembloux-2027") with { ResultsEmbedSites = "https://www.gembloux.be http://www.gembloux.be" }), LiveJson.Options), HttpStatusCode.BadRequest);

        Assert.StartsWith(message, Message(refused, "resultsEmbedSites"), StringComparison.Ordinal);
        var read = await ReadAsync(await coordinator.GetAsync("/api/events/gembloux-2027"), HttpStatusCode.OK);
        Assert.Equal((created.Version, (string?)null), (read.Version, read.ResultsEmbedSites));
    }

    [Fact]
    public async Task ChangeEvent_RegistrationClosesAtOrAfterTheEnd_RefusedOnItsField()
    {
        await using var app = new WinwinApplication();
        var coordinator = await app.CreateClientAsync(StaffRoles.Coordinator);
        var created = await ReadAsync(await coordinator.PostAsJsonAsync("/api/events", Input("gembloux-2027"), LiveJson.Options), HttpStatusCode.Created);

        var atEnd = await ProblemAsync(await coordinator.PutAsJsonAsync("/api/events/gembloux-2027", new EventsApi.EventChange(created.Version,
            Input("gembloux-2027") with { RegistrationClosesAt = created.EndsAt }), LiveJson.Options), HttpStatusCode.BadRequest);
        var duringEvent = await ReadAsync(await coordinator.PutAsJsonAsync("/api/events/gembloux-2027", new EventsApi.EventChange(created.Version,
            Input("gembloux-2027") with { RegistrationClosesAt = created.EndsAt.AddMinutes(-1) }), LiveJson.Options), HttpStatusCode.OK);

        Assert.Equal("Les inscriptions doivent se clôturer avant la fin de la bourse.", Message(atEnd, "registrationClosesAt"));
        Assert.Equal(created.EndsAt.AddMinutes(-1), duringEvent.RegistrationEndsAt);
    }
}
