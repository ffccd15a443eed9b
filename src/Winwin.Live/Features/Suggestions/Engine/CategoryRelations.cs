namespace Winwin.Live.Features.Suggestions.Engine;

/// <summary>Which default categories are neighbours: a van (transport) often answers a need for material (means).</summary>
public static class CategoryRelations
{
    private static readonly HashSet<(string, string)> Related =
    [
        ("means", "transport"),
        ("means", "space"),
        ("hands", "knowledge"),
        ("hands", "transport"),
        ("knowledge", "visibility"),
    ];

    // "Other" is where an organisation puts what fits no category: it may be close to any of them.
    private const string Other = "other";

    public static bool AreRelated(string? a, string? b) =>
        a is { Length: > 0 } && b is { Length: > 0 } && a != b && (a == Other || b == Other || Related.Contains((a, b)) || Related.Contains((b, a)));
}
