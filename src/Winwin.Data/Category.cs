namespace Winwin.Data;

/// <summary>
/// What kind of thing is exchanged. Default categories carry a well-known <see cref="Key"/>
/// whose label is translated by the app; a coordinator's own category carries a <see cref="Name"/>.
/// </summary>
public class Category
{
    public int Id { get; set; }
    public int EventId { get; set; }
    public string Key { get; set; } = "";
    public string? Name { get; set; }
    public const int NameMaxLength = 80;

    public int SortOrder { get; set; }
    public bool IsRetired { get; set; }

    /// <summary>The estimated social value suggested for a deal of this category, in euros (impact report only).</summary>
    public decimal? DefaultValue { get; set; }

    /// <summary>The default categories of a new event, in display order.</summary>
    public static readonly IReadOnlyList<string> DefaultKeys =
        ["hands", "knowledge", "means", "visibility", "space", "transport", "other"];

    public static List<Category> CreateDefaults() =>
        [.. DefaultKeys.Select((key, i) => new Category { Key = key, SortOrder = i })];
}
