using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Winwin.E2E.Rehearsal;

/// <summary>axe-core on the page as it is shown: the serious and critical violations, each with where it is.</summary>
public static class AccessibilityCheck
{
    private static readonly HashSet<string> Blocking = ["serious", "critical"];

    public static async Task<(int Checked, IReadOnlyList<string> Violations, IReadOnlyList<string> Minor)> RunAsync(IPage page)
    {
        var result = await page.RunAxe();
        string Describe(Deque.AxeCore.Commons.AxeResultItem v) =>
            $"{v.Impact} {v.Id} ({v.Help}): {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))}{(v.Nodes.Length > 3 ? $" and {v.Nodes.Length - 3} more" : "")}";
        return (result.Passes.Length + result.Violations.Length,
            [.. result.Violations.Where(v => v.Impact is not null && Blocking.Contains(v.Impact)).Select(Describe)],
            [.. result.Violations.Where(v => v.Impact is null || !Blocking.Contains(v.Impact)).Select(Describe)]);
    }
}
