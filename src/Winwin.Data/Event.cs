namespace Winwin.Data;

/// <summary>A bourse: one two-hour event of one municipality.</summary>
public class Event
{
    public const int SlugMaxLength = 60;
    public const int NameMaxLength = 150;
    public const int MunicipalityMaxLength = 100;
    public const int VenueMaxLength = 200;

    public int Id { get; set; }
    public string Slug { get; set; } = "";
    public string Name { get; set; } = "";
    public string Municipality { get; set; } = "";
    public string Venue { get; set; } = "";

    /// <summary>UTC.</summary>
    public DateTime StartsAt { get; set; }

    /// <summary>UTC.</summary>
    public DateTime EndsAt { get; set; }

    public EventPhase Phase { get; set; } = EventPhase.BeforeOpening;

    /// <summary>The language the event's screens open in (fr, nl or en); visitors can switch.</summary>
    public string DefaultLanguage { get; set; } = "fr";

    /// <summary>
    /// A second language for the board (Brussels, the language border): its texts show in both, side by side
    /// or alternating. Null for one language.
    /// </summary>
    public string? BoardSecondLanguage { get; set; }

    public BilingualMode BoardBilingualMode { get; set; } = BilingualMode.SideBySide;

    /// <summary>When on, the board also shows the total estimated social value of the deals.</summary>
    public bool ShowSocialValue { get; set; }

    /// <summary>When on, a recorded deal waits for a notary's approval before it is announced.</summary>
    public bool RequiresRatification { get; set; }

    /// <summary>Archived events stay readable but leave the coordinator's list of current events.</summary>
    public bool IsArchived { get; set; }

    /// <summary>Application-managed concurrency token, renewed on each update.</summary>
    public Guid Version { get; set; } = Guid.NewGuid();

    /// <summary>Last sequence number handed out in this event's change feed.</summary>
    public long LastSeq { get; set; }

    /// <summary>Last deal number handed out; deal numbers are shown on screen.</summary>
    public int LastDealNumber { get; set; }

    public DateTime CreatedAt { get; set; }

    public const int MaxFollowUpDays = 730;
    public const int MaxRetentionDays = 3650;

    /// <summary>Days after the event when both parties of each deal are first contacted (three weeks by default).</summary>
    public int FollowUpFirstContactDays { get; set; } = 21;

    /// <summary>Days after the event when each deal is checked: was it honoured? (three months by default).</summary>
    public int FollowUpCheckDays { get; set; } = 90;

    /// <summary>When the coordinator closed the follow-up (UTC); null while it runs.</summary>
    public DateTime? FollowUpClosedAt { get; set; }

    /// <summary>
    /// Days the participants' contact data is kept once the follow-up has closed (explicitly, or at the latest
    /// on the check date); after that the contact fields are erased while deals and statistics remain.
    /// </summary>
    public int ContactRetentionDays { get; set; } = 180;

    /// <summary>When the contact data of this event was erased by the retention rule (UTC).</summary>
    public DateTime? ContactsErasedAt { get; set; }

    /// <summary>When the follow-up counts as closed: the coordinator's date, else the check date.</summary>
    public DateTime FollowUpClosesAt => FollowUpClosedAt ?? EndsAt.AddDays(FollowUpCheckDays);

    /// <summary>When the contact data is due for erasure.</summary>
    public DateTime ContactsEraseAt => FollowUpClosesAt.AddDays(ContactRetentionDays);

    public const int EmbedSitesMaxLength = 500;

    /// <summary>
    /// Until when organisations may register themselves and change their entries on the public form (UTC); null: until
    /// the event starts.
    /// </summary>
    public DateTime? RegistrationClosesAt { get; set; }

    /// <summary>When the public form stops taking registrations: the coordinator's date, else the event's start.</summary>
    public DateTime RegistrationEndsAt => RegistrationClosesAt ?? StartsAt;

    /// <summary>
    /// The sites (origins such as <c>https://www.example.be</c>, separated by spaces) allowed to embed the public results
    /// page in a frame; none when empty.
    /// </summary>
    public string? ResultsEmbedSites { get; set; }

    public List<Category> Categories { get; set; } = [];
    public List<Organization> Organizations { get; set; } = [];
}

public enum BilingualMode
{
    SideBySide = 0,
    Alternate = 1,
}

public enum EventPhase
{
    BeforeOpening = 0,
    Open = 1,
    LastCall = 2,
    Closed = 3,
}
