using Ical.Net;
using Ical.Net.DataTypes;
using LivingLibrary.Domain.Activities;
using LivingLibrary.Domain.Competences;
using LivingLibrary.Domain.Groups;

namespace LivingLibrary.Domain.Tests.Activities;

public sealed class CalendarFeedTests
{
    private static readonly Group Liege = new(Guid.CreateVersion7(), "Liège", "Salle", new(2026, 9, 1), new(2027, 6, 30), ["fr"], [], false);
    private static readonly DateOnly FirstTuesday = new(2026, 9, 8);
    private static readonly DateOnly Christmas = new(2026, 12, 29);
    private static readonly DateOnly Easter = new(2027, 4, 6);
    private static readonly DateOnly Moved = new(2026, 10, 13);
    private static readonly DateOnly Cancelled = new(2026, 11, 10);

    /// <summary>A weekly series with two holidays, one Tuesday moved to the Thursday and another cancelled.</summary>
    internal static Activity TuesdayWorkshop(Guid? id = null)
    {
        var activityId = id ?? Guid.CreateVersion7();
        var planned = new PlanActivity(ActivityKind.Workshop, "Atelier du mardi", FirstTuesday, new(14, 0), new(16, 30), null, null, null, null, null, null, null,
                null, new Repeats(Frequency.Weekly, null, new DateOnly(2027, 6, 29), [Christmas, Easter]))
            .Decide(activityId, Liege, false, SkillCatalogue.BuiltIn, new(2026, 9, 1)).Events;
        return Folded.Of<Activity>([.. planned,
            new OccurrenceMoved(activityId, Moved, Moved.AddDays(2), new(9, 30), new(11, 0), "Bibliothèque"),
            new OccurrenceCancelled(activityId, Cancelled, "grève")]);
    }

    /// <summary>Every occurrence a calendar expands the feed to: the day (Brussels time), its times and whether it is cancelled.</summary>
    internal static IReadOnlyList<(DateOnly On, TimeOnly? Starts, TimeOnly? Ends, bool Cancelled)> Expanded(string ics, DateOnly from, DateOnly to)
    {
        var calendar = Calendar.Load(ics)!;
        return [.. calendar.GetOccurrences(new CalDateTime(from, new TimeOnly(0, 0), CalendarFeed.TimeZone))
            .TakeWhile(o => o.Period.StartTime.Date <= to)
            .Select(o => (o.Period.StartTime.Date, o.Period.StartTime.HasTime ? (TimeOnly?)o.Period.StartTime.Time : null,
                o.Period.EffectiveEndTime is { HasTime: true } end ? (TimeOnly?)end.Time : null,
                ((Ical.Net.CalendarComponents.CalendarEvent)o.Source).Status == EventStatus.Cancelled))];
    }

    [Fact]
    public void A_feed_parsed_back_by_a_calendar_library_expands_to_the_programme_with_holidays_moves_and_cancellations()
    {
        var activity = TuesdayWorkshop();
        var (from, to) = (new DateOnly(2026, 9, 1), new DateOnly(2027, 6, 30));

        var ics = CalendarFeed.Write("Liège", [activity], _ => "Salle");

        var expected = activity.Occurrences(from, to).Select(o => (o.On, o.Starts, o.Ends, o.Cancelled)).ToList();
        Expanded(ics, from, to).ShouldBe(expected);
        expected.Count.ShouldBe(41);
        expected.ShouldContain((Moved.AddDays(2), (TimeOnly?)new TimeOnly(9, 30), (TimeOnly?)new TimeOnly(11, 0), false));
        expected.ShouldContain((Cancelled, (TimeOnly?)new TimeOnly(14, 0), (TimeOnly?)new TimeOnly(16, 30), true));
        expected.ShouldNotContain(e => e.On == Christmas || e.On == Easter || e.On == Moved);

        ics.ShouldContain("RRULE:FREQ=WEEKLY;UNTIL=20270629T215959Z");
        ics.ShouldContain("BEGIN:DAYLIGHT");
        ics.ShouldContain("BEGIN:VTIMEZONE");
        ics.ShouldContain("TZID:Europe/Brussels");
        ics.ShouldContain("EXDATE;TZID=Europe/Brussels:20261229T140000");
        ics.ShouldContain("RECURRENCE-ID;TZID=Europe/Brussels:20261013T140000");
        ics.ShouldContain("LOCATION:Bibliothèque");
        var events = Calendar.Load(ics)!.Events;
        events.Select(e => e.Uid).Distinct().ShouldBe([CalendarFeed.Uid(activity.Id)]);
        events.Count.ShouldBe(3);
    }

    [Fact]
    public void The_same_activities_write_the_same_uids_and_no_attendance()
    {
        var activity = TuesdayWorkshop() with { Attendance = [new(FirstTuesday, [new LivingLibrary.Domain.Activities.Attendee(Guid.CreateVersion7(), Presence.Present)])] };

        var first = CalendarFeed.Write("Liège", [activity], _ => null);
        var second = CalendarFeed.Write("Liège", [activity], _ => null);

        Calendar.Load(first)!.Events.Select(e => e.Uid).ShouldBe(Calendar.Load(second)!.Events.Select(e => e.Uid));
        first.ShouldNotContain(activity.Attendance[0].Attendees[0].ParticipantId.ToString());
        first.ShouldNotContain("ATTENDEE");
    }
}
