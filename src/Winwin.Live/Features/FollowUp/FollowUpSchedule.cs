using Winwin.Data;

namespace Winwin.Live.Features.FollowUp;

/// <summary>What the coordinator does next about a deal: phone both parties, or check that it was honoured.</summary>
public enum FollowUpStep
{
    FirstContact = 0,
    Check = 1,
    Finished = 2,
}

/// <summary>Where a deal stands against its due date.</summary>
public enum DueState
{
    /// <summary>The date of the next step has passed.</summary>
    Overdue = 0,

    /// <summary>The date of the next step falls within the coming <see cref="FollowUpSchedule.DueWindow"/>.</summary>
    Due = 1,

    /// <summary>The date of the next step is further away.</summary>
    Upcoming = 2,

    /// <summary>Done, partly done, not feasible or cancelled: nothing left to do.</summary>
    Finished = 3,

    /// <summary>The coordinator closed the event's follow-up: nothing is due any more.</summary>
    Closed = 4,
}

/// <summary>
/// The due dates of an event's follow-up: first contact <c>FollowUpFirstContactDays</c> after the event's end,
/// check <c>FollowUpCheckDays</c> after it. A deal not yet contacted is due for its first contact; a contacted one
/// (or one in progress) for its check; a finished one is no longer due.
/// </summary>
public sealed record FollowUpSchedule(DateTime FirstContactAt, DateTime CheckAt, DateTime? ClosedAt)
{
    /// <summary>A step becomes due a week before its date, so that the calls can be planned.</summary>
    public static readonly TimeSpan DueWindow = TimeSpan.FromDays(7);

    public static FollowUpSchedule For(Event ev) => For(ev.EndsAt, ev.FollowUpFirstContactDays, ev.FollowUpCheckDays, ev.FollowUpClosedAt);

    public static FollowUpSchedule For(DateTime endsAt, int firstContactDays, int checkDays, DateTime? closedAt = null) =>
        new(endsAt.AddDays(firstContactDays), endsAt.AddDays(checkDays), closedAt);

    public static bool IsFinished(FollowUpStatus status) =>
        status is FollowUpStatus.Done or FollowUpStatus.PartlyDone or FollowUpStatus.NotFeasible or FollowUpStatus.Cancelled;

    public static FollowUpStep Step(FollowUpStatus status) =>
        status == FollowUpStatus.NotContacted ? FollowUpStep.FirstContact
        : IsFinished(status) ? FollowUpStep.Finished
        : FollowUpStep.Check;

    /// <summary>The date of the deal's next step; null when it is finished.</summary>
    public DateTime? DueAt(FollowUpStatus status) => Step(status) switch
    {
        FollowUpStep.FirstContact => FirstContactAt,
        FollowUpStep.Check => CheckAt,
        _ => null,
    };

    public DueState State(FollowUpStatus status, DateTime nowUtc)
    {
        if (ClosedAt is not null)
        {
            return DueState.Closed;
        }
        if (DueAt(status) is not { } dueAt)
        {
            return DueState.Finished;
        }
        return nowUtc > dueAt ? DueState.Overdue
            : nowUtc >= dueAt - DueWindow ? DueState.Due
            : DueState.Upcoming;
    }
}
