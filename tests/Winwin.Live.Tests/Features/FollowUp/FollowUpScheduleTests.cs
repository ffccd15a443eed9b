using Microsoft.Extensions.Time.Testing;
using Winwin.Data;
using Winwin.Live.Features.FollowUp;

namespace Winwin.Live.Tests.Features.FollowUp;

public class FollowUpScheduleTests
{
    // The event ends on 12 March 2026 at 19:00 UTC; first contact after 21 days, check after 90.
    private static readonly DateTime EndsAt = new(2026, 3, 12, 19, 0, 0, DateTimeKind.Utc);

    private static FakeTimeProvider ClockAt(int month, int day, int hour = 12) =>
        new(new DateTimeOffset(2026, month, day, hour, 0, 0, TimeSpan.Zero));

    [Fact]
    public void For_DefaultDays_FirstContactThreeWeeksAndCheckThreeMonthsAfterTheEnd()
    {
        var schedule = FollowUpSchedule.For(new Event { EndsAt = EndsAt });

        Assert.Equal(new DateTime(2026, 4, 2, 19, 0, 0, DateTimeKind.Utc), schedule.FirstContactAt);
        Assert.Equal(new DateTime(2026, 6, 10, 19, 0, 0, DateTimeKind.Utc), schedule.CheckAt);
        Assert.Null(schedule.ClosedAt);
    }

    [Fact]
    public void State_NotContacted_UpcomingThenDueAWeekBeforeThenOverdueAsTheClockMoves()
    {
        var schedule = FollowUpSchedule.For(EndsAt, 21, 90);
        var clock = ClockAt(3, 20);

        var states = new List<DueState> { schedule.State(FollowUpStatus.NotContacted, clock.GetUtcNow().UtcDateTime) };
        clock.SetUtcNow(new DateTimeOffset(2026, 3, 26, 19, 0, 0, TimeSpan.Zero)); // exactly seven days before
        states.Add(schedule.State(FollowUpStatus.NotContacted, clock.GetUtcNow().UtcDateTime));
        clock.SetUtcNow(new DateTimeOffset(2026, 4, 2, 19, 0, 0, TimeSpan.Zero)); // the day itself, at the hour
        states.Add(schedule.State(FollowUpStatus.NotContacted, clock.GetUtcNow().UtcDateTime));
        clock.Advance(TimeSpan.FromMinutes(1));
        states.Add(schedule.State(FollowUpStatus.NotContacted, clock.GetUtcNow().UtcDateTime));

        Assert.Equal([DueState.Upcoming, DueState.Due, DueState.Due, DueState.Overdue], states);
        Assert.Equal(schedule.FirstContactAt, schedule.DueAt(FollowUpStatus.NotContacted));
    }

    [Theory]
    [InlineData(FollowUpStatus.Contacted)]
    [InlineData(FollowUpStatus.InProgress)]
    public void State_ContactedOrInProgress_DueForTheCheckNotTheFirstContact(FollowUpStatus status)
    {
        var schedule = FollowUpSchedule.For(EndsAt, 21, 90);

        Assert.Equal(FollowUpStep.Check, FollowUpSchedule.Step(status));
        Assert.Equal(schedule.CheckAt, schedule.DueAt(status));
        Assert.Equal(DueState.Upcoming, schedule.State(status, ClockAt(4, 20).GetUtcNow().UtcDateTime));
        Assert.Equal(DueState.Due, schedule.State(status, ClockAt(6, 5).GetUtcNow().UtcDateTime));
        Assert.Equal(DueState.Overdue, schedule.State(status, ClockAt(6, 11).GetUtcNow().UtcDateTime));
    }

    [Theory]
    [InlineData(FollowUpStatus.Done)]
    [InlineData(FollowUpStatus.PartlyDone)]
    [InlineData(FollowUpStatus.NotFeasible)]
    [InlineData(FollowUpStatus.Cancelled)]
    public void State_FinishedStatus_NoLongerDueEvenLongAfterTheCheck(FollowUpStatus status)
    {
        var schedule = FollowUpSchedule.For(EndsAt, 21, 90);

        Assert.Equal(FollowUpStep.Finished, FollowUpSchedule.Step(status));
        Assert.Null(schedule.DueAt(status));
        Assert.Equal(DueState.Finished, schedule.State(status, ClockAt(12, 31).GetUtcNow().UtcDateTime));
    }

    [Fact]
    public void State_FollowUpClosed_NothingDueAnyMore()
    {
        var schedule = FollowUpSchedule.For(EndsAt, 21, 90, closedAt: new DateTime(2026, 5, 1, 8, 0, 0, DateTimeKind.Utc));

        Assert.Equal(DueState.Closed, schedule.State(FollowUpStatus.NotContacted, ClockAt(6, 30).GetUtcNow().UtcDateTime));
    }

    [Fact]
    public void For_OtherDays_DatesFollowTheEventsSettings()
    {
        var schedule = FollowUpSchedule.For(EndsAt, 7, 30);

        Assert.Equal(new DateTime(2026, 3, 19, 19, 0, 0, DateTimeKind.Utc), schedule.FirstContactAt);
        Assert.Equal(new DateTime(2026, 4, 11, 19, 0, 0, DateTimeKind.Utc), schedule.CheckAt);
    }
}
