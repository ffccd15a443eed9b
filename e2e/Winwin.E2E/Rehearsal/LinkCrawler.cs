using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace Winwin.E2E.Rehearsal;

/// <summary>
/// Follows every link and every search form of a page (same site) and expects 200 at the end of any redirects. A link
/// to a place in a page (<c>#id</c>) must lead to a page that has that place: with <c>&lt;base href="/"&gt;</c> a bare
/// <c>#offers</c> leads to the home page, which answers 200 but is not where the link meant to go. Links are asked
/// for from a context of their own (a language switch must not change the language of the page under test), each
/// once per run.
/// </summary>
public sealed class LinkCrawler(Uri site) : IAsyncDisposable
{
    private const string CollectScript = """
        () => {
          const targets = Array.from(document.querySelectorAll('a[href]'), a => a.href);
          for (const form of document.querySelectorAll('form')) {
            if ((form.method || 'get').toLowerCase() !== 'get') continue;
            const url = new URL(form.action, document.baseURI);
            for (const field of form.elements) {
              if (field.name && field.type !== 'submit') url.searchParams.set(field.name, field.value || '');
            }
            targets.push(url.href);
          }
          return targets;
        }
        """;

    private readonly ConcurrentDictionary<string, Task<string?>> _answers = new();
    private IPlaywright? _playwright;
    private IAPIRequestContext? _requests;
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Every link of the page checked; returns what is wrong ("/e/x/offers answered 404"), empty when all is well.</summary>
    public async Task<(int Links, IReadOnlyList<string> Problems)> CheckAsync(IPage page)
    {
        var targets = (await page.EvaluateAsync<string[]>(CollectScript))
            .Select(t => new Uri(t))
            .Where(t => t.Scheme is "http" or "https" && t.Authority == site.Authority)
            .Select(t => t.ToString())
            .Distinct()
            .ToList();
        var problems = new List<string>();
        foreach (var target in targets)
        {
            if (await _answers.GetOrAdd(target, AskAsync) is { } problem)
            {
                problems.Add($"{problem} (linked from {new Uri(page.Url).PathAndQuery})");
            }
        }
        return (targets.Count, problems);
    }

    private async Task<string?> AskAsync(string target)
    {
        var requests = await RequestsAsync();
        var uri = new Uri(target);
        var response = await requests.GetAsync(uri.GetLeftPart(UriPartial.Query), new() { MaxRedirects = 10 });
        if (response.Status != 200)
        {
            return $"{uri.PathAndQuery} answered {response.Status}";
        }
        if (uri.Fragment.Length > 1)
        {
            var id = Uri.UnescapeDataString(uri.Fragment[1..]);
            var html = await response.TextAsync();
            if (!html.Contains($"id=\"{id}\"", StringComparison.Ordinal))
            {
                return $"{uri.PathAndQuery}{uri.Fragment} leads to a page without #{id}";
            }
        }
        return null;
    }

    private async Task<IAPIRequestContext> RequestsAsync()
    {
        await _gate.WaitAsync();
        try
        {
            _playwright ??= await Playwright.CreateAsync();
            _requests ??= await _playwright.APIRequest.NewContextAsync(new() { BaseURL = site.ToString() });
            return _requests;
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_requests is not null)
        {
            await _requests.DisposeAsync();
        }
        _playwright?.Dispose();
        _gate.Dispose();
    }
}
