namespace Winwin.Live.Features.Events;

/// <summary>
/// The event's date and times as the coordinator types them, in the venue's time zone, and their UTC instants. An event
/// lasts two hours by custom; one that ends at or before its start ends the next day (an evening past midnight).
/// </summary>
public static class EventTimes
{
    public static readonly TimeSpan DefaultStart = TimeSpan.FromHours(18);

    public static readonly TimeSpan DefaultEnd = TimeSpan.FromHours(20);

    public static readonly TimeSpan Custom = TimeSpan.FromHours(2);

    /// <summary>Today at the venue.</summary>
    public static DateTime Today(DateTime utcNow, TimeZoneInfo zone) => TimeZoneInfo.ConvertTimeFromUtc(utcNow, zone).Date;

    /// <summary>A new event's date: a month from today at the venue.</summary>
    public static DateTime DefaultDate(DateTime utcNow, TimeZoneInfo zone) => Today(utcNow, zone).AddDays(30);

    /// <summary>Moving the start moves the end along: the custom duration after it.</summary>
    public static TimeSpan EndFor(TimeSpan start) => start.Add(Custom);

    /// <summary>The UTC start and end of the event for the date and times typed (today and the default times when left empty).</summary>
    public static (DateTime StartsAt, DateTime EndsAt) ToUtc(DateTime? date, TimeSpan? start, TimeSpan? end, TimeZoneInfo zone, DateTime today)
    {
        var day = (date ?? today).Date;
        var starts = day + (start ?? DefaultStart);
        var ends = day + (end ?? DefaultEnd);
        if (ends <= starts)
        {
            ends = ends.AddDays(1);
        }
        return (TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(starts, DateTimeKind.Unspecified), zone),
            TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(ends, DateTimeKind.Unspecified), zone));
    }

    /// <summary>The date and times to show for an event's UTC start and end.</summary>
    public static (DateTime Date, TimeSpan Start, TimeSpan End) FromUtc(DateTime startsAt, DateTime endsAt, TimeZoneInfo zone)
    {
        var starts = TimeZoneInfo.ConvertTimeFromUtc(startsAt, zone);
        var ends = TimeZoneInfo.ConvertTimeFromUtc(endsAt, zone);
        return (starts.Date, starts.TimeOfDay, ends.TimeOfDay);
    }

    /// <summary>The end of the day when a moment is given by its date alone (a registration closes at the end of its last day).</summary>
    public static readonly TimeSpan EndOfDay = new(23, 59, 0);

    /// <summary>The UTC instant of a date and time typed at the venue; null when no date is given.</summary>
    public static DateTime? MomentToUtc(DateTime? date, TimeSpan? time, TimeZoneInfo zone) =>
        date is { } day ? TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(day.Date + (time ?? EndOfDay), DateTimeKind.Unspecified), zone) : null;

    /// <summary>The date and time at the venue to show for a UTC instant; nulls for none.</summary>
    public static (DateTime? Date, TimeSpan? Time) MomentFromUtc(DateTime? utc, TimeZoneInfo zone) =>
        utc is { } at ? (TimeZoneInfo.ConvertTimeFromUtc(at, zone).Date, TimeZoneInfo.ConvertTimeFromUtc(at, zone).TimeOfDay) : (null, null);
}
