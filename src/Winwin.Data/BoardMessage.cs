namespace Winwin.Data;

/// <summary>A short message from the facilitators to the room ("Last 15 minutes!"), shown on the board and the phones.</summary>
public class BoardMessage
{
    public const int TextMaxLength = 140;

    public int Id { get; set; }
    public int EventId { get; set; }
    public string Text { get; set; } = "";
    public string CreatedById { get; set; } = "";
    public string CreatedByName { get; set; } = "";
    public DateTime CreatedAt { get; set; }

    /// <summary>Set when a facilitator takes it down; kept for the record.</summary>
    public DateTime? RemovedAt { get; set; }
}
