using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Winwin.Data;
using Winwin.Live.Features.Events;
using Winwin.Live.Features.Live;
using Winwin.Live.Features.Organizations;

using static Winwin.Live.Tests.ApiAnswers;

namespace Winwin.Live.Tests.Features.Organizations;

/// <summary>The participating organisations run from a script: <c>/api/events/{slug}/organizations</c>, with the Organisations tab's roles and checks.</summary>
public class OrganizationsApiTests
{
    private static OrganizationInput Input(string name, OrganizationKind kind = OrganizationKind.Association, string? table = null) =>
        new(name, kind, "Culture", table, "Une description", null, "Jeanne Dubois", "jeanne@exemple.example", "+32 81 00 00 00", "Arrive à 17 h");

    private static async Task<List<string>> AllPagesAsync(HttpClient client, string first, int expectedTotal)
    {
        var seen = new List<string>();
        string? next = first;
        while (next is not null)
        {
            var page = await ReadAsync<OrganizationsApi.OrganizationsPage>(await client.GetAsync(next), HttpStatusCode.OK);
            Assert.Equal(expectedTotal, page.Total);
            seen.AddRange(page.Items.Select(o => $"{o.Name}#{o.Id}"));
            next = page.Next;
        }
        return seen;
    }

    [Fact]
    public async Task ListOrganizations_SeveralPages_ByNameThenIdEveryOrganisationOnceAndBadPagingRefusedInDutch()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var staff = await app.CreateClientAsync(StaffRoles.Facilitator);
        var url = $"/api/events/{ev.Slug}/organizations";
        var ids = new List<int>();
        foreach (var body in new[]
        {
            new OrganizationsApi.OrganizationCreate(Input("Zèbre ASBL")),
            new OrganizationsApi.OrganizationCreate(Input("abbaye de Floreffe")),
            new OrganizationsApi.OrganizationCreate(Input("Centre culturel")),
            new OrganizationsApi.OrganizationCreate(Input("Garage Piron", OrganizationKind.Company), AllowSameName: true),
        })
        {
            ids.Add((await ReadAsync<StaffOrganization>(await staff.PostAsJsonAsync(url, body, LiveJson.Options), HttpStatusCode.Created)).Id);
        }
        staff.DefaultRequestHeaders.AcceptLanguage.ParseAdd("nl");

        var first = await AllPagesAsync(staff, $"{url}?pageSize=3", 8);
        var again = await AllPagesAsync(staff, $"{url}?pageSize=3", 8);
        var bad = await ProblemAsync(await staff.GetAsync($"{url}?page=0&pageSize=500"), HttpStatusCode.BadRequest);

