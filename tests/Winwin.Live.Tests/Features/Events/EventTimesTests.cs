using Winwin.Live.Features.Events;

namespace Winwin.Live.Tests.Features.Events;

public class EventTimesTests
{
    private static readonly TimeZoneInfo Brussels = TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels");

    [Fact]
    public void ToUtc_SummerEvening_TwoHoursBehindUtc()
    {
        var (starts, ends) = EventTimes.ToUtc(new DateTime(2026, 5, 21), new TimeSpan(18, 0, 0), new TimeSpan(20, 0, 0), Brussels, new DateTime(2026, 4, 1));

        Assert.Equal(new DateTime(2026, 5, 21, 16, 0, 0, DateTimeKind.Utc), starts);
        Assert.Equal(new DateTime(2026, 5, 21, 18, 0, 0, DateTimeKind.Utc), ends);
    }

    [Fact]
    public void ToUtc_EndsBeforeItStarts_EndsTheNextDay()
    {
        var (starts, ends) = EventTimes.ToUtc(new DateTime(2026, 12, 31), new TimeSpan(23, 0, 0), new TimeSpan(1, 0, 0), Brussels, new DateTime(2026, 4, 1));

        Assert.Equal(new DateTime(2026, 12, 31, 22, 0, 0, DateTimeKind.Utc), starts);
        Assert.Equal(new DateTime(2027, 1, 1, 0, 0, 0, DateTimeKind.Utc), ends);
    }

    [Fact]
    public void ToUtc_NothingTyped_TodayFromSixToEight()
    {
        var (starts, ends) = EventTimes.ToUtc(null, null, null, Brussels, new DateTime(2026, 1, 15));

        Assert.Equal(new DateTime(2026, 1, 15, 17, 0, 0, DateTimeKind.Utc), starts);
        Assert.Equal(new DateTime(2026, 1, 15, 19, 0, 0, DateTimeKind.Utc), ends);
    }

    [Fact]
    public void DefaultDateAndEnd_AMonthAheadAtTheVenue_TwoHoursAfterTheStart()
    {
        // 23:30 UTC on 31 March is already 1 April in Brussels.
        Assert.Equal(new DateTime(2026, 5, 1), EventTimes.DefaultDate(new DateTime(2026, 3, 31, 23, 30, 0, DateTimeKind.Utc), Brussels));
        Assert.Equal(new TimeSpan(21, 30, 0), EventTimes.EndFor(new TimeSpan(19, 30, 0)));
    }

    [Fact]
    public void FromUtc_ThenToUtc_SameInstants()
    {
        var startsAt = new DateTime(2026, 10, 24, 16, 0, 0, DateTimeKind.Utc);
        var endsAt = new DateTime(2026, 10, 24, 18, 30, 0, DateTimeKind.Utc);

        var (date, start, end) = EventTimes.FromUtc(startsAt, endsAt, Brussels);

        Assert.Equal((new DateTime(2026, 10, 24), new TimeSpan(18, 0, 0), new TimeSpan(20, 30, 0)), (date, start, end));
        Assert.Equal((startsAt, endsAt), EventTimes.ToUtc(date, start, end, Brussels, date));
    }
}
