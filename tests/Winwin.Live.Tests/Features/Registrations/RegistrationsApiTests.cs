using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Winwin.Data;
using Winwin.Live.Features.Commands;
using Winwin.Live.Features.Live;
using Winwin.Live.Features.Privacy;
using Winwin.Live.Features.Registrations;

namespace Winwin.Live.Tests.Features.Registrations;

public class RegistrationsApiTests
{
    private const string LongName = "Association des parents et amis de l'école communale fondamentale de Saint-Servais — section sport et culture";

    /// <summary>An event weeks before its evening, its form open: the test event moved to the future and not yet opened.</summary>
    internal static async Task<TestEvent> EventBeforeOpeningAsync(WinwinApplication app, DateTime? closes = null)
    {
        var ev = await app.CreateEventAsync();
        await app.SetEventAsync(ev.Id, e =>
        {
            e.Phase = EventPhase.BeforeOpening;
            e.StartsAt = DateTime.UtcNow.AddDays(30);
            e.EndsAt = e.StartsAt.AddHours(2);
            e.RegistrationClosesAt = closes;
        });
        return ev;
    }

    internal static RegistrationInput Input(TestEvent ev, string name = LongName, string email = "claire.dubois@parents-saint-servais.example",
        string offer = "Deux bénévoles pour monter les stands", string request = "Une salle pour notre assemblée générale", bool confirmMoney = false) =>
        new(OrganizationKind.Association, name, "Enseignement", "Nous animons la vie de l'école.", "https://parents-saint-servais.example",
            "Claire Dubois", email, "+32 478 12 34 56", AgreesToFollowUp: true, AgreesToBeNamed: true,
            [new RegistrationEntryInput(ListingKind.Offer, ev.MeansCategoryId, offer, "Le samedi matin, avec une camionnette."),
             new RegistrationEntryInput(ListingKind.Request, ev.MeansCategoryId, request, null)],
            confirmMoney);

    internal static async Task<RegistrationsApi.RegistrationCreated> RegisterAsync(HttpClient client, TestEvent ev, RegistrationInput input) =>
        await ApiAnswers.ReadAsync<RegistrationsApi.RegistrationCreated>(
            await client.PostAsJsonAsync($"/api/events/{ev.Slug}/registrations", input, LiveJson.Options), HttpStatusCode.Created);

    private static async Task<StaffRegistration> PendingAsync(HttpClient coordinator, TestEvent ev) =>
        (await ApiAnswers.ReadAsync<List<StaffRegistration>>(await coordinator.GetAsync($"/api/events/{ev.Slug}/registrations"), HttpStatusCode.OK))
            .Single(r => r.Status == RegistrationStatus.Pending);

    [Fact]
    public async Task Register_Anonymously_WaitsForReviewWithItsContactForStaffOnly()
    {
        await using var app = new WinwinApplication();
        var ev = await EventBeforeOpeningAsync(app);
        var visitor = app.CreateClient();
        var coordinator = await app.CreateClientAsync(StaffRoles.Coordinator);

        var created = await RegisterAsync(visitor, ev, Input(ev));

        Assert.Equal(RegistrationStatus.Pending, created.Status);
        Assert.Matches("^[0-9a-f]{32}$", created.Token);
        Assert.EndsWith($"/e/{ev.Slug}/register/{created.Token}", created.Link, StringComparison.Ordinal);
        var pending = await PendingAsync(coordinator, ev);
        Assert.Equal(LongName, pending.Name);
        Assert.Equal("claire.dubois@parents-saint-servais.example", pending.ContactEmail);
        Assert.Equal(["Deux bénévoles pour monter les stands", "Une salle pour notre assemblée générale"], pending.Entries.Select(e => e.Title));
        // Nothing on the screens before the coordinator accepts it.
        var snapshot = await visitor.GetStringAsync($"/api/events/{ev.Slug}/snapshot");
        Assert.DoesNotContain("Saint-Servais", snapshot, StringComparison.Ordinal);
        // The link's holder reads it back, contact included; a facilitator cannot list the queue.
        var own = await ApiAnswers.ReadAsync<RegistrationView>(await visitor.GetAsync($"/api/registrations/{created.Token}"), HttpStatusCode.OK);
        Assert.Equal("Claire Dubois", own.Input.ContactName);
        var facilitator = await app.CreateClientAsync(StaffRoles.Facilitator);
        Assert.Equal(HttpStatusCode.Forbidden, (await facilitator.GetAsync($"/api/events/{ev.Slug}/registrations")).StatusCode);
    }

