using Microsoft.Playwright;
using Winwin.Data;
using Winwin.E2E.Pages;
using Winwin.E2E.Rehearsal;
using Winwin.Live.Tests;
using Xunit.Abstractions;

namespace Winwin.E2E;

/// <summary>
/// The dress rehearsal: every page of <see cref="RehearsalPages"/> on a big bourse, at every size it must hold at.
/// A page fails when a text is cut or overlaps another or leaves the screen, when one of its links answers anything
/// but 200 (public pages), or when axe-core finds a serious or critical violation.
/// </summary>
[Collection(LiveSiteCollection.Name)]
public class DressRehearsalTests(LiveSite site, ITestOutputHelper output)
{
    public static TheoryData<string, int, int> Cases() => RehearsalPages.Cases();

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Page_AtSize_NothingCutNoBrokenLinkNoSeriousAccessibilityViolation(string name, int width, int height)
    {
        await site.RunAsync(async () =>
        {
            var page = RehearsalPages.Find(name);
            if (page.Bourse is { } bourse)
            {
                await RehearsalBourses.EnsureAsync(site, bourse);
            }
            var address = await page.Address(site);
            var tab = await site.OpenAsync(width, height);
            if (page.SignedIn)
            {
                var email = await site.App.CreateUserAsync(StaffRoles.Coordinator, "Claire Coordinatrice");
                await new ControlPanelPage(tab).SignInAsync(email, WinwinApplication.Password);
            }

            var response = await tab.GotoAsync(address);
            Assert.Equal(200, response?.Status);
            await ReadyAsync(tab, page.ReadySelector);
            if (page.Then is { } then)
            {
                await then(tab);
                await tab.EvaluateAsync("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))");
            }

            var layout = await LayoutCheck.RunAsync(tab);
            var (links, brokenLinks) = page.SignedIn ? (0, []) : await site.Links.CheckAsync(tab);
            var (rules, violations, minor) = await AccessibilityCheck.RunAsync(tab);
            await tab.ScreenshotAsync(new() { Path = Path.Combine(LiveSite.ScreenshotDirectory, "rehearsal", $"{Slug(name)}-{width}x{height}.png"), Timeout = 30_000 });

            output.WriteLine($"{name} at {width}×{height} ({address}): {layout.Texts} text boxes, {layout.Shortened} shortened with an ellipsis; " +
                $"{links} links followed; axe: {rules} rules, {violations.Count} serious or critical, {minor.Count} minor.");
            foreach (var line in minor)
            {
                output.WriteLine($"  minor (not failing): {line}");
            }
            var problems = layout.Problems.Concat(brokenLinks).Concat(violations).Concat(RehearsalPages.Staff.Contains(page) ? await LandmarksAsync(tab) : []).ToList();
            Assert.True(problems.Count == 0, $"{name} at {width}×{height}:{Environment.NewLine}{string.Join(Environment.NewLine, problems)}");
        });
    }

