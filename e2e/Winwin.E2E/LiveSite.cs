using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Winwin.E2E.Pages;
using Winwin.Live.Tests;

namespace Winwin.E2E;

/// <summary>The app on real Kestrel with its own SQLite file, and the system Chromium to drive it.</summary>
public sealed class LiveSite : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public WinwinApplication App { get; } = new();

    public IBrowser Browser { get; private set; } = default!;

    public Uri BaseAddress { get; private set; } = default!;

    /// <summary>Where screenshots go: WINWIN_SCREENSHOTS, else artifacts/screenshots at the repository root.</summary>
    public static string ScreenshotDirectory
    {
        get
        {
            var configured = Environment.GetEnvironmentVariable("WINWIN_SCREENSHOTS");
            var directory = string.IsNullOrWhiteSpace(configured) ? Path.Combine(Repository.FindRoot() ?? AppContext.BaseDirectory, "artifacts", "screenshots") : configured;
            Directory.CreateDirectory(directory);
            return directory;
        }
    }

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"Chromium is missing at {ChromiumPath}; end-to-end tests need it. Install it with: sudo apt-get install -y chromium");
        }
        App.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        App.StartServer();
        var address = App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address);
        App.ClientOptions.BaseAddress = BaseAddress;

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-quic",
            ],
        });
    }

    /// <summary>A fresh browser context (its own cookies) with the given viewport, in French.</summary>
    public async Task<IPage> OpenAsync(int width, int height, string locale = "fr-BE")
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = locale,
            TimezoneId = "Europe/Brussels",
        });
        // Generous: a Blazor circuit starting while the whole suite runs on two cores can take more than 10 s.
        context.SetDefaultTimeout(20_000);
        var page = await context.NewPageAsync();
        lock (_pages)
        {
            _pages.Add(page);
        }
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && !IsRetired(page))
            {
                Report($"console error on {page.Url}: {message.Text}");
            }
        };
        page.PageError += (_, error) =>
        {
            if (!IsRetired(page))
            {
                Report($"script error on {page.Url}: {error}");
            }
        };
        page.RequestFailed += (_, request) =>
        {
            if (!IsRetired(page))
            {
                Report($"request failed: {request.Url} {request.Failure}");
            }
        };
        return page;
    }

    /// <summary>The big screen of the event, live (1920×1080 unless told).</summary>
    public async Task<BoardPage> OpenBoardAsync(string slug, int width = 1920, int height = 1080)
    {
        var board = new BoardPage(await OpenAsync(width, height));
        await board.OpenAsync(slug);
        return board;
    }

    /// <summary>A phone on the event's page (390×844 unless told).</summary>
    public async Task<PhonePage> OpenPhoneAsync(string slug, int width = 390, int height = 844)
    {
        var phone = new PhonePage(await OpenAsync(width, height));
        await phone.OpenAsync(slug);
        return phone;
    }

    /// <summary>
    /// A new staff account in <paramref name="role"/> (named <paramref name="name"/> when given), signed in in a browser
    /// context of its own (1440×900 unless told): the first steps of every staff scenario.
    /// </summary>
    public async Task<ControlPanelPage> SignInAsync(string role, string? name = null, int width = 1440, int height = 900)
    {
        var email = await App.CreateUserAsync(role, name);
        var control = new ControlPanelPage(await OpenAsync(width, height));
        await control.SignInAsync(email, WinwinApplication.Password);
        return control;
    }

    /// <summary>A new staff member in <paramref name="role"/>, signed in, on the event's control panel (1440×900 unless told).</summary>
    public async Task<ControlPanelPage> OpenControlPanelAsync(string slug, string role, string? name = null, int width = 1440, int height = 900)
    {
        var control = await SignInAsync(role, name, width, height);
        await control.OpenDeskAsync(slug);
        return control;
    }

    /// <summary>A new staff member in <paramref name="role"/>, signed in, at the event's deal desk (1440×900 unless told).</summary>
    public async Task<DeskPage> OpenDealDeskAsync(string slug, string role, string? name = null, int width = 1440, int height = 900)
    {
        var control = await SignInAsync(role, name, width, height);
        var desk = new DeskPage(control.Page);
        await desk.OpenAsync(slug);
        return desk;
    }

    /// <summary>What went wrong in the pages: console errors (a blocked script or a CSP violation shows up here), script errors, failed requests.</summary>
    public IReadOnlyList<string> Problems
    {
        get
        {
            lock (_problems)
            {
                return [.. _problems];
            }
        }
    }

    private readonly List<string> _problems = [];
    private readonly List<IPage> _pages = [];
    private readonly HashSet<IPage> _retired = [];

    private bool IsRetired(IPage page)
    {
        lock (_pages)
        {
            return _retired.Contains(page);
        }
    }

    /// <summary>
    /// Closes the browsers a test opened, once it has ended: a desk or a board left open would keep its live connection
    /// and its requests (with whatever slow route the test gave it) and report their failures into the tests after it.
    /// </summary>
    private async Task CloseOpenedSinceAsync(int first)
    {
        List<IPage> opened;
        lock (_pages)
        {
            opened = [.. _pages.Skip(first).Where(p => !_retired.Contains(p))];
            _retired.UnionWith(opened);
        }
        foreach (var page in opened)
        {
            try
            {
                await page.Context.CloseAsync();
            }
            catch (PlaywrightException)
            {
                // Already gone with its browser: nothing left to close.
            }
        }
    }

    /// <summary>
    /// Takes back problems a test caused on purpose (a refused request that the browser reports on its console), so
    /// that the tests after it on this site do not fail for them.
    /// </summary>
    public void ForgetExpected(Func<string, bool> expected)
    {
        lock (_problems)
        {
            _problems.RemoveAll(p => expected(p));
        }
    }

    /// <summary>Runs a test's steps; a failure carries what the pages reported, so that it explains itself.</summary>
    public async Task RunAsync(Func<Task> steps)
    {
        int first;
        lock (_pages)
        {
            first = _pages.Count;
        }
        try
        {
            await steps();
        }
        catch (Exception e) when (e is TimeoutException or PlaywrightException)
        {
            // What each page showed when the step failed, next to the screenshots.
            // Best effort: a page too busy to be photographed must not hide the failure itself.
            List<IPage> pages;
            lock (_pages)
            {
                pages = [.. _pages.Where(p => !p.IsClosed && !_retired.Contains(p))];
            }
            var unrecorded = new List<string>();
            for (var i = 0; i < pages.Count; i++)
            {
                var file = Path.Combine(ScreenshotDirectory, "failures", $"page-{i}");
                Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                try
                {
                    await pages[i].ScreenshotAsync(new() { Path = file + ".png", Timeout = 10_000 });
                    await File.WriteAllTextAsync(file + ".html", await pages[i].ContentAsync());
                }
                catch (Exception capture) when (capture is TimeoutException or PlaywrightException)
                {
                    unrecorded.Add($"page {i} ({pages[i].Url}) could not be recorded: {capture.Message.Split('\n')[0]}");
                }
            }
            throw new InvalidOperationException(string.Join(Environment.NewLine, [e.Message, "Reported by the pages:", .. Problems, .. unrecorded]), e);
        }
        finally
        {
            await CloseOpenedSinceAsync(first);
        }
    }

    private void Report(string problem)
    {
        lock (_problems)
        {
            _problems.Add(problem);
        }
    }

    private Rehearsal.LinkCrawler? _links;

    /// <summary>Follows the links of the site's pages, each once per run (see <see cref="Rehearsal.LinkCrawler"/>).</summary>
    public Rehearsal.LinkCrawler Links
    {
        get
        {
            lock (_pages)
            {
                return _links ??= new Rehearsal.LinkCrawler(BaseAddress);
            }
        }
    }

    public async Task DisposeAsync()
    {
        if (_links is not null)
        {
            await _links.DisposeAsync();
        }
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }
        _playwright?.Dispose();
        await App.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class LiveSiteCollection : ICollectionFixture<LiveSite>
{
    public const string Name = "Live site";
}
