namespace Winwin.Data;

/// <summary>
/// Who created, changed, ratified, retracted or erased what, and when: the coordinators' audit trail.
/// Account actions have no event.
/// </summary>
public class AuditEntry
{
    public const int ActionMaxLength = 60;
    public const int SubjectMaxLength = 200;
    public const int DetailsMaxLength = 1000;

    public long Id { get; set; }
    public int? EventId { get; set; }

    /// <summary>UTC.</summary>
    public DateTime At { get; set; }

    public string ActorId { get; set; } = "";
    public string ActorName { get; set; } = "";

    /// <summary>A stable key such as <c>listing.updated</c>; shown through the localised texts.</summary>
    public string Action { get; set; } = "";

    /// <summary>What it was done to, as people name it ("deal #12", "Boulangerie Dupont").</summary>
    public string Subject { get; set; } = "";

    public string? Details { get; set; }
}