    [Theory]
    [InlineData(RehearsalBourses.Open)]
    [InlineData(RehearsalBourses.Huge)]
    public async Task PhoneFirstLoad_BigBourse_AtMost60KilobytesCompressed(string slug)
    {
        await site.RunAsync(async () =>
        {
            await RehearsalBourses.EnsureAsync(site, slug);
            var spec = RehearsalBourses.Specs[slug];
            var tab = await site.OpenAsync(390, 844);
            var loaded = new List<IResponse>();
            tab.Response += (_, response) =>
            {
                lock (loaded)
                {
                    loaded.Add(response);
                }
            };

            await tab.GotoAsync($"/e/{slug}");
            await ReadyAsync(tab, null);

            // What the phone downloads to show the page: the document, styles, scripts, images (not the live connection).
            // The document is weighed as this server sends it (compressed as it is rendered); the static files as a published
            // build serves them (compressed once at publish, at the smallest size): a development build stores them uncompressed.
            using var http = new HttpClient(new SocketsHttpHandler { AutomaticDecompression = System.Net.DecompressionMethods.All }) { BaseAddress = site.BaseAddress };
            using var raw = new HttpClient(new SocketsHttpHandler { AutomaticDecompression = System.Net.DecompressionMethods.None }) { BaseAddress = site.BaseAddress };
            async Task<long> ServedAsync(string path, string accept)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, path);
                request.Headers.TryAddWithoutValidation("Accept-Encoding", accept);
                using var answer = await raw.SendAsync(request);
                answer.EnsureSuccessStatusCode();
                return (await answer.Content.ReadAsByteArrayAsync()).LongLength;
            }
            async Task<(long Gzip, long Brotli)> PublishedAsync(string path)
            {
                var content = await http.GetByteArrayAsync(path);
                return (Compressed(content, s => new System.IO.Compression.GZipStream(s, System.IO.Compression.CompressionLevel.SmallestSize, leaveOpen: true)),
                    Compressed(content, s => new System.IO.Compression.BrotliStream(s, System.IO.Compression.CompressionLevel.SmallestSize, leaveOpen: true)));
            }
            var parts = new List<(string Type, string Path, long Gzip, long Brotli)>();
            foreach (var response in loaded.ToList().Where(r => r.Request.ResourceType is "document" or "stylesheet" or "script" or "image" or "font"))
            {
                var path = new Uri(response.Url).PathAndQuery;
                var (gzip, brotli) = response.Request.ResourceType == "document"
                    ? (await ServedAsync(path, "gzip"), await ServedAsync(path, "br"))
                    : await PublishedAsync(path);
                parts.Add((response.Request.ResourceType, path, gzip, brotli));
            }
            var total = parts.Sum(p => p.Gzip);
            var totalBrotli = parts.Sum(p => p.Brotli);
            output.WriteLine($"Phone first load at {spec.Listings:N0} offers and requests and {spec.Organizations:N0} organisations: " +
                $"{total:N0} bytes gzip ({total / 1024.0:F1} KB), {totalBrotli:N0} bytes Brotli ({totalBrotli / 1024.0:F1} KB), in {parts.Count} files:");
            foreach (var part in parts)
            {
                output.WriteLine($"  {part.Type,-10} {part.Gzip,8:N0} gzip {part.Brotli,8:N0} br  {part.Path}");
            }
            Assert.Contains(parts, p => p.Type == "document");
            Assert.True(total <= 60 * 1024, $"The phone's first load weighs {total:N0} bytes at {spec.Listings:N0} listings.");
        });
    }

    [Fact]
    public async Task ScreenshotTour_BigBourse_BoardAndPhoneForTheReadme()
    {
        await site.RunAsync(async () =>
        {
            foreach (var slug in new[] { RehearsalBourses.Open, RehearsalBourses.BeforeOpening, RehearsalBourses.Closed })
            {
                await RehearsalBourses.EnsureAsync(site, slug);
            }
            async Task ShootAsync(string path, int width, int height, string file)
            {
                var tab = await site.OpenAsync(width, height);
                await tab.GotoAsync(path);
                await ReadyAsync(tab, null);
                await tab.ScreenshotAsync(new() { Path = Path.Combine(LiveSite.ScreenshotDirectory, file), Animations = ScreenshotAnimations.Disabled });
                output.WriteLine($"{file}: {path} at {width}×{height}");
            }

            await ShootAsync($"/e/{RehearsalBourses.Open}/board", 1920, 1080, "board.png");
            await ShootAsync($"/e/{RehearsalBourses.Open}/board", 1280, 720, "board-1280.png");
            await ShootAsync($"/e/{RehearsalBourses.BeforeOpening}/board", 1920, 1080, "board-before-opening.png");
            await ShootAsync($"/e/{RehearsalBourses.Closed}/board", 1920, 1080, "board-closed.png");
            await ShootAsync($"/e/{RehearsalBourses.Open}", 390, 844, "phone.png");
            await ShootAsync($"/e/{RehearsalBourses.Open}/offers?q=laptop", 390, 844, "phone-finder.png");
            await ShootAsync("/", 390, 844, "phone-front-door.png");
            Assert.True(site.Problems.Count == 0, string.Join(Environment.NewLine, site.Problems));
        });
    }

    /// <summary>Waits for the page to be loaded, quiet, live (if it is a live page) and laid out, and stops its animations.</summary>
    internal static async Task ReadyAsync(IPage tab, string? selector)
    {
        await tab.WaitForLoadStateAsync(LoadState.NetworkIdle);
        if (await tab.Locator("[data-connection]").CountAsync() > 0)
        {
            await tab.Locator("[data-connection='live']").WaitForAsync();
            await tab.WaitForLoadStateAsync(LoadState.NetworkIdle);
        }
        if (selector is not null)
        {
            await tab.Locator(selector).First.WaitForAsync();
        }
        await tab.AddStyleTagAsync(new() { Content = "*, *::before, *::after { animation: none !important; transition: none !important; }" });
        await tab.EvaluateAsync("() => document.fonts.ready.then(() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r))))");
    }

    /// <summary>One <c>main</c> landmark and one <c>h1</c>: what a screen reader jumps to first on any page.</summary>
    private static async Task<IReadOnlyList<string>> LandmarksAsync(IPage tab)
    {
        var mains = await tab.Locator("main, [role='main']").CountAsync();
        var headings = await tab.Locator("h1").CountAsync();
        var problems = new List<string>();
        if (mains != 1)
        {
            problems.Add($"{mains} main landmarks (one expected)");
        }
        if (headings != 1)
        {
            problems.Add($"{headings} h1 headings (one expected)");
        }
        return problems;
    }

    private static long Compressed(byte[] content, Func<Stream, Stream> compressor)
    {
        using var buffer = new MemoryStream();
        using (var stream = compressor(buffer))
        {
            stream.Write(content);
        }
        return buffer.Length;
    }

    private static string Slug(string name) =>
        string.Concat(name.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : '-')).Trim('-');
}
