using LivingLibrary.Domain.Reports;

namespace LivingLibrary.Domain.Activities;

/// <summary>How many occurrences of one kind took place, and their hours.</summary>
public sealed record KindHours(ActivityKind Kind, int Occurrences, double Hours);

/// <summary>
/// The occurrences that worked on one DigComp theme, their hours and the participants' hours at them. An occurrence with two
/// themes counts in both: themes do not add up to the total.
/// </summary>
public sealed record ThemeHours(string Theme, int Occurrences, double Hours, double ParticipantHours);

/// <summary>
/// One participant at occurrences of one kind: present at <c>Present</c> of the <c>Of</c> whose attendance was taken while
/// they were in the group ("came to 18 of 24 workshops").
/// </summary>
public sealed record Came(ActivityKind Kind, int Present, int Of);

/// <summary>One participant's hours of presence and what they came to, kind by kind.</summary>
public sealed record ParticipantHours(Guid ParticipantId, double Hours, IReadOnlyList<Came> Came);

/// <summary>
/// What a group (or several) delivered over a period, counted by the day each occurrence took place, not the day anything
/// was recorded. Cancelled occurrences are counted apart and add nothing else. The attendance rate is the present among
/// the attendees recorded (present, excused or absent) at the occurrences whose attendance was taken: who was expected
/// is the sheet's list, not the group's roll, which changes over the year.
/// </summary>
public sealed record HoursFigures(
    DateOnly From,
    DateOnly To,
    int Occurrences,
    int Cancelled,
    int WithAttendance,
    double Hours,
    double ParticipantHours,
    int Present,
    int Recorded,
    double? AttendanceRate,
    IReadOnlyList<KindHours> ByKind,
    IReadOnlyList<ThemeHours> ByTheme,
    IReadOnlyList<ParticipantHours> Participants);

public static class Hours
{
    /// <summary>One occurrence held, with its activity and its attendance (a class: looked up by reference).</summary>
    private sealed class Held(Activity activity, Occurrence occurrence, IReadOnlyList<Attendee> attendees)
    {
        public Activity Activity => activity;
        public Occurrence Occurrence => occurrence;
        public IReadOnlyList<Attendee> Attendees => attendees;
        public bool AttendanceTaken => attendees.Count > 0;
    }

    /// <param name="stays">When each participant was in which group: an occurrence whose attendance was taken counts
    /// in their "of" while they were, and always when the sheet lists them.</param>
    public static HoursFigures Of(IEnumerable<Activity> activities, DateOnly from, DateOnly to, IEnumerable<Stay>? stays = null)
    {
        var all = activities.SelectMany(a => a.Occurrences(from, to).Select(o => new Held(a, o, a.AttendeesOf(o.PlannedFor)))).ToList();
        var held = all.Where(h => !h.Occurrence.Cancelled).ToList();
        var recorded = held.SelectMany(h => h.Attendees).ToList();
        var present = recorded.Count(a => a.Presence == Presence.Present);
        var people = held.SelectMany(h => h.Attendees.Select(a => a.ParticipantId)).Concat((stays ?? []).Select(s => s.ParticipantId)).Distinct().Order();
        return new HoursFigures(from, to, held.Count, all.Count - held.Count, held.Count(h => h.AttendanceTaken),
            HoursOf(held.Sum(h => h.Occurrence.Minutes)), HoursOf(held.Sum(PresentMinutes)), present, recorded.Count,
            recorded.Count == 0 ? null : Math.Round((double)present / recorded.Count, 3),
            [.. held.GroupBy(h => h.Activity.Kind).OrderBy(k => k.Key)
                .Select(k => new KindHours(k.Key, k.Count(), HoursOf(k.Sum(h => h.Occurrence.Minutes))))],
            [.. held.SelectMany(h => h.Activity.Themes.Select(t => (Theme: t, Held: h))).GroupBy(x => x.Theme).OrderBy(t => t.Key, StringComparer.Ordinal)
                .Select(t => new ThemeHours(t.Key, t.Count(), HoursOf(t.Sum(x => x.Held.Occurrence.Minutes)), HoursOf(t.Sum(x => PresentMinutes(x.Held)))))],
            [.. Each(people, held.Where(h => h.AttendanceTaken).ToList(), stays ?? [])]);
    }

    /// <summary>Each participant's hours and attendance among the occurrences held whose attendance was taken.</summary>
    private static IEnumerable<ParticipantHours> Each(IEnumerable<Guid> people, IReadOnlyList<Held> taken, IEnumerable<Stay> stays)
    {
        // Looked up rather than searched: an organisation's year is thousands of occurrences and people.
        var listing = taken.SelectMany(h => h.Attendees.Select(a => (a.ParticipantId, Held: h, Attendee: a))).ToLookup(x => x.ParticipantId);
        var takenIn = taken.ToLookup(h => h.Activity.GroupId);
        var stayed = stays.ToLookup(s => s.ParticipantId);
        foreach (var id in people)
        {
            var marks = listing[id].DistinctBy(x => x.Held).ToDictionary(x => x.Held, x => x.Attendee);
            var theirs = marks.Keys.Concat(stayed[id].SelectMany(s => takenIn[s.GroupId].Where(h => s.From <= h.Occurrence.On && (s.Until is null || h.Occurrence.On <= s.Until))))
                .Distinct().ToList();
            yield return new ParticipantHours(id, HoursOf(marks.Sum(m => Minutes(m.Key.Occurrence, m.Value))),
                [.. theirs.GroupBy(h => h.Activity.Kind).OrderBy(k => k.Key)
                    .Select(k => new Came(k.Key, k.Count(h => marks.TryGetValue(h, out var a) && a.Presence == Presence.Present), k.Count()))]);
        }
    }

    private static int PresentMinutes(Held h) => h.Attendees.Sum(a => Minutes(h.Occurrence, a));

    /// <summary>A participant's presence: from arrival to leaving when given, else the occurrence's times; nothing unless present.</summary>
    public static int Minutes(Occurrence occurrence, Attendee attendee) =>
        attendee.Presence == Presence.Present && (attendee.Arrived ?? occurrence.Starts) is { } s && (attendee.Left ?? occurrence.Ends) is { } e && e > s
            ? (int)(e - s).TotalMinutes : 0;

    private static double HoursOf(int minutes) => Math.Round(minutes / 60.0, 2);
}
