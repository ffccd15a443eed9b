using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Winwin.Data;
using Winwin.Live.Features.Deals;
using Winwin.Live.Features.FollowUp;
using Winwin.Live.Features.Live;

namespace Winwin.Live.Tests.Features.MatchForm;

/// <summary>Each party's own link: it confirms the deal or reports a mistake, and after the bourse says how it went.</summary>
public class PartyLinkTests
{
    private sealed record Arranged(WinwinApplication App, TestEvent Event, HttpClient Staff, int Number, string Piron, string Restos);

    /// <summary>An announced deal between Garage Piron (a van on Saturday) and Restos du Cœur Namur (an activity), with each party's token.</summary>
    private static async Task<Arranged> ArrangeAsync(WinwinApplication app, TimeProvider? clock = null)
    {
        var ev = await app.CreateEventAsync();
        if (clock is not null)
        {
            // The evening is under way on the test's clock (which starts at the real time: sign-in cookies expire in real time).
            await app.SetEveningAroundAsync(ev, clock.GetUtcNow().UtcDateTime);
        }
        var staff = await app.CreateClientAsync(StaffRoles.Coordinator);
        var deal = await WinwinApplication.AnnounceAsync(staff, ev, "Une camionnette le samedi", first: 2, second: 3);
        var tokens = await app.PartyTokensAsync(ev, deal.Number);
        return new Arranged(app, ev, staff, deal.Number, tokens[0], tokens[1]);
    }

