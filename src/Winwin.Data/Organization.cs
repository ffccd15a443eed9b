namespace Winwin.Data;

/// <summary>A participant: a company or an association. Contact fields are personal data.</summary>
public class Organization
{
    public const int NameMaxLength = 150;
    public const int SectorMaxLength = 100;
    public const int TableMaxLength = 10;
    public const int ContactMaxLength = 150;

    public int Id { get; set; }
    public int EventId { get; set; }
    public OrganizationKind Kind { get; set; }
    public string Name { get; set; } = "";
    public string? Sector { get; set; }
    public string? TableNumber { get; set; }

    // Personal data: staff only, never in public payloads.
    public string? ContactName { get; set; }
    public string? ContactEmail { get; set; }
    public string? ContactPhone { get; set; }

    public bool IsPresent { get; set; }
    public DateTime CreatedAt { get; set; }

    public List<Listing> Listings { get; set; } = [];
}

public enum OrganizationKind
{
    Company = 0,
    Association = 1,
}
