using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace LivingLibrary.Domain.Activities;

/// <summary>
/// An iCalendar feed (RFC 5545) of activities, written with Ical.Net: one VEVENT per activity in Europe/Brussels time, its
/// series' rule and exceptions as stored, one VEVENT with a RECURRENCE-ID per moved or cancelled occurrence. What and where
/// only: never who came (docs/adr/0030, Calendars).
/// </summary>
public static partial class CalendarFeed
{
    public const string TimeZone = "Europe/Brussels";
    public const string MediaType = "text/calendar";

    /// <param name="where">Where an activity takes place when its occurrence does not say: its place, else its partner's name, else its group's place.</param>
    public static string Write(string name, IEnumerable<Activity> activities, Func<Activity, string?> where)
    {
        var calendar = new Calendar { ProductId = "-//LivingLibrary//Programme//EN" };
        calendar.AddProperty("X-WR-CALNAME", name);
        calendar.AddTimeZone(VTimeZone.FromDateTimeZone(TimeZone, new DateTime(2020, 1, 1), includeHistoricalData: false));
        foreach (var activity in activities.OrderBy(a => a.On).ThenBy(a => a.Id))
            calendar.Events.AddRange(Events(activity, where(activity)));
        return new CalendarSerializer().SerializeToString(calendar)!;
    }

    public static string Uid(Guid activityId) => $"{activityId}@livinglibrary";

    private static IEnumerable<CalendarEvent> Events(Activity activity, string? where)
    {
        if (activity.Recurrence is not { } recurrence)
        {
            // One occurrence: its move or cancellation is the event itself.
            var change = activity.ChangeOf(activity.On);
            yield return Event(activity, change?.On ?? activity.On, change?.Starts ?? activity.Starts, change?.Ends ?? activity.Ends,
                change?.Place ?? where, change?.Cancelled == true);
            yield break;
        }
        var series = Event(activity, activity.On, activity.Starts, activity.Ends, where, false);
        series.RecurrenceRule = new RecurrencePattern(TimedUntil(recurrence.Rule, activity.Starts));
        foreach (var day in recurrence.Except) series.ExceptionDates.Add(Start(day, activity.Starts));
        yield return series;
        foreach (var change in activity.Changes.Where(c => activity.HasOccurrence(c.PlannedFor)).OrderBy(c => c.PlannedFor))
        {
            var moved = Event(activity, change.On, change.Starts ?? activity.Starts, change.Ends ?? activity.Ends, change.Place ?? where, change.Cancelled);
            moved.RecurrenceIdentifier = new RecurrenceIdentifier(Start(change.PlannedFor, activity.Starts));
            yield return moved;
        }
    }

    private static CalendarEvent Event(Activity activity, DateOnly on, TimeOnly? starts, TimeOnly? ends, string? where, bool cancelled)
    {
        var e = new CalendarEvent
        {
            Uid = Uid(activity.Id),
            Summary = activity.Title,
            Location = where,
            DtStart = Start(on, starts),
            // An exchange session recorded before activities has no times: a whole day.
            DtEnd = starts is null || ends is null ? new CalDateTime(on.AddDays(1)) : new CalDateTime(on, ends.Value, TimeZone),
            Status = cancelled ? EventStatus.Cancelled : EventStatus.Confirmed,
        };
        return e;
    }

    /// <summary>
    /// The stored rule with its last day (<c>UNTIL=20270629</c>) as the end of that day in UTC when the series has times:
    /// RFC 5545 wants UNTIL of DTSTART's type, and a calendar reads a bare day as its midnight, losing the last occurrence.
    /// </summary>
    public static string TimedUntil(string rule, TimeOnly? starts) =>
        starts is null ? rule : Until().Replace(rule, m =>
        {
            var day = DateOnly.ParseExact(m.Groups["day"].Value, "yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);
            var utc = TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(new TimeOnly(23, 59, 59)), TimeZoneInfo.FindSystemTimeZoneById(TimeZone));
            return $"UNTIL={utc:yyyyMMdd'T'HHmmss'Z'}";
        });

    [System.Text.RegularExpressions.GeneratedRegex(@"UNTIL=(?<day>\d{8})(?=;|$)")]
    private static partial System.Text.RegularExpressions.Regex Until();

    private static CalDateTime Start(DateOnly on, TimeOnly? starts) => starts is { } time ? new CalDateTime(on, time, TimeZone) : new CalDateTime(on);
}