    private static HttpClient Browser(WinwinApplication app) => app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });

    private static async Task<string> PageAsync(HttpClient browser, string token)
    {
        var response = await browser.GetAsync($"/m/{token}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient browser, string token, string form, Dictionary<string, string> fields)
    {
        var page = await browser.GetStringAsync($"/m/{token}");
        fields["_handler"] = form;
        fields["__RequestVerificationToken"] = FormPages.AntiforgeryToken(page);
        return await browser.PostAsync($"/m/{token}", new FormUrlEncodedContent(fields));
    }

    private static Task<StaffDeal?> StaffDealAsync(Arranged a) =>
        a.Staff.GetFromJsonAsync<StaffDeal>($"/api/events/{a.Event.Slug}/deals/{a.Number}", LiveJson.Options);

    [Fact]
    public async Task Confirm_OnItsOwnLink_IsShownBackToThePartyOnTheFormAndToStaffWithItsHistory()
    {
        await using var app = new WinwinApplication();
        var a = await ArrangeAsync(app);
        var browser = Browser(app);

        var before = await PageAsync(browser, a.Piron);
        var posted = await PostAsync(browser, a.Piron, "answer", new() { ["Answer.Choice"] = "Confirmed" });
        var twice = await PostAsync(browser, a.Piron, "answer", new() { ["Answer.Choice"] = "Confirmed" });

        Assert.Contains("Garage Piron : votre réponse", before);
        Assert.Contains("Je confirme cet accord", before);
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.EndsWith($"/m/{a.Piron}?saved=answer", posted.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var after = await PageAsync(browser, $"{a.Piron}?saved=answer");
        Assert.Contains("Merci, votre réponse est enregistrée.", after);
        Assert.Contains("Vous avez confirmé cet accord le", after);
        Assert.DoesNotContain("Je confirme cet accord", after);
        // The other party's link and the deal's own link show who confirmed, without any form to answer for Garage Piron.
        var other = await PageAsync(Browser(app), a.Restos);
        Assert.Contains("Restos du Cœur Namur : votre réponse", other);
        Assert.Contains("Confirmé", other);
        Assert.Contains("Je confirme cet accord", other);
        var deal = (await StaffDealAsync(a))!;
        Assert.Equal([PartyAnswer.Confirmed, PartyAnswer.None], deal.Answers);
        var line = deal.History[^1];
        Assert.Equal((DealAction.Confirmed, "Garage Piron"), (line.Action, line.ActorName));
        // Sent twice, confirmed once.
        Assert.Equal(HttpStatusCode.Redirect, twice.StatusCode);
        Assert.Single(deal.History, h => h.Action == DealAction.Confirmed);
        var desk = await a.Staff.GetFromJsonAsync<List<DeskDealDto>>($"/api/events/{a.Event.Slug}/desk/deals", LiveJson.Options);
        Assert.Equal([PartyAnswer.Confirmed, PartyAnswer.None], desk!.Single().Answers);
    }

    [Fact]
    public async Task Dispute_WithoutANote_IsRefusedUnderTheNoteAndNothingIsSaved_WithOneTheNoteReachesTheFollowUpList()
    {
        await using var app = new WinwinApplication();
        var a = await ArrangeAsync(app);
        var browser = Browser(app);

        var refused = await PostAsync(browser, a.Restos, "answer", new() { ["Answer.Choice"] = "Disputed", ["Answer.Note"] = "   " });
        var refusedPage = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        var unchanged = (await StaffDealAsync(a))!;
        var posted = await PostAsync(browser, a.Restos, "answer", new() { ["Answer.Choice"] = "Disputed", ["Answer.Note"] = "Nous donnons un repas, pas une animation." });
        var followUp = await a.Staff.GetFromJsonAsync<FollowUpBoard>($"/api/events/{a.Event.Slug}/follow-up", LiveJson.Options);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Dites en quelques mots ce qui ne va pas.", refusedPage);
        Assert.Equal([PartyAnswer.None, PartyAnswer.None], unchanged.Answers);
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var restos = followUp!.Items.Single().Parties[1];
        Assert.Equal((PartyAnswer.Disputed, "Nous donnons un repas, pas une animation."), (restos.Answer, restos.AnswerNote));
        Assert.Equal(a.Restos, restos.Token);
        // The note is the party's and staff's: the deal's own link says a mistake was reported, not what.
        var shared = await PageAsync(Browser(app), (await DealTokenAsync(a))!);
        Assert.Contains("Erreur signalée", shared);
        Assert.DoesNotContain("pas une animation", shared);
    }

    private static async Task<string?> DealTokenAsync(Arranged a)
    {
        await using var db = await a.App.DbFactory.CreateDbContextAsync();
        return await db.Deals.Where(d => d.EventId == a.Event.Id && d.Number == a.Number).Select(d => d.PrivateToken).SingleAsync();
    }

    [Fact]
    public async Task Report_Done_MovesTheDealsFollowUpWithItsSourceAndTheReportsRealisationRate()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var app = new WinwinApplication().WithClock(clock);
        var a = await ArrangeAsync(app, clock);
        var browser = Browser(app);

        var tooEarly = await PostAsync(browser, a.Piron, "report", new() { ["Report.Status"] = "Done" });
        var tooEarlyPage = WebUtility.HtmlDecode(await tooEarly.Content.ReadAsStringAsync());
        clock.Advance(TimeSpan.FromDays(21));
        a = a with { Staff = await app.CreateClientAsync(StaffRoles.Coordinator) };
        var nothingChosen = await PostAsync(browser, a.Piron, "report", new() { ["Report.Note"] = "Tout va bien" });
        var posted = await PostAsync(browser, a.Piron, "report", new() { ["Report.Status"] = "Done", ["Report.Note"] = "Camionnette prêtée deux samedis." });
        var board = await a.Staff.GetFromJsonAsync<FollowUpBoard>($"/api/events/{a.Event.Slug}/follow-up", LiveJson.Options);
        var report = await a.Staff.GetFromJsonAsync<JsonElement>($"/api/events/{a.Event.Slug}/report", LiveJson.Options);

        Assert.Contains("Le suivi de cet accord n'est pas ouvert", tooEarlyPage);
        Assert.Contains("Ce champ est obligatoire.", WebUtility.HtmlDecode(await nothingChosen.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.EndsWith($"/m/{a.Piron}?saved=report#follow-up", posted.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var item = board!.Items.Single();
        Assert.Equal((FollowUpStatus.Done, FollowUpSource.Party, "Garage Piron"), (item.Status, item.Source, item.ByName));
        Assert.Equal((FollowUpStatus.Done, "Camionnette prêtée deux samedis."), (item.Parties[0].Reported, item.Parties[0].ReportedNote));
        Assert.Equal(1m, report.GetProperty("report").GetProperty("followUp").GetProperty("realisationRate").GetDecimal());
        var page = await PageAsync(browser, a.Piron);
        Assert.Contains("vous avez dit : Réalisé", page);
    }

    [Fact]
    public async Task Report_AfterTheCoordinatorsVerdict_IsKeptBesideItButDoesNotReplaceIt()
    {
        await using var app = new WinwinApplication();
        var a = await ArrangeAsync(app);
        var version = (await a.Staff.GetFromJsonAsync<FollowUpBoard>($"/api/events/{a.Event.Slug}/follow-up", LiveJson.Options))!.Items.Single().Version;
        (await a.Staff.PutAsJsonAsync($"/api/events/{a.Event.Slug}/follow-up/{a.Number}",
            new FollowUpApi.FollowUpInput(version, FollowUpStatus.NotFeasible, "La camionnette est en panne."), LiveJson.Options)).EnsureSuccessStatusCode();

        var posted = await PostAsync(Browser(app), a.Restos, "report", new() { ["Report.Status"] = "InProgress" });
        var item = (await a.Staff.GetFromJsonAsync<FollowUpBoard>($"/api/events/{a.Event.Slug}/follow-up", LiveJson.Options))!.Items.Single();

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Equal((FollowUpStatus.NotFeasible, FollowUpSource.Staff), (item.Status, item.Source));
        Assert.Equal(FollowUpStatus.InProgress, item.Parties[1].Reported);
    }

    [Fact]
    public async Task Correction_OfWhatAPartyGives_KeepsEachPartysLinkAndAsksForItsConfirmationAgain()
    {
        await using var app = new WinwinApplication();
        var a = await ArrangeAsync(app);
        await PostAsync(Browser(app), a.Piron, "answer", new() { ["Answer.Choice"] = "Confirmed" });
        var deal = (await StaffDealAsync(a))!;

        var corrected = await a.Staff.PutAsJsonAsync($"/api/events/{a.Event.Slug}/deals/{a.Number}",
            new DealsApi.DealCorrection(deal.Version, new CorrectDealCommand(
                [new AnnounceDealParty(a.Event.Organizations[2], "Une camionnette deux samedis"), new AnnounceDealParty(a.Event.Organizations[3], "Une animation")], [], null)),
            LiveJson.Options);

        corrected.EnsureSuccessStatusCode();
        Assert.Equal([a.Piron, a.Restos], await app.PartyTokensAsync(a.Event, a.Number));
        Assert.Equal([PartyAnswer.None, PartyAnswer.None], (await StaffDealAsync(a))!.Answers);
        Assert.Contains("Une camionnette deux samedis", await PageAsync(Browser(app), a.Piron));
    }

    [Fact]
    public async Task Answer_RetractedDealOrUnknownLink_IsRefused()
    {
        await using var app = new WinwinApplication();
        var a = await ArrangeAsync(app);
        var version = (await StaffDealAsync(a))!.Version;
        (await a.Staff.PostAsJsonAsync($"/api/events/{a.Event.Slug}/deals/{a.Number}/retract", new DealsApi.DealChange(version, "Doublon"), LiveJson.Options)).EnsureSuccessStatusCode();
        var browser = Browser(app);

        var page = await PageAsync(browser, a.Piron);
        var unknown = await browser.GetAsync($"/m/{new string('a', 32)}");

        Assert.Contains("Cet accord n'est pas (ou plus) annoncé", page);
        Assert.DoesNotContain("Je confirme cet accord", page);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        var service = app.Services.GetService(typeof(Winwin.Live.Features.MatchForm.PartyService)) as Winwin.Live.Features.MatchForm.PartyService;
        var refused = await service!.AnswerAsync(a.Piron, PartyAnswer.Confirmed, null);
        Assert.Equal(Winwin.Live.Features.MatchForm.PartyErrors.NotAnnounced, Assert.Single(refused.Errors).Code);
        Assert.True((await service.AnswerAsync(new string('b', 32), PartyAnswer.Confirmed, null)).IsNotFound);
    }
}
