using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;

namespace LivingLibrary.Domain.Activities;

/// <summary>
/// Expands an activity into its occurrences with Ical.Net, the RFC 5545 library calendars use: the rule from the first day,
/// less the exceptions, then each occurrence's own move or cancellation.
/// </summary>
public static class Series
{
    /// <summary>The days the activity was planned for, between two days (moves not applied).</summary>
    public static IReadOnlyList<DateOnly> Days(Activity activity, DateOnly from, DateOnly to)
    {
        if (activity.Recurrence is not { } recurrence)
            return activity.On >= from && activity.On <= to ? [activity.On] : [];
        if (to < activity.On) return [];
        var series = new CalendarEvent { DtStart = new CalDateTime(activity.On), RecurrenceRule = new RecurrencePattern(recurrence.Rule) };
        var except = recurrence.Except.ToHashSet();
        return [.. series.GetOccurrences(new CalDateTime(from < activity.On ? activity.On : from))
            .Select(o => o.Period.StartTime.Date)
            .TakeWhile(day => day <= to)
            .Where(day => !except.Contains(day))];
    }

    public static IReadOnlyList<Occurrence> Occurrences(Activity activity, DateOnly from, DateOnly to)
    {
        var planned = Days(activity, from, to).Select(day => Of(activity, day));
        // An occurrence moved into the period from a day outside it.
        var movedIn = activity.Changes.Where(c => c.On >= from && c.On <= to && (c.PlannedFor < from || c.PlannedFor > to))
            .Where(c => activity.HasOccurrence(c.PlannedFor)).Select(c => Changed(activity, c));
        return [.. planned.Where(o => o.On >= from && o.On <= to).Concat(movedIn).OrderBy(o => o.On).ThenBy(o => o.Starts)];
    }

    /// <summary>The occurrence planned for a day (which must be one of the series'), its move or cancellation applied.</summary>
    internal static Occurrence Of(Activity a, DateOnly day) => a.ChangeOf(day) is { } change ? Changed(a, change) : Planned(a, day);

    private static Occurrence Planned(Activity a, DateOnly day)
    {
        var (starts, ends) = a.TimesOn(day);
        return new(a.Id, day, day, starts, ends, a.Place, false);
    }

    private static Occurrence Changed(Activity a, OccurrenceChange c)
    {
        var (starts, ends) = a.TimesOn(c.PlannedFor);
        return new(a.Id, c.PlannedFor, c.On, c.Starts ?? starts, c.Ends ?? ends, c.Place ?? a.Place, c.Cancelled);
    }
}