    [Fact]
    public async Task Accept_AsANewOrganisation_ItsListingsReachTheScreensWithoutItsContact()
    {
        await using var app = new WinwinApplication();
        var ev = await EventBeforeOpeningAsync(app);
        var coordinator = await app.CreateClientAsync(StaffRoles.Coordinator);
        await RegisterAsync(app.CreateClient(), ev, Input(ev));
        var pending = await PendingAsync(coordinator, ev);
        var screen = await app.ConnectLiveAsync();
        await screen.JoinAsync(ev.Slug);

        var accepted = await ApiAnswers.ReadAsync<StaffRegistration>(
            await coordinator.PostAsJsonAsync($"/api/events/{ev.Slug}/registrations/{pending.Id}/accept", new RegistrationDecision(pending.Version), LiveJson.Options), HttpStatusCode.OK);

        Assert.Equal(RegistrationStatus.Accepted, accepted.Status);
        var entries = await screen.WaitForAsync(3);
        Assert.Equal([FeedTypes.OrganizationUpserted, FeedTypes.ListingUpserted, FeedTypes.ListingUpserted], entries.Select(e => e.Type));
        // The organisation goes out with its own number, which its listings name (a desk records deals against it).
        Assert.Equal(accepted.OrganizationId, entries[0].Payload.GetProperty("id").GetInt32());
        Assert.All(entries.Skip(1), e => Assert.Equal(accepted.OrganizationId, e.Payload.GetProperty("organizationId").GetInt32()));
        Assert.All(entries, e => Assert.DoesNotContain("claire.dubois", e.Payload.GetRawText(), StringComparison.Ordinal));
        // The counters the screens show move with it: one more open request (the test event has two); the organisation is not yet present.
        Assert.Equal((4, 3), (entries[^1].Counters.Organizations, entries[^1].Counters.OpenRequests));
        var snapshot = await app.CreateClient().GetStringAsync($"/api/events/{ev.Slug}/snapshot");
        Assert.Contains("Deux bénévoles pour monter les stands", snapshot, StringComparison.Ordinal);
        Assert.DoesNotContain("claire.dubois", snapshot, StringComparison.Ordinal);
        Assert.DoesNotContain("+32 478", snapshot, StringComparison.Ordinal);
        await using var db = await app.DbFactory.CreateDbContextAsync();
        var organization = await db.Organizations.SingleAsync(o => o.Id == accepted.OrganizationId);
        Assert.Equal(("Claire Dubois", true), (organization.ContactName, organization.ShowInReport));
        Assert.Equal(2, await db.Listings.CountAsync(l => l.OrganizationId == organization.Id && l.Status == ListingStatus.Open));
    }

