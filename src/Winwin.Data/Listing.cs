namespace Winwin.Data;

/// <summary>An offer or a request of one organisation.</summary>
public class Listing
{
    public const int TitleMaxLength = 150;
    public const int DescriptionMaxLength = 1000;

    public int Id { get; set; }
    public int EventId { get; set; }
    public Event? Event { get; set; }
    public int OrganizationId { get; set; }
    public Organization? Organization { get; set; }
    public ListingKind Kind { get; set; }
    public int CategoryId { get; set; }
    public Category? Category { get; set; }
    public string Title { get; set; } = "";
    public string? Description { get; set; }
    public ListingStatus Status { get; set; } = ListingStatus.Open;
    public DateTime CreatedAt { get; set; }
    public DateTime? UpdatedAt { get; set; }

    /// <summary>Application-managed concurrency token, renewed on each update (works on SQLite and SQL Server).</summary>
    public Guid Version { get; set; } = Guid.NewGuid();

    /// <summary>
    /// Checks a listing's text: a title, lengths, and the no-money rule on title and description. <paramref name="fieldPrefix"/>
    /// names the listing in a form that has several (<c>entries[2].</c>).
    /// </summary>
    public static (string? Title, string? Description) Check(FieldRules rules, string? title, string? description, string fieldPrefix = "") =>
        (rules.Text(fieldPrefix + "title", title, TitleMaxLength, required: true, noMoney: true),
         rules.Text(fieldPrefix + "description", description, DescriptionMaxLength, noMoney: true));
}

public enum ListingKind
{
    Offer = 0,
    Request = 1,
}

public enum ListingStatus
{
    Open = 0,
    Fulfilled = 1,
    Withdrawn = 2,
}
