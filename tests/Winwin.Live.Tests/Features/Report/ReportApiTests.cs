using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Winwin.Data;
using Winwin.Live.Features.Live;

namespace Winwin.Live.Tests.Features.Report;

public class ReportApiTests
{
    private static string[] Lines(byte[] file) =>
        Encoding.UTF8.GetString(file.AsSpan(3)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public async Task ReportCsv_Coordinator_FiguresInLongFormForExcel()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var coordinator = await app.CreateClientAsync(StaffRoles.Coordinator);
        await WinwinApplication.AnnounceAsync(coordinator, ev);
        await WinwinApplication.AnnounceAsync(coordinator, ev, gives: "", first: 2, second: 3);

        var response = await coordinator.GetAsync($"/api/events/{ev.Slug}/report.csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("bourse-rapport.csv", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        var lines = Lines(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("Rubrique;Indicateur;Valeur", lines[0]);
        Assert.Contains("Chiffres clés;Organisations;4", lines);
        Assert.Contains("Chiffres clés;Entreprises;2", lines);
        Assert.Contains("Chiffres clés;Accords;2", lines);
        Assert.Contains("Chiffres clés;Taux de réciprocité (%);50", lines);
        Assert.Contains("Réalisation après le suivi;Pas encore contacté;2", lines);
        Assert.Contains("Réalisation après le suivi;Taux de réalisation (%);", lines);
        Assert.Contains("Les accords pendant la bourse;18:00;0", lines); // 17:00 UTC is 18:00 in Brussels
        Assert.Contains(lines, l => l.StartsWith("Éditions · Bourse Winwin de Namur (2026-03-12);Accords;2", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Report_SameMunicipalityEarlierEdition_BothEditionsOldestFirst()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        await using (var db = await app.DbFactory.CreateDbContextAsync())
        {
            db.Events.Add(new Event
            {
                Slug = "namur-2025",
                Name = "Bourse Winwin de Namur 2025",
                Municipality = " NAMUR",
                Venue = "Arsenal",
                StartsAt = new DateTime(2025, 3, 13, 17, 0, 0, DateTimeKind.Utc),
                EndsAt = new DateTime(2025, 3, 13, 19, 0, 0, DateTimeKind.Utc),
            });
            db.Events.Add(new Event
            {
                Slug = "wavre-2025",
                Name = "Bourse Winwin de Wavre",
                Municipality = "Wavre",
                Venue = "Hôtel de ville",
                StartsAt = new DateTime(2025, 5, 1, 17, 0, 0, DateTimeKind.Utc),
                EndsAt = new DateTime(2025, 5, 1, 19, 0, 0, DateTimeKind.Utc),
            });
            await db.SaveChangesAsync();
        }
        var coordinator = await app.CreateClientAsync(StaffRoles.Coordinator);
        await WinwinApplication.AnnounceAsync(coordinator, ev);

        var view = await coordinator.GetFromJsonAsync<JsonElement>($"/api/events/{ev.Slug}/report", LiveJson.Options);

        var editions = view.GetProperty("editions").EnumerateArray().Select(e => (e.GetProperty("slug").GetString(), e.GetProperty("deals").GetInt32())).ToList();
        Assert.Equal([("namur-2025", 0), (ev.Slug, 1)], editions);
    }

    [Fact]
    public async Task Report_TopContributors_OnlyOrganisationsThatOptedIn()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        await app.SetOrganizationAsync(ev.Organizations[1], o => o.ShowInReport = true);
        var coordinator = await app.CreateClientAsync(StaffRoles.Coordinator);
        await WinwinApplication.AnnounceAsync(coordinator, ev);

        var view = await coordinator.GetFromJsonAsync<JsonElement>($"/api/events/{ev.Slug}/report", LiveJson.Options);

        var top = view.GetProperty("report").GetProperty("topContributors").EnumerateArray().Select(c => c.GetProperty("name").GetString()).ToList();
        Assert.Equal(["Les Petits Débrouillards"], top);
    }
}