    [Fact]
    public async Task Accept_ADuplicate_RefusedUntilMergedThenFillsOnlyWhatStaffLeftEmpty()
    {
        await using var app = new WinwinApplication();
        var ev = await EventBeforeOpeningAsync(app);
        await app.SetOrganizationAsync(ev.Organizations[0], o => o.Website = null);
        var coordinator = await app.CreateClientAsync(StaffRoles.Coordinator);
        // "Imprimerie GILSON" is "Imprimerie Gilson" once case is ignored.
        await RegisterAsync(app.CreateClient(), ev, Input(ev, name: "Imprimerie GILSON", email: "contact@gilson.example"));
        var pending = await PendingAsync(coordinator, ev);

        var asNew = await coordinator.PostAsJsonAsync($"/api/events/{ev.Slug}/registrations/{pending.Id}/accept", new RegistrationDecision(pending.Version), LiveJson.Options);
        var merged = await coordinator.PostAsJsonAsync($"/api/events/{ev.Slug}/registrations/{pending.Id}/accept",
            new RegistrationDecision(pending.Version, ev.Organizations[0]), LiveJson.Options);

        Assert.Equal(new PossibleDuplicate(ev.Organizations[0], "Imprimerie Gilson", "sameName"), Assert.Single(pending.PossibleDuplicates));
        var problem = await ApiAnswers.ProblemAsync(asNew, HttpStatusCode.BadRequest);
        Assert.Contains("Imprimerie Gilson", ApiAnswers.Message(problem, "name"), StringComparison.Ordinal);
        Assert.Equal(ev.Organizations[0], (await ApiAnswers.ReadAsync<StaffRegistration>(merged, HttpStatusCode.OK)).OrganizationId);
        await using var db = await app.DbFactory.CreateDbContextAsync();
        var organization = await db.Organizations.SingleAsync(o => o.Id == ev.Organizations[0]);
        Assert.Equal(4, await db.Organizations.CountAsync(o => o.EventId == ev.Id));
        // Staff's name and contact stay; the empty website is filled; the organisation's consent to be named is its own.
        Assert.Equal(("Imprimerie Gilson", "aline@gilson.example", "https://parents-saint-servais.example", true),
            (organization.Name, organization.ContactEmail, organization.Website, organization.ShowInReport));
        Assert.Equal(3, await db.Listings.CountAsync(l => l.OrganizationId == organization.Id));
    }

