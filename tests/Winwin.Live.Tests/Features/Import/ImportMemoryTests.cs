using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Winwin.Data;
using Winwin.Live.Features.Import;
using Winwin.Live.Features.Live;
using Xunit.Abstractions;

namespace Winwin.Live.Tests.Features.Import;

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ImportMemoryCollection
{
    /// <summary>Alone in the process while it runs: what it allocates is the import's, not another test's.</summary>
    public const string Name = "import memory";
}

/// <summary>A hostile file does not make one import take hundreds of megabytes: the file's lines are measured before they are parsed.</summary>
[Collection(ImportMemoryCollection.Name)]
public class ImportMemoryTests(ITestOutputHelper output)
{
    private const string Header =
        "organisation;organisation_type;sector;table;contact_name;contact_email;contact_phone;listing_type;category;title;description";

    private const string Row = "Garage Martin;entreprise;Automobile;12;Luc Martin;luc@garage-martin.example;0470 12 34 56;offre;transport;Une camionnette;";

    /// <summary>
    /// Allocated by the whole process (server and client) during one import of a 5 MB file: a generous bound. The body is
    /// read into memory (up to the 10 MB limit) and its text decoded once; before lines were measured, a 5 MB line of
    /// separators took 511 MB, and 1.6 GB as the header line.
    /// </summary>
    private const long AllocationBound = 64 * 1024 * 1024;

    private static async Task<(HttpResponseMessage Response, long Allocated, TimeSpan Elapsed)> PostAsync(HttpClient client, string slug, byte[] file)
    {
        using var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        var response = await client.PostAsync($"/api/events/{slug}/import?dryRun=true", content);
        await response.Content.LoadIntoBufferAsync();
        clock.Stop();
        return (response, GC.GetTotalAllocatedBytes(precise: true) - before, clock.Elapsed);
    }

    [Theory]
    [InlineData(1, ";")]
    [InlineData(3, ";")]
    [InlineData(3, ",")]
    [InlineData(3, "x")]
    public async Task Import_FiveMegabyteLine_RefusedNamingTheLine_FastAndInBoundedMemory(int line, string filler)
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var staff = await app.CreateClientAsync(StaffRoles.Coordinator);
        string[] lines = [Header, Row, Row.Replace("offre", "demande", StringComparison.Ordinal)];
        lines[line - 1] = new string(filler[0], 5 * 1024 * 1024);
        var file = Encoding.UTF8.GetBytes(string.Join("\r\n", lines) + "\r\n");
        // The first request of a new server loads and compiles what every request uses: not the import's cost.
        await PostAsync(staff, ev.Slug, Encoding.UTF8.GetBytes(Header + "\r\n" + Row + "\r\n"));

        var (response, allocated, elapsed) = await PostAsync(staff, ev.Slug, file);

        output.WriteLine($"5 MB line of '{filler}' as line {line}: {(int)response.StatusCode} in {elapsed.TotalMilliseconds:F0} ms, {allocated / (1024.0 * 1024):F1} MB allocated");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = Assert.Single((await response.Content.ReadFromJsonAsync<ImportReport>(LiveJson.Options))!.Problems);
        Assert.Equal((line, ImportProblems.LineTooLong), (problem.Line, problem.Code));
        Assert.Equal($"Ligne trop longue : plus de {CsvImportParser.MaxLineLength} caractères. Le fichier n'est pas lu plus loin.", problem.Message);
        Assert.True(elapsed < TimeSpan.FromSeconds(5), $"{elapsed}");
        Assert.True(allocated < AllocationBound, $"{allocated:N0} bytes allocated");
    }

    [Fact]
    public async Task Import_ThousandsOfShortCellsOnEveryLine_RefusedOnTheFirstSuchLineInBoundedMemory()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var staff = await app.CreateClientAsync(StaffRoles.Coordinator);
        // 300 rows of 8,000 one-letter cells: each line fits the length, none the number of columns; 4.6 MB in all.
        var wide = string.Join(';', Enumerable.Repeat("x", 8_000));
        var file = Encoding.UTF8.GetBytes($"{Header}\r\n{Row}\r\n" + string.Concat(Enumerable.Repeat(wide + "\r\n", 300)));
        await PostAsync(staff, ev.Slug, Encoding.UTF8.GetBytes(Header + "\r\n" + Row + "\r\n"));

        var (response, allocated, elapsed) = await PostAsync(staff, ev.Slug, file);

        output.WriteLine($"300 lines of 8,000 cells: {(int)response.StatusCode} in {elapsed.TotalMilliseconds:F0} ms, {allocated / (1024.0 * 1024):F1} MB allocated");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = Assert.Single((await response.Content.ReadFromJsonAsync<ImportReport>(LiveJson.Options))!.Problems);
        Assert.Equal((3, ImportProblems.TooManyColumns), (problem.Line, problem.Code));
        Assert.Equal($"Trop de colonnes : plus de {CsvImportParser.MaxColumns}. Le fichier n'est pas lu plus loin.", problem.Message);
        Assert.True(elapsed < TimeSpan.FromSeconds(5), $"{elapsed}");
        Assert.True(allocated < AllocationBound, $"{allocated:N0} bytes allocated");
    }
}
