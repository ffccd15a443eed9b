using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Winwin.Data;
using Winwin.Live.Features.Commands;
using Winwin.Live.Features.Deals;
using Winwin.Live.Features.FollowUp;
using Winwin.Live.Features.Live;

namespace Winwin.Live.Tests.Features.FollowUp;

public class FollowUpApiTests
{
    public static TheoryData<string, string> Endpoints => new()
    {
        { "GET", "/follow-up" },
        { "PUT", "/follow-up/1" },
        { "POST", "/follow-up/status" },
        { "POST", "/follow-up/close" },
        { "POST", "/follow-up/reopen" },
        { "GET", "/follow-up/call-sheet.csv" },
        { "GET", "/follow-up/open-requests.csv" },
        { "GET", "/report" },
        { "GET", "/report.csv" },
    };

    private static string[] Lines(byte[] file) =>
        Encoding.UTF8.GetString(file.AsSpan(3)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

    private static HttpRequestMessage Request(string method, string slug, string path, Guid version = default) => new(new HttpMethod(method), $"/api/events/{slug}{path}")
    {
        Content = method == "GET" ? null : JsonContent.Create(path.EndsWith("/status", StringComparison.Ordinal)
            ? new { status = "done", deals = new[] { new { number = 1, version } } }
            : (object)new { version, status = "done", notes = "Fait" }),
    };

    private static async Task<(WinwinApplication App, TestEvent Event, Guid Version)> ArrangeAsync()
    {
        var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var deals = app.Services.GetRequiredService<DealService>();
        var command = new AnnounceDealCommand(Guid.NewGuid(),
            [new AnnounceDealParty(ev.Organizations[0], "500 affiches A3"), new AnnounceDealParty(ev.Organizations[1], "Une animation")], [ev.RequestId], ev.MeansCategoryId, 300);
        var announced = await deals.AnnounceAsync(ev.Slug, command, new StaffActor("f", "Fatima"));
        Assert.True(announced.Succeeded);
        await using var db = await app.DbFactory.CreateDbContextAsync();
        return (app, ev, await db.Deals.Select(d => d.Version).SingleAsync());
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Endpoint_Anonymous_UnauthorizedNothingWrittenNoContactData(string method, string path)
    {
        var (app, ev, version) = await ArrangeAsync();
        await using var _ = app;

        var response = await app.CreateClient().SendAsync(Request(method, ev.Slug, path, version));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.All(ev.ContactData, contact => Assert.DoesNotContain(contact, body));
        await using var db = await app.DbFactory.CreateDbContextAsync();
        Assert.Equal(FollowUpStatus.NotContacted, (await db.Deals.SingleAsync()).FollowUpStatus);
        Assert.Null((await db.Events.SingleAsync()).FollowUpClosedAt);
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Endpoint_Facilitator_ForbiddenNothingWritten(string method, string path)
    {
        var (app, ev, version) = await ArrangeAsync();
        await using var _ = app;
        var facilitator = await app.CreateClientAsync(StaffRoles.Facilitator);

        var response = await facilitator.SendAsync(Request(method, ev.Slug, path, version));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        await using var db = await app.DbFactory.CreateDbContextAsync();
        Assert.Equal(FollowUpStatus.NotContacted, (await db.Deals.SingleAsync()).FollowUpStatus);
        Assert.Null((await db.Events.SingleAsync()).FollowUpClosedAt);
    }

    [Fact]
    public async Task Record_Coordinator_SavedAndTheReportsRealisationRateFollows()
    {
        var (app, ev, version) = await ArrangeAsync();
        await using var _ = app;
        var coordinator = await app.CreateClientAsync(StaffRoles.Coordinator);
        var before = await coordinator.GetFromJsonAsync<JsonElement>($"/api/events/{ev.Slug}/report", LiveJson.Options);

        var recorded = await coordinator.PutAsJsonAsync($"/api/events/{ev.Slug}/follow-up/1", new FollowUpApi.FollowUpInput(version, FollowUpStatus.Done, "Affiches livrées"), LiveJson.Options);
        var again = await coordinator.PutAsJsonAsync($"/api/events/{ev.Slug}/follow-up/1", new FollowUpApi.FollowUpInput(version, FollowUpStatus.Cancelled, null), LiveJson.Options);
        var after = await coordinator.GetFromJsonAsync<JsonElement>($"/api/events/{ev.Slug}/report", LiveJson.Options);

        Assert.Equal(HttpStatusCode.OK, recorded.StatusCode);
        Assert.Equal(JsonValueKind.Null, before.GetProperty("report").GetProperty("followUp").GetProperty("realisationRate").ValueKind);
        Assert.Equal(1m, after.GetProperty("report").GetProperty("followUp").GetProperty("realisationRate").GetDecimal());
        // The second PUT carried the version from before the first: reported as a conflict, in French.
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        var problem = await again.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("Quelqu'un d'autre vient de modifier", problem.GetProperty("errors").GetProperty("")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CallSheet_Coordinator_OneRowPerPartyWithContactsErasedOnesSaidSo()
    {
        var (app, ev, _) = await ArrangeAsync();
        await using var __ = app;
        await app.SetOrganizationAsync(ev.Organizations[1], o => (o.ContactName, o.ContactEmail, o.ContactPhone, o.ContactsErasedAt) = (null, null, null, DateTime.UtcNow));
        var coordinator = await app.CreateClientAsync(StaffRoles.Coordinator);

        var response = await coordinator.GetAsync($"/api/events/{ev.Slug}/follow-up/call-sheet.csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("bourse-suivi-appels.csv", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        var lines = Lines(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("Accord;Échéance;Date prévue;Étape;Statut du suivi;Catégorie;Organisation;", lines[0], StringComparison.Ordinal);
        // The event ended in March 2026: the first contact (2 April) is overdue. A phone number starting with "+" stays text in Excel.
        Assert.StartsWith("1;En retard;2026-04-02;Premier contact;Pas encore contacté;", lines[1], StringComparison.Ordinal);
        Assert.Contains(";Imprimerie Gilson;Entreprise;1;Aline Gilson;aline@gilson.example;'+32 81 11 22 33;500 affiches A3;Les Petits Débrouillards;;", lines[1], StringComparison.Ordinal);
        Assert.Contains(";Les Petits Débrouillards;Association;2;effacé;effacé;effacé;Une animation;Imprimerie Gilson;;", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task FollowUp_OrganisationThatDeclinedOnItsRegistration_ItsContactLeftOutAndSaidSo()
    {
        var (app, ev, _) = await ArrangeAsync();
        await using var __ = app;
        // Les Petits Débrouillards registered itself, declining to be contacted for the follow-up; the coordinator merged it.
        await using (var db = await app.DbFactory.CreateDbContextAsync())
        {
            db.Registrations.Add(new Registration
            {
                EventId = ev.Id,
                Name = "Les Petits Débrouillards",
                Kind = OrganizationKind.Association,
                ContactName = "Bruno Maes",
                ContactEmail = "bruno@debrouillards.example",
                AgreesToFollowUp = false,
                SubmittedAt = DateTime.UtcNow,
                UpdatedAt = DateTime.UtcNow,
                Entries = [new RegistrationEntry { Kind = ListingKind.Offer, CategoryId = ev.MeansCategoryId, Title = "Un atelier" }],
            });
            await db.SaveChangesAsync();
        }
        var coordinator = await app.CreateClientAsync(StaffRoles.Coordinator);
        var pending = (await ApiAnswers.ReadAsync<List<Winwin.Live.Features.Registrations.StaffRegistration>>(
            await coordinator.GetAsync($"/api/events/{ev.Slug}/registrations"), HttpStatusCode.OK)).Single();
        await ApiAnswers.ReadAsync<Winwin.Live.Features.Registrations.StaffRegistration>(await coordinator.PostAsJsonAsync(
            $"/api/events/{ev.Slug}/registrations/{pending.Id}/accept", new Winwin.Live.Features.Registrations.RegistrationDecision(pending.Version, ev.Organizations[1]), LiveJson.Options),
            HttpStatusCode.OK);

        var sheet = Lines(await coordinator.GetByteArrayAsync($"/api/events/{ev.Slug}/follow-up/call-sheet.csv"));
        var board = await app.Services.GetRequiredService<FollowUpQueries>().GetBoardAsync(ev.Slug);

        Assert.Contains(";Les Petits Débrouillards;Association;2;Ne souhaite pas être contactée pour le suivi;Ne souhaite pas être contactée pour le suivi;", sheet[2], StringComparison.Ordinal);
        Assert.DoesNotContain("bruno@", string.Join("\n", sheet), StringComparison.Ordinal);
        var party = board!.Items.Single().Parties.Single(p => p.OrganizationId == ev.Organizations[1]);
        Assert.Equal((true, null), (party.DeclinesFollowUp, party.ContactEmail));
        Assert.Equal("aline@gilson.example", board.Items.Single().Parties.Single(p => p.OrganizationId == ev.Organizations[0]).ContactEmail);
    }

    [Fact]
    public async Task CallSheet_FinishedDeal_LeftOut()
    {
        var (app, ev, version) = await ArrangeAsync();
        await using var _ = app;
        var coordinator = await app.CreateClientAsync(StaffRoles.Coordinator);
        (await coordinator.PutAsJsonAsync($"/api/events/{ev.Slug}/follow-up/1", new FollowUpApi.FollowUpInput(version, FollowUpStatus.NotFeasible, null), LiveJson.Options))
            .EnsureSuccessStatusCode();

        var lines = Lines(await coordinator.GetByteArrayAsync($"/api/events/{ev.Slug}/follow-up/call-sheet.csv"));

        Assert.Single(lines);
    }

    [Fact]
    public async Task OpenRequests_Coordinator_OnlyTheRequestNobodyAnsweredInTheImportFormat()
    {
        var (app, ev, _) = await ArrangeAsync();
        await using var _ = app;
        var coordinator = await app.CreateClientAsync(StaffRoles.Coordinator);

        var response = await coordinator.GetAsync($"/api/events/{ev.Slug}/follow-up/open-requests.csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var lines = Lines(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(
            ["organisation;organisation_type;sector;table;contact_name;contact_email;contact_phone;website;listing_type;category;title;description;contacts_erased",
             "Restos du Cœur Namur;association;Divers;4;Didier Wauters;didier@restos.example;'+32 471 44 55 66;;request;Matériel;Un frigo;;0"],
            lines);
    }

    [Fact]
    public async Task Close_Coordinator_ClosedThenRecordingRefusedWithAMessage()
    {
        var (app, ev, version) = await ArrangeAsync();
        await using var _ = app;
        var coordinator = await app.CreateClientAsync(StaffRoles.Coordinator);

        var closed = await coordinator.PostAsync($"/api/events/{ev.Slug}/follow-up/close", null);
        var refused = await coordinator.PutAsJsonAsync($"/api/events/{ev.Slug}/follow-up/1", new FollowUpApi.FollowUpInput(version, FollowUpStatus.Done, null), LiveJson.Options);

        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("clôturé", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var board = await coordinator.GetFromJsonAsync<JsonElement>($"/api/events/{ev.Slug}/follow-up", LiveJson.Options);
        Assert.Equal("closed", board.GetProperty("items")[0].GetProperty("due").GetString());
    }
}