    [Fact]
    public async Task Refuse_WithoutAReason_RefusedThenTheReasonIsOnTheLinkAndNothingIsPublic()
    {
        await using var app = new WinwinApplication();
        var ev = await EventBeforeOpeningAsync(app);
        var coordinator = await app.CreateClientAsync(StaffRoles.Coordinator);
        var visitor = app.CreateClient();
        var created = await RegisterAsync(visitor, ev, Input(ev));
        var pending = await PendingAsync(coordinator, ev);
        var url = $"/api/events/{ev.Slug}/registrations/{pending.Id}/refuse";

        var bare = await coordinator.PostAsJsonAsync(url, new RegistrationRefusal(pending.Version, "  "), LiveJson.Options);
        var refused = await coordinator.PostAsJsonAsync(url, new RegistrationRefusal(pending.Version, "Cette bourse est réservée aux organisations de Namur."), LiveJson.Options);
        var again = await coordinator.PostAsJsonAsync($"/api/events/{ev.Slug}/registrations/{pending.Id}/accept", new RegistrationDecision(pending.Version), LiveJson.Options);

        await ApiAnswers.ProblemAsync(bare, HttpStatusCode.BadRequest);
        Assert.Equal(RegistrationStatus.Refused, (await ApiAnswers.ReadAsync<StaffRegistration>(refused, HttpStatusCode.OK)).Status);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var own = await ApiAnswers.ReadAsync<RegistrationView>(await visitor.GetAsync($"/api/registrations/{created.Token}"), HttpStatusCode.OK);
        Assert.Equal("Cette bourse est réservée aux organisations de Namur.", own.RefusalReason);
        Assert.DoesNotContain("Saint-Servais", await visitor.GetStringAsync($"/api/events/{ev.Slug}/snapshot"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Register_MoneyOrAMentionOfIt_RefusedOrAskedToConfirmAndNothingWrittenUntilThen()
    {
        await using var app = new WinwinApplication();
        var ev = await EventBeforeOpeningAsync(app);
        var visitor = app.CreateClient();
        var url = $"/api/events/{ev.Slug}/registrations";

        var cash = await visitor.PostAsJsonAsync(url, Input(ev, offer: "Un don de 500 € en liquide"), LiveJson.Options);
        var mention = await visitor.PostAsJsonAsync(url, Input(ev, request: "Conseils sur le défraiement des bénévoles"), LiveJson.Options);
        var unchanged = await CountAsync(app);
        var confirmed = await visitor.PostAsJsonAsync(url, Input(ev, request: "Conseils sur le défraiement des bénévoles", confirmMoney: true), LiveJson.Options);

        var refusal = await ApiAnswers.ProblemAsync(cash, HttpStatusCode.BadRequest);
        Assert.Contains("500 €", ApiAnswers.Message(refusal, "entries[0].title"), StringComparison.Ordinal);
        var warning = await ApiAnswers.ProblemAsync(mention, HttpStatusCode.BadRequest);
        Assert.Contains("défraiement", ApiAnswers.Message(warning, "entries[1].title"), StringComparison.Ordinal);
        Assert.Equal(0, unchanged);
        Assert.Equal(HttpStatusCode.Created, confirmed.StatusCode);
        Assert.Equal(1, await CountAsync(app));
    }

    [Fact]
    public async Task Register_Incomplete_EachFieldNamedInTheCallersLanguage()
    {
        await using var app = new WinwinApplication();
        var ev = await EventBeforeOpeningAsync(app);
        var visitor = app.CreateClient();
        visitor.DefaultRequestHeaders.AcceptLanguage.ParseAdd("nl");
        var input = Input(ev) with { ContactEmail = null, Website = "pas un site", Entries = [] };

        var problem = await ApiAnswers.ProblemAsync(await visitor.PostAsJsonAsync($"/api/events/{ev.Slug}/registrations", input, LiveJson.Options), HttpStatusCode.BadRequest);

        Assert.Equal("Geef een contactpersoon en een e-mailadres: de coördinator moet u kunnen bereiken.", ApiAnswers.Message(problem, "contactEmail"));
        Assert.Equal("Voeg minstens één aanbod of vraag toe.", ApiAnswers.Message(problem, "entries"));
        Assert.True(problem.GetProperty("errors").TryGetProperty("website", out _));
        Assert.Equal(0, await CountAsync(app));
    }

    [Fact]
    public async Task Register_AfterTheClosingDateOrOnceOpen_RefusedInFrench()
    {
        await using var app = new WinwinApplication();
        var ev = await EventBeforeOpeningAsync(app, closes: DateTime.UtcNow.AddMinutes(-1));
        var visitor = app.CreateClient();
        visitor.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");

        var late = await visitor.PostAsJsonAsync($"/api/events/{ev.Slug}/registrations", Input(ev), LiveJson.Options);
        await app.SetEventAsync(ev.Id, e => (e.RegistrationClosesAt, e.Phase) = (null, EventPhase.Open));
        var duringTheEvening = await visitor.PostAsJsonAsync($"/api/events/{ev.Slug}/registrations", Input(ev), LiveJson.Options);

        Assert.Equal("Les inscriptions en ligne pour cette bourse sont closes.", ApiAnswers.Message(await ApiAnswers.ProblemAsync(late, HttpStatusCode.BadRequest), ""));
        Assert.Equal(HttpStatusCode.BadRequest, duringTheEvening.StatusCode);
        Assert.Equal(0, await CountAsync(app));
    }

    [Fact]
    public async Task ChangeByTheLink_AfterAcceptance_BackToReviewThenUpdatesOneListingAndWithdrawsTheRemovedOne()
    {
        await using var app = new WinwinApplication();
        var ev = await EventBeforeOpeningAsync(app);
        var coordinator = await app.CreateClientAsync(StaffRoles.Coordinator);
        var visitor = app.CreateClient();
        var created = await RegisterAsync(visitor, ev, Input(ev));
        var first = await PendingAsync(coordinator, ev);
        await coordinator.PostAsJsonAsync($"/api/events/{ev.Slug}/registrations/{first.Id}/accept", new RegistrationDecision(first.Version), LiveJson.Options);
        var own = await ApiAnswers.ReadAsync<RegistrationView>(await visitor.GetAsync($"/api/registrations/{created.Token}"), HttpStatusCode.OK);
        var kept = own.Input.Entries![0];

        var changed = await visitor.PutAsJsonAsync($"/api/registrations/{created.Token}",
            own.Input with { Entries = [kept with { Title = "Trois bénévoles pour monter les stands" }] }, LiveJson.Options);
        var snapshotBefore = await visitor.GetStringAsync($"/api/events/{ev.Slug}/snapshot");
        var again = await PendingAsync(coordinator, ev);
        await ApiAnswers.ReadAsync<StaffRegistration>(await coordinator.PostAsJsonAsync($"/api/events/{ev.Slug}/registrations/{again.Id}/accept",
            new RegistrationDecision(again.Version), LiveJson.Options), HttpStatusCode.OK);

        Assert.Equal(RegistrationStatus.Pending, (await ApiAnswers.ReadAsync<RegistrationView>(changed, HttpStatusCode.OK)).Status);
        Assert.Contains("Deux bénévoles", snapshotBefore, StringComparison.Ordinal);
        Assert.Equal(1, again.RemovedEntries);
        await using var db = await app.DbFactory.CreateDbContextAsync();
        var listings = await db.Listings.Where(l => l.Organization!.Name == LongName).OrderBy(l => l.Id).ToListAsync();
        Assert.Equal([("Trois bénévoles pour monter les stands", ListingStatus.Open), ("Une salle pour notre assemblée générale", ListingStatus.Withdrawn)],
            listings.Select(l => (l.Title, l.Status)));
        Assert.Equal(kept.Id, (await db.RegistrationEntries.SingleAsync()).Id);
    }

    [Fact]
    public async Task OwnLink_UnknownOrMalformed_NotFound()
    {
        await using var app = new WinwinApplication();
        var ev = await EventBeforeOpeningAsync(app);
        var visitor = app.CreateClient();
        var created = await RegisterAsync(visitor, ev, Input(ev));

        var answers = new List<HttpStatusCode>();
        foreach (var token in new[] { new string('0', 32), created.Token.ToUpperInvariant(), created.Token[..31], "1" })
        {
            answers.Add((await visitor.GetAsync($"/api/registrations/{token}")).StatusCode);
            answers.Add((await visitor.PutAsJsonAsync($"/api/registrations/{token}", Input(ev), LiveJson.Options)).StatusCode);
        }

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.NotFound, a));
    }

    [Fact]
    public async Task Register_AboveTheHourlyLimit_TooManyRequests()
    {
        await using var app = new WinwinApplication().WithSetting("Winwin:RateLimits:RegistrationsPerHour", "2");
        var ev = await EventBeforeOpeningAsync(app);
        var visitor = app.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add((await visitor.PostAsJsonAsync($"/api/events/{ev.Slug}/registrations", Input(ev, name: $"Club {i}"), LiveJson.Options)).StatusCode);
        }

        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(2, await CountAsync(app));
    }