        Assert.Equal(
        [
            $"abbaye de Floreffe#{ids[1]}", $"Centre culturel#{ids[2]}", $"Garage Piron#{ev.Organizations[2]}", $"Garage Piron#{ids[3]}",
            $"Imprimerie Gilson#{ev.Organizations[0]}", $"Les Petits Débrouillards#{ev.Organizations[1]}", $"Restos du Cœur Namur#{ev.Organizations[3]}",
            $"Zèbre ASBL#{ids[0]}",
        ], first);
        Assert.Equal(first, again);
        Assert.Equal("Pagina's tellen vanaf 1.", Message(bad, "page"));
        Assert.Contains("200", Message(bad, "pageSize"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListOrganizations_Filters_SearchKindAndPresenceAsThePanelAndTheNextLinkKeepsThem()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        await app.SetOrganizationAsync(ev.Organizations[3], o => o.IsPresent = false);
        var staff = await app.CreateClientAsync(StaffRoles.Coordinator);
        staff.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var url = $"/api/events/{ev.Slug}/organizations";
        async Task<List<string>> NamesAsync(string query) =>
            [.. (await ReadAsync<OrganizationsApi.OrganizationsPage>(await staff.GetAsync(url + query), HttpStatusCode.OK)).Items.Select(o => o.Name)];

        var byName = await NamesAsync("?q=debrouil");
        var byTable = await NamesAsync("?q=3");
        var associations = await NamesAsync("?kind=Association");
        var absent = await NamesAsync("?present=false");
        var presentAssociations = await NamesAsync("?kind=association&present=true");
        var firstCompany = await ReadAsync<OrganizationsApi.OrganizationsPage>(await staff.GetAsync($"{url}?kind=company&pageSize=1"), HttpStatusCode.OK);
        var secondCompany = await ReadAsync<OrganizationsApi.OrganizationsPage>(await staff.GetAsync(firstCompany.Next), HttpStatusCode.OK);
        var unknownKind = await ProblemAsync(await staff.GetAsync($"{url}?kind=1"), HttpStatusCode.BadRequest);

        Assert.Equal(["Les Petits Débrouillards"], byName);
        Assert.Equal(["Garage Piron"], byTable);
        Assert.Equal(["Les Petits Débrouillards", "Restos du Cœur Namur"], associations);
        Assert.Equal(["Restos du Cœur Namur"], absent);
        Assert.Equal(["Les Petits Débrouillards"], presentAssociations);
        Assert.Equal((2, "Garage Piron"), (firstCompany.Total, firstCompany.Items.Single().Name));
        Assert.Contains("kind=company", firstCompany.Next, StringComparison.Ordinal);
        Assert.Equal("Imprimerie Gilson", secondCompany.Items.Single().Name);
        Assert.Null(secondCompany.Next);
        Assert.Equal("'1' is not a kind of organisation: company or association.", Message(unknownKind, "kind"));
    }

    [Fact]
    public async Task CreateOrganization_NameAlreadyThere_RefusedWith409AndNothingSavedThenAcceptedWithAllowSameName()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var staff = await app.CreateClientAsync(StaffRoles.Facilitator);
        staff.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");
        var url = $"/api/events/{ev.Slug}/organizations";

        var refused = await ProblemAsync(await staff.PostAsJsonAsync(url, new OrganizationsApi.OrganizationCreate(Input("  garage PIRON ")), LiveJson.Options),
            HttpStatusCode.Conflict);
        var countAfterRefusal = await CountAsync(app);
        var response = await staff.PostAsJsonAsync(url, new OrganizationsApi.OrganizationCreate(Input("Garage Piron", table: "12"), AllowSameName: true), LiveJson.Options);
        var created = await ReadAsync<StaffOrganization>(response, HttpStatusCode.Created);
        var read = await ReadAsync<StaffOrganization>(await staff.GetAsync($"{url}/{created.Id}"), HttpStatusCode.OK);

        Assert.Contains("Garage Piron", Message(refused, "name"), StringComparison.Ordinal);
        Assert.Contains("existe", Message(refused, "name"), StringComparison.Ordinal);
        Assert.Equal(4, countAfterRefusal);
        Assert.Equal($"/api/events/{ev.Slug}/organizations/{created.Id}", response.Headers.Location?.OriginalString);
        Assert.Equal(("Garage Piron", "12", "jeanne@exemple.example", "Arrive à 17 h"), (read.Name, read.Table, read.ContactEmail, read.Notes));
        Assert.Equal(created.Version, read.Version);
        Assert.NotEqual(Guid.Empty, read.Version);
        await using var db = await app.DbFactory.CreateDbContextAsync();
        Assert.Equal(5, await db.Organizations.CountAsync());
        Assert.Equal("Garage Piron", (await db.Audit.SingleAsync(a => a.Action == "organization.created")).Subject);
    }

    [Fact]
    public async Task ChangeAndCheckOut_WithTheVersionRead_BoardUpdatedWithoutContactsThenTheOldVersionAnswers409AndChangesNothing()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var staff = await app.CreateClientAsync(StaffRoles.Facilitator);
        var url = $"/api/events/{ev.Slug}/organizations/{ev.Organizations[1]}";
        var before = await ReadAsync<StaffOrganization>(await staff.GetAsync(url), HttpStatusCode.OK);
        var board = await app.ConnectLiveAsync();
        await board.JoinAsAsync(ev.Slug, null, "board");

        var changed = await ReadAsync<StaffOrganization>(await staff.PutAsJsonAsync(url,
            new OrganizationsApi.OrganizationChange(before.Version, Input("Les Petits Débrouillards de Namur", table: "7")), LiveJson.Options), HttpStatusCode.OK);
        var staleChange = await ProblemAsync(await staff.PutAsJsonAsync(url,
            new OrganizationsApi.OrganizationChange(before.Version, Input("Écrasé")), LiveJson.Options), HttpStatusCode.Conflict);
        var staleCheckOut = await ProblemAsync(await staff.PostAsJsonAsync($"{url}/check-out", new EventsApi.VersionInput(before.Version), LiveJson.Options),
            HttpStatusCode.Conflict);
        var checkedOut = await ReadAsync<StaffOrganization>(await staff.PostAsJsonAsync($"{url}/check-out", new EventsApi.VersionInput(changed.Version), LiveJson.Options),
            HttpStatusCode.OK);
        var checkedIn = await ReadAsync<StaffOrganization>(await staff.PostAsJsonAsync($"{url}/check-in", new EventsApi.VersionInput(checkedOut.Version), LiveJson.Options),
            HttpStatusCode.OK);

