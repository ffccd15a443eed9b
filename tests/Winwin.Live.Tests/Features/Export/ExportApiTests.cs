using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Winwin.Data;
using Winwin.Live.Features.Commands;
using Winwin.Live.Features.Events;
using Winwin.Live.Features.Import;
using Winwin.Live.Features.Live;

namespace Winwin.Live.Tests.Features.Export;

public class ExportApiTests
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    /// <summary>The file's lines as Excel reads them: BOM removed, split on CRLF.</summary>
    private static string[] Lines(byte[] file) =>
        Encoding.UTF8.GetString(file.AsSpan(Bom.Length)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

    [Theory]
    [InlineData("organizations")]
    [InlineData("listings")]
    [InlineData("deals")]
    public async Task Export_Anonymous_UnauthorizedWithoutData(string file)
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();

        var response = await app.CreateClient().GetAsync($"/api/events/{ev.Slug}/export/{file}.csv");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.All(ev.ContactData, contact => Assert.DoesNotContain(contact, body));
    }

    [Fact]
    public async Task ExportOrganizations_Staff_ExcelReadyCsvWithContactData()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var staff = await app.CreateClientAsync(StaffRoles.Coordinator);

        var response = await staff.GetAsync($"/api/events/{ev.Slug}/export/organizations.csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("bourse-organisations.csv", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        var file = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Bom, file[..3]);
        var text = Encoding.UTF8.GetString(file.AsSpan(3));
        Assert.StartsWith(
            "organisation;organisation_type;sector;table;contact_name;contact_email;contact_phone;present;website;description;notes\r\n", text);
        Assert.EndsWith("\r\n", text);
        Assert.DoesNotContain("\n", text.Replace("\r\n", "", StringComparison.Ordinal));
        var lines = Lines(file);
        Assert.Equal(1 + 4, lines.Length);
        // A phone number starting with "+" is marked as text, or Excel would read it as a formula.
        Assert.Contains("Imprimerie Gilson;company;Divers;1;Aline Gilson;aline@gilson.example;'+32 81 11 22 33;1;;;", lines);
        Assert.Contains(lines, l => l.StartsWith("Les Petits Débrouillards;association;", StringComparison.Ordinal) && l.Contains("bruno@debrouillards.example", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ExportDeals_AnnouncedDeal_ListedWithBothPartiesAndWhatTheyGive()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var staff = await app.CreateClientAsync(StaffRoles.Facilitator);
        await WinwinApplication.AnnounceAsync(staff, ev, "500 affiches A3");

        var response = await staff.GetAsync($"/api/events/{ev.Slug}/export/deals.csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var file = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Bom, file[..3]);
        var lines = Lines(file);
        Assert.Equal(2, lines.Length);
        Assert.Equal("N°;Heure;Catégorie;win-win;Statut;Enregistré par;Partie 1;Donne (1);Partie 2;Donne (2)", lines[0]);
        var cells = lines[1].Split(';');
        Assert.Equal("1", cells[0]);
        Assert.Equal("oui", cells[3]);
        Assert.StartsWith("Staff", cells[5]);
        Assert.Equal(["Imprimerie Gilson", "500 affiches A3", "Les Petits Débrouillards", "Une animation"], cells[6..]);
    }

    [Fact]
    public async Task ExportDeals_DutchUser_HeaderInDutch()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var staff = await app.CreateClientAsync(StaffRoles.Coordinator);
        staff.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("nl"));
        await WinwinApplication.AnnounceAsync(staff, ev);

        var file = await staff.GetByteArrayAsync($"/api/events/{ev.Slug}/export/deals.csv");

        var lines = Lines(file);
        Assert.StartsWith("Nr.;Tijd;Categorie;win-win;Status;", lines[0], StringComparison.Ordinal);
        Assert.Contains(";ja;Aangekondigd;", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportListings_ImportedIntoAnotherEvent_RecreatesOrganisationsAndListings()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var staff = await app.CreateClientAsync(StaffRoles.Coordinator);
        var events = app.Services.GetRequiredService<EventService>();
        var created = await events.CreateAsync(new EventInput("dinant", "Bourse Winwin de Dinant", "Dinant", "Centre culturel",
            new DateTime(2026, 4, 2, 17, 0, 0, DateTimeKind.Utc), new DateTime(2026, 4, 2, 19, 0, 0, DateTimeKind.Utc), "fr"), StaffActor.System);
        Assert.True(created.Succeeded);

        var export = await staff.GetByteArrayAsync($"/api/events/{ev.Slug}/export/listings.csv");
        using var content = new ByteArrayContent(export);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        var response = await staff.PostAsync("/api/events/dinant/import", content);

        Assert.Equal("organisation;organisation_type;sector;table;listing_type;category;title;description;status", Lines(export)[0]);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = (await response.Content.ReadFromJsonAsync<ImportReport>(LiveJson.Options))!;
        Assert.Equal((3, 3), (report.OrganizationsCreated, report.ListingsCreated));
        var snapshot = await app.CreateClient().GetFromJsonAsync<SnapshotDto>("/api/events/dinant/snapshot", LiveJson.Options);
        Assert.Equal(["500 affiches A3", "Affiches pour notre festival", "Un frigo"], snapshot!.Listings.Select(l => l.Title).Order());
        Assert.All(snapshot.Listings, l => Assert.Equal("means", l.Category.Key));
    }

    [Fact]
    public async Task Export_UnknownEvent_NotFound()
    {
        await using var app = new WinwinApplication();
        var staff = await app.CreateClientAsync(StaffRoles.Coordinator);

        var response = await staff.GetAsync("/api/events/nowhere/export/organizations.csv");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