    [Theory]
    [InlineData("Kinderen die geregeld langskomen bij de ouderen", "accept")]
    [InlineData("Conseils sur le défraiement des bénévoles", "warn")]
    [InlineData("Un chèque de 200 euros", "refuse")]
    public async Task MoneyCheck_AsTheFormIsTyped_GivesTheRulesVerdict(string text, string verdict)
    {
        await using var app = new WinwinApplication();

        var answer = await ApiAnswers.ReadAsync<RegistrationsApi.MoneyCheck>(
            await app.CreateClient().GetAsync($"/api/money-check?text={Uri.EscapeDataString(text)}"), HttpStatusCode.OK);

        Assert.Equal(verdict, answer.Verdict);
        Assert.Equal(verdict == "accept", answer.Message is null);
    }

    [Fact]
    public async Task ContactErasure_OfTheEvent_ErasesTheRegistrationsContacts()
    {
        await using var app = new WinwinApplication();
        var ev = await EventBeforeOpeningAsync(app);
        await RegisterAsync(app.CreateClient(), ev, Input(ev));

        var erased = await app.Services.GetRequiredService<ContactErasure>().EraseEventAsync(ev.Slug, StaffActor.System);

        Assert.True(erased.Succeeded);
        await using var db = await app.DbFactory.CreateDbContextAsync();
        var registration = await db.Registrations.SingleAsync();
        Assert.Equal((null, null, null), (registration.ContactName, registration.ContactEmail, registration.ContactPhone));
        Assert.Equal(LongName, registration.Name);
    }

    private static async Task<int> CountAsync(WinwinApplication app)
    {
        await using var db = await app.DbFactory.CreateDbContextAsync();
        return await db.Registrations.CountAsync();
    }