        Assert.Equal(("Les Petits Débrouillards de Namur", "7"), (changed.Name, changed.Table));
        Assert.NotEqual(before.Version, changed.Version);
        Assert.False(string.IsNullOrWhiteSpace(staleChange.GetProperty("detail").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(staleCheckOut.GetProperty("detail").GetString()));
        Assert.False(checkedOut.IsPresent);
        Assert.True(checkedIn.IsPresent);
        var entries = await board.WaitForAsync(3);
        Assert.All(entries, e => Assert.Equal(FeedTypes.OrganizationUpserted, e.Type));
        Assert.Equal("Les Petits Débrouillards de Namur", entries[0].Payload.GetProperty("name").GetString());
        Assert.Equal([false, true], entries.Skip(1).Select(e => e.Payload.GetProperty("isPresent").GetBoolean()));
        Assert.All(entries, e => Assert.DoesNotContain("jeanne", e.Payload.GetRawText(), StringComparison.OrdinalIgnoreCase));
        await using var db = await app.DbFactory.CreateDbContextAsync();
        var stored = await db.Organizations.SingleAsync(o => o.Id == ev.Organizations[1]);
        Assert.Equal(("Les Petits Débrouillards de Namur", true, checkedIn.Version), (stored.Name, stored.IsPresent, stored.Version));
        Assert.Equal(["organization.updated", "organization.checkedOut", "organization.checkedIn"],
            await db.Audit.Where(a => a.Action.StartsWith("organization.")).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
    }

    [Fact]
    public async Task ChangeOrganization_ToAnotherOnesName_RefusedWith409AndUnchangedThenAcceptedWithAllowSameName()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var staff = await app.CreateClientAsync(StaffRoles.Coordinator);
        staff.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var url = $"/api/events/{ev.Slug}/organizations/{ev.Organizations[3]}";
        var before = await ReadAsync<StaffOrganization>(await staff.GetAsync(url), HttpStatusCode.OK);

        var refused = await ProblemAsync(await staff.PutAsJsonAsync(url,
            new OrganizationsApi.OrganizationChange(before.Version, Input("IMPRIMERIE gilson")), LiveJson.Options), HttpStatusCode.Conflict);
        var unchanged = await ReadAsync<StaffOrganization>(await staff.GetAsync(url), HttpStatusCode.OK);
        var accepted = await ReadAsync<StaffOrganization>(await staff.PutAsJsonAsync(url,
            new OrganizationsApi.OrganizationChange(before.Version, Input("Imprimerie Gilson"), AllowSameName: true), LiveJson.Options), HttpStatusCode.OK);

        Assert.Equal("An organisation with the same name already exists: 'Imprimerie Gilson'.", Message(refused, "name"));
        Assert.Equal(("Restos du Cœur Namur", before.Version), (unchanged.Name, unchanged.Version));
        Assert.Equal("Imprimerie Gilson", accepted.Name);
    }

    [Fact]
    public async Task OrganizationsApi_RolesOfTheTab_AnonymousAndNotaryRefusedUnknownEventOrOrganisation404()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var anonymous = app.CreateClient();
        var notary = await app.CreateClientAsync(StaffRoles.Notary);
        var coordinator = await app.CreateClientAsync(StaffRoles.Coordinator);
        var url = $"/api/events/{ev.Slug}/organizations";
        var version = (await ReadAsync<StaffOrganization>(await coordinator.GetAsync($"{url}/{ev.Organizations[0]}"), HttpStatusCode.OK)).Version;

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"{url}/{ev.Organizations[0]}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync(url, new OrganizationsApi.OrganizationCreate(Input("Intrus")), LiveJson.Options)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await notary.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await notary.PostAsJsonAsync($"{url}/{ev.Organizations[0]}/check-out", new EventsApi.VersionInput(version), LiveJson.Options)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync("/api/events/inconnue/organizations")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.PostAsJsonAsync("/api/events/inconnue/organizations", new OrganizationsApi.OrganizationCreate(Input("Perdue")), LiveJson.Options)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync($"{url}/999999")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.PutAsJsonAsync($"{url}/999999", new OrganizationsApi.OrganizationChange(version, Input("Perdue")), LiveJson.Options)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.PostAsJsonAsync($"{url}/999999/check-in", new EventsApi.VersionInput(version), LiveJson.Options)).StatusCode);
        await using var db = await app.DbFactory.CreateDbContextAsync();
        Assert.Equal(4, await db.Organizations.CountAsync());
        Assert.True((await db.Organizations.SingleAsync(o => o.Id == ev.Organizations[0])).IsPresent);
    }

    private static async Task<int> CountAsync(WinwinApplication app)
    {
        await using var db = await app.DbFactory.CreateDbContextAsync();
        return await db.Organizations.CountAsync();
    }
}
