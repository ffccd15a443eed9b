namespace Winwin.Data;

/// <summary>
/// An organisation's own registration for a bourse, from the public form: waits in the coordinator's review queue until it
/// is accepted (as a new organisation, or merged with one already registered) or refused. The contact fields are
/// personal data, shown back only to the holder of the private link and to staff.
/// </summary>
public class Registration
{
    public const int MaxEntries = 12;
    public const int ReasonMaxLength = 300;

    public int Id { get; set; }
    public int EventId { get; set; }

    /// <summary>Unguessable token of the private link with which the organisation comes back to change its entries.</summary>
    public string PrivateToken { get; set; } = Deal.NewToken();

    public RegistrationStatus Status { get; set; } = RegistrationStatus.Pending;

    public OrganizationKind Kind { get; set; }
    public string Name { get; set; } = "";
    public string? Sector { get; set; }
    public string? Description { get; set; }
    public string? Website { get; set; }

    // Personal data: the link's holder and staff only.
    public string? ContactName { get; set; }
    public string? ContactEmail { get; set; }
    public string? ContactPhone { get; set; }

    /// <summary>The organisation agrees to be contacted for the follow-up of its deals.</summary>
    public bool AgreesToFollowUp { get; set; }

    /// <summary>The organisation agrees to be named in the event's published results.</summary>
    public bool AgreesToBeNamed { get; set; }

    /// <summary>The language the organisation registered in (fr, nl or en): its messages are written in it.</summary>
    public string Language { get; set; } = "fr";

    /// <summary>UTC.</summary>
    public DateTime SubmittedAt { get; set; }

    /// <summary>Last change by the organisation (UTC).</summary>
    public DateTime UpdatedAt { get; set; }

    /// <summary>The organisation this registration became (accepted) or was merged into.</summary>
    public int? OrganizationId { get; set; }

    public string? DecidedByName { get; set; }

    /// <summary>UTC.</summary>
    public DateTime? DecidedAt { get; set; }

    /// <summary>Why the coordinator refused it; shown to the link's holder.</summary>
    public string? RefusalReason { get; set; }

    /// <summary>Application-managed concurrency token, renewed on each update.</summary>
    public Guid Version { get; set; } = Guid.NewGuid();

    public List<RegistrationEntry> Entries { get; set; } = [];
}

/// <summary>One offer or request of a registration; once accepted it is a listing, which <see cref="ListingId"/> names.</summary>
public class RegistrationEntry
{
    public int Id { get; set; }
    public int RegistrationId { get; set; }
    public int Position { get; set; }
    public ListingKind Kind { get; set; }
    public int CategoryId { get; set; }
    public string Title { get; set; } = "";
    public string? Description { get; set; }
    public int? ListingId { get; set; }

    /// <summary>The organisation removed this entry after it became a listing: the listing is withdrawn at the next acceptance.</summary>
    public bool IsRemoved { get; set; }
}

public enum RegistrationStatus
{
    Pending = 0,
    Accepted = 1,
    Refused = 2,
}
