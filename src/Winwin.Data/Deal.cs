namespace Winwin.Data;

/// <summary>An agreement between two or more organisations, announced on the floor.</summary>
public class Deal
{
    public const int GivesMaxLength = 300;
    public const int MaxParties = 8;

    public int Id { get; set; }
    public int EventId { get; set; }

    /// <summary>Per-event number shown on screen (deal #12).</summary>
    public int Number { get; set; }

    /// <summary>Client-generated key: a retried or doubled submission yields the same deal.</summary>
    public Guid IdempotencyKey { get; set; }

    public int? CategoryId { get; set; }
    public Category? Category { get; set; }

    /// <summary>
    /// Estimated social value in euros (the Beursvloer custom), for the impact report only: no money changes hands.
    /// </summary>
    public decimal? EstimatedValue { get; set; }

    /// <summary>Unguessable token of the deal's private match-form link, given to its parties.</summary>
    public string PrivateToken { get; set; } = NewToken();

    /// <summary>Why a notary sent it back, or why it was retracted.</summary>
    public string? StatusReason { get; set; }

    /// <summary>Every party gives something: the win-win the format is about.</summary>
    public bool IsReciprocal { get; set; }

    public DealStatus Status { get; set; } = DealStatus.Announced;

    public string RecordedById { get; set; } = "";
    public string RecordedByName { get; set; } = "";
    public DateTime RecordedAt { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();

    public const int FollowUpNotesMaxLength = 2000;

    /// <summary>Was the agreement honoured? Recorded by the coordinator in the weeks after the event.</summary>
    public FollowUpStatus FollowUpStatus { get; set; } = FollowUpStatus.NotContacted;

    public string? FollowUpNotes { get; set; }
    public string? FollowUpById { get; set; }
    public string? FollowUpByName { get; set; }

    /// <summary>When the follow-up was last recorded (UTC).</summary>
    public DateTime? FollowUpAt { get; set; }

    /// <summary>Who set <see cref="FollowUpStatus"/> last: staff, or a party on its own link (then <see cref="FollowUpByName"/> is the organisation).</summary>
    public FollowUpSource FollowUpSource { get; set; }

    public List<DealParty> Parties { get; set; } = [];
    public List<DealListing> Fulfils { get; set; } = [];
    public List<DealHistoryEntry> History { get; set; } = [];

    public const int ReasonMaxLength = 300;
    public const decimal MaxEstimatedValue = 1_000_000m;

    public static string NewToken() => Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));

    /// <summary>
    /// Checks the rules that belong to a deal itself (parties, what they give). Returns the codes
    /// of the broken rules; an empty list means the deal may be recorded. Lengths are checked first: a
    /// too long "gives" is not read by the no-money rule. A mention of money is an error
    /// (<see cref="DomainErrors.MoneyToConfirm"/>) unless <paramref name="moneyMentionsConfirmed"/>.
    /// </summary>
    public static IReadOnlyList<DomainError> Check(IReadOnlyList<(int OrganizationId, string? Gives)> parties, bool moneyMentionsConfirmed = false,
        CancellationToken cancellationToken = default)
    {
        var errors = new List<DomainError>();
        if (parties.Select(p => p.OrganizationId).Distinct().Count() < 2)
        {
            errors.Add(new DomainError(DomainErrors.DealTooFewParties));
        }
        if (parties.Count > MaxParties)
        {
            errors.Add(new DomainError(DomainErrors.DealTooManyParties, MaxParties.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            return errors;
        }
        if (parties.GroupBy(p => p.OrganizationId).Any(g => g.Count() > 1))
        {
            errors.Add(new DomainError(DomainErrors.DealDuplicateParty));
        }
        if (parties.All(p => string.IsNullOrWhiteSpace(p.Gives)))
        {
            errors.Add(new DomainError(DomainErrors.DealNothingGiven));
        }
        // Each party's text is judged on its own, lengths first (a too long text is not read by the no-money rule), so that
        // a form can say which party's text is wrong.
        for (var i = 0; i < parties.Count; i++)
        {
            var field = GivesField(i);
            if (parties[i].Gives is { Length: > GivesMaxLength })
            {
                errors.Add(new DomainError(DomainErrors.DealGivesTooLong, GivesMaxLength.ToString(System.Globalization.CultureInfo.InvariantCulture), field));
                continue;
            }
            if (FieldRules.MoneyError(MoneyRule.Assess(parties[i].Gives, cancellationToken), field, moneyMentionsConfirmed) is { } money)
            {
                errors.Add(money);
            }
        }
        return errors;
    }

    /// <summary>The field name of what party <paramref name="index"/> (from 0) gives, as errors and forms name it.</summary>
    public static string GivesField(int index) => $"parties[{index.ToString(System.Globalization.CultureInfo.InvariantCulture)}].gives";

    public static bool AreReciprocal(IEnumerable<string?> gives) =>
        gives.All(g => !string.IsNullOrWhiteSpace(g));
}

public enum DealStatus
{
    /// <summary>On the board, counted.</summary>
    Announced = 0,

    /// <summary>Withdrawn after its announcement (with a reason); no longer counted.</summary>
    Retracted = 1,

    /// <summary>Recorded at an event with ratification, waiting for a notary.</summary>
    Pending = 2,

    /// <summary>Sent back by a notary (with a reason), to be corrected and submitted again.</summary>
    Returned = 3,
}

/// <summary>What happened to a deal, by whom and when: the accountability trail.</summary>
public class DealHistoryEntry
{
    public const int DetailMaxLength = 1000;

    public int Id { get; set; }
    public int DealId { get; set; }
    public DealAction Action { get; set; }
    public string ActorId { get; set; } = "";
    public string ActorName { get; set; } = "";
    public DateTime At { get; set; }

    /// <summary>A reason, or a summary of what a correction changed.</summary>
    public string? Detail { get; set; }
}

public enum DealAction
{
    Recorded = 0,
    Approved = 1,
    Returned = 2,
    Resubmitted = 3,
    Corrected = 4,
    Retracted = 5,
    FollowedUp = 6,

    /// <summary>A party confirmed the deal on its own link (the signature of the carbon copy).</summary>
    Confirmed = 7,

    /// <summary>A party reported a mistake in the deal on its own link, with a note.</summary>
    Disputed = 8,

    /// <summary>A party said on its own link how the agreement went.</summary>
    PartyReported = 9,
}

/// <summary>Who recorded where the follow-up of a deal stands.</summary>
public enum FollowUpSource
{
    Staff = 0,
    Party = 1,
}

/// <summary>A party's answer to its match form: nothing yet, the deal confirmed, or a mistake reported.</summary>
public enum PartyAnswer
{
    None = 0,
    Confirmed = 1,
    Disputed = 2,
}

/// <summary>Where the follow-up of a deal stands.</summary>
public enum FollowUpStatus
{
    NotContacted = 0,
    Contacted = 1,
    InProgress = 2,
    Done = 3,
    PartlyDone = 4,
    NotFeasible = 5,
    Cancelled = 6,
}

/// <summary>One organisation in a deal and what it gives.</summary>
public class DealParty
{
    public int Id { get; set; }
    public int DealId { get; set; }
    public int OrganizationId { get; set; }
    public Organization? Organization { get; set; }
    public const int NoteMaxLength = 1000;

    public string? Gives { get; set; }
    public int Position { get; set; }

    /// <summary>Unguessable token of this party's own link: its match form, where it confirms the deal and later says how it went.</summary>
    public string PrivateToken { get; set; } = Deal.NewToken();

    public PartyAnswer Answer { get; set; }

    /// <summary>What the party says is wrong (with <see cref="PartyAnswer.Disputed"/>).</summary>
    public string? AnswerNote { get; set; }

    public DateTime? AnsweredAt { get; set; }

    /// <summary>How the party says the agreement went (done, partly done, in progress, not feasible); null until it says.</summary>
    public FollowUpStatus? ReportedStatus { get; set; }

    public string? ReportedNote { get; set; }
    public DateTime? ReportedAt { get; set; }

    /// <summary>The last follow-up step (1: first contact, 2: check) for which the party was asked by e-mail; 0: never.</summary>
    public int FollowUpAsked { get; set; }
}

/// <summary>A listing (offer or request) that a deal fulfils.</summary>
public class DealListing
{
    public int DealId { get; set; }
    public int ListingId { get; set; }
    public Listing? Listing { get; set; }
}