    [Fact]
    public async Task ReAccept_AfterAMerge_KeepsWhatStaffRecordedAndUpdatesOnlyTheEntries()
    {
        await using var app = new WinwinApplication();
        var ev = await EventBeforeOpeningAsync(app);
        var coordinator = await app.CreateClientAsync(StaffRoles.Coordinator);
        var visitor = app.CreateClient();
        var created = await RegisterAsync(visitor, ev, Input(ev, name: "Imprimerie GILSON", email: "contact@gilson.example"));
        var first = await PendingAsync(coordinator, ev);
        await ApiAnswers.ReadAsync<StaffRegistration>(await coordinator.PostAsJsonAsync($"/api/events/{ev.Slug}/registrations/{first.Id}/accept",
            new RegistrationDecision(first.Version, ev.Organizations[0]), LiveJson.Options), HttpStatusCode.OK);
        var own = await ApiAnswers.ReadAsync<RegistrationView>(await visitor.GetAsync($"/api/registrations/{created.Token}"), HttpStatusCode.OK);

        await visitor.PutAsJsonAsync($"/api/registrations/{created.Token}", own.Input with
        {
            Name = "Imprimerie Gilson & fils",
            ContactEmail = "nouveau@gilson.example",
            Entries = [own.Input.Entries![0] with { Title = "Deux bénévoles et une camionnette" }, own.Input.Entries[1]],
        }, LiveJson.Options);
        var again = await PendingAsync(coordinator, ev);
        var elsewhere = await coordinator.PostAsJsonAsync($"/api/events/{ev.Slug}/registrations/{again.Id}/accept",
            new RegistrationDecision(again.Version, ev.Organizations[2]), LiveJson.Options);
        var reaccepted = await coordinator.PostAsJsonAsync($"/api/events/{ev.Slug}/registrations/{again.Id}/accept", new RegistrationDecision(again.Version), LiveJson.Options);

        await ApiAnswers.ProblemAsync(elsewhere, HttpStatusCode.BadRequest);
        Assert.Equal(ev.Organizations[0], (await ApiAnswers.ReadAsync<StaffRegistration>(reaccepted, HttpStatusCode.OK)).OrganizationId);
        await using var db = await app.DbFactory.CreateDbContextAsync();
        var organization = await db.Organizations.SingleAsync(o => o.Id == ev.Organizations[0]);
        Assert.Equal(("Imprimerie Gilson", "aline@gilson.example"), (organization.Name, organization.ContactEmail));
        Assert.Contains("Deux bénévoles et une camionnette", await db.Listings.Where(l => l.OrganizationId == organization.Id).Select(l => l.Title).ToListAsync());
        Assert.Equal(0, await db.Listings.CountAsync(l => l.OrganizationId == ev.Organizations[2] && l.Title.StartsWith("Deux")));
    }

    [Fact]
    public async Task DeleteCategory_UsedOnlyByARegistration_RefusedAsInUse()
    {
        await using var app = new WinwinApplication();
        var ev = await EventBeforeOpeningAsync(app);
        await using (var db = await app.DbFactory.CreateDbContextAsync())
        {
            var unused = await db.Categories.Where(c => c.EventId == ev.Id && !db.Listings.Any(l => l.CategoryId == c.Id)).Select(c => c.Id).FirstAsync();
            await RegisterAsync(app.CreateClient(), ev, Input(ev) with { Entries = [new RegistrationEntryInput(ListingKind.Offer, unused, "Un local", null)] });

            var deleted = await app.Services.GetRequiredService<Winwin.Live.Features.Events.EventService>().DeleteCategoryAsync(ev.Slug, unused, StaffActor.System);

            Assert.Equal("category.inUse", Assert.Single(deleted.Errors).Code);
            Assert.True(await db.Categories.AnyAsync(c => c.Id == unused));
        }
    }

    [Fact]
    public async Task Register_TwoEntriesClaimingOneId_RefusedAndNothingWritten()
    {
        await using var app = new WinwinApplication();
        var ev = await EventBeforeOpeningAsync(app);
        var input = Input(ev);
        input = input with { Entries = [input.Entries![0] with { Id = 5 }, input.Entries[1] with { Id = 5 }] };

        var response = await app.CreateClient().PostAsJsonAsync($"/api/events/{ev.Slug}/registrations", input, LiveJson.Options);

        await ApiAnswers.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(0, await CountAsync(app));
    }
}
