namespace Winwin.Data;

/// <summary>A participant: a company or an association. Contact fields are personal data.</summary>
public class Organization
{
    public const int NameMaxLength = 150;
    public const int SectorMaxLength = 100;
    public const int TableMaxLength = 10;
    public const int ContactMaxLength = 150;
    public const int PhoneMaxLength = 40;
    public const int DescriptionMaxLength = 500;
    public const int WebsiteMaxLength = 200;
    public const int NotesMaxLength = 2000;

    public int Id { get; set; }
    public int EventId { get; set; }
    public OrganizationKind Kind { get; set; }
    public string Name { get; set; } = "";
    public string? Sector { get; set; }
    public string? TableNumber { get; set; }
    public string? Description { get; set; }
    public string? Website { get; set; }

    // Personal data: staff only, never in public payloads.
    public string? ContactName { get; set; }
    public string? ContactEmail { get; set; }
    public string? ContactPhone { get; set; }

    /// <summary>Staff notes: private like the contact fields.</summary>
    public string? Notes { get; set; }

    /// <summary>When the contact fields were erased (retention period over, or on request); UTC.</summary>
    public DateTime? ContactsErasedAt { get; set; }

    /// <summary>The organisation agrees to be named among the top contributors of the impact report.</summary>
    public bool ShowInReport { get; set; }

    /// <summary>The organisation asked not to be contacted for the follow-up of its deals (on its registration, or told staff).</summary>
    public bool DeclinesFollowUp { get; set; }

    /// <summary>The language its letters are written in (fr, nl or en: the one it registered in); null: the event's.</summary>
    public string? Language { get; set; }

    public bool IsPresent { get; set; }
    public DateTime CreatedAt { get; set; }

    /// <summary>Application-managed concurrency token, renewed on each update.</summary>
    public Guid Version { get; set; } = Guid.NewGuid();

    public List<Listing> Listings { get; set; } = [];
}

public enum OrganizationKind
{
    Company = 0,
    Association = 1,
}
