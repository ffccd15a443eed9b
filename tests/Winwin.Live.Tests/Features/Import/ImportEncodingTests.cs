using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Winwin.Data;
using Winwin.Live.Features.Import;
using Winwin.Live.Features.Live;

namespace Winwin.Live.Tests.Features.Import;

public class ImportEncodingTests
{
    private const string File =
        "organisation;organisation_type;contact_email;listing_type;category;title\r\n"
        + "Œuvres du Cœur;asbl;zoe@oeuvres.example;demande;Matériel;Tables à café\r\n";

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string slug, byte[] file, string language)
    {
        using var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/events/{slug}/import") { Content = content };
        request.Headers.AcceptLanguage.ParseAdd(language);
        return await client.SendAsync(request);
    }

    [Theory]
    [InlineData("fr", "Ce fichier n'est pas du texte UTF-8 ni Windows-1252")]
    [InlineData("nl", "Dit bestand is geen UTF-8- of Windows-1252-tekst")]
    [InlineData("en", "This file is not UTF-8 or Windows-1252 text")]
    public async Task Import_Utf16WithoutByteOrderMark_OneEncodingProblemInTheUsersLanguageAndNothingWritten(string language, string message)
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var staff = await app.CreateClientAsync(StaffRoles.Coordinator);

        var response = await PostAsync(staff, ev.Slug, new UnicodeEncoding(bigEndian: false, byteOrderMark: false).GetBytes(File), language);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = Assert.Single((await response.Content.ReadFromJsonAsync<ImportReport>(LiveJson.Options))!.Problems);
        Assert.Equal((1, ImportProblems.Encoding), (problem.Line, problem.Code));
        Assert.StartsWith(message, problem.Message, StringComparison.Ordinal);
        await using var db = await app.DbFactory.CreateDbContextAsync();
        Assert.False(await db.Organizations.AnyAsync(o => o.Name.Contains("uvres")));
    }

    public static TheoryData<string, byte[]> Encodings => new()
    {
        { "UTF-8", Encoding.UTF8.GetBytes(File) },
        { "UTF-8 with its mark", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(File)] },
        { "UTF-16 LE with its mark", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(File)] },
        { "UTF-16 BE with its mark", [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(File)] },
        { "Windows-1252 (Excel's CSV)", CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(File) },
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public async Task Import_EachEncodingSpreadsheetsWrite_ImportedWithItsAccents(string encoding, byte[] file)
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var staff = await app.CreateClientAsync(StaffRoles.Coordinator);

        var response = await PostAsync(staff, ev.Slug, file, "fr");

        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{encoding}: {await response.Content.ReadAsStringAsync()}");
        await using var db = await app.DbFactory.CreateDbContextAsync();
        var organization = await db.Organizations.SingleAsync(o => o.ContactEmail == "zoe@oeuvres.example");
        Assert.Equal("Œuvres du Cœur", organization.Name);
        Assert.True(await db.Listings.AnyAsync(l => l.OrganizationId == organization.Id && l.Title == "Tables à café"), encoding);
    }
}
