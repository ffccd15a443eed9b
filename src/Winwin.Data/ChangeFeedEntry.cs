namespace Winwin.Data;

/// <summary>
/// One committed change of an event, numbered without gaps per event. Screens that missed
/// something ask for the entries after the last <see cref="Seq"/> they saw.
/// </summary>
public class ChangeFeedEntry
{
    public int EventId { get; set; }
    public long Seq { get; set; }

    /// <summary>What happened, e.g. <c>deal.announced</c>.</summary>
    public string Type { get; set; } = "";

    /// <summary>The public payload as JSON: it never holds personal data.</summary>
    public string Payload { get; set; } = "";

    /// <summary>The public counters after this change, as JSON.</summary>
    public string Counters { get; set; } = "";

    public DateTime CreatedAt { get; set; }
}
