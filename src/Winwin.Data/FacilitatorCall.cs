namespace Winwin.Data;

/// <summary>A participant asks a facilitator to come to its table ("call a facilitator" on the phone).</summary>
public class FacilitatorCall
{
    public int Id { get; set; }
    public int EventId { get; set; }
    public int OrganizationId { get; set; }
    public Organization? Organization { get; set; }

    /// <summary>UTC.</summary>
    public DateTime CreatedAt { get; set; }

    public FacilitatorCallStatus Status { get; set; } = FacilitatorCallStatus.Waiting;

    /// <summary>
    /// The random id of the phone's browser that called, while the call is open (one open call per phone); cleared when
    /// the call is done. It says nothing about the person.
    /// </summary>
    public string? Device { get; set; }

    public string? AnsweredById { get; set; }
    public string? AnsweredByName { get; set; }

    /// <summary>UTC.</summary>
    public DateTime? AnsweredAt { get; set; }
}

public enum FacilitatorCallStatus
{
    Waiting = 0,
    OnTheWay = 1,
    Done = 2,
    Cancelled = 3,
}
