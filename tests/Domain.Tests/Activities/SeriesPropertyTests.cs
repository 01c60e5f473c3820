using CsCheck;
using LivingLibrary.Domain.Activities;

namespace LivingLibrary.Domain.Tests.Activities;

/// <summary>
/// The programme as Ical.Net expands it is exactly a plain enumeration of days: every n-th week from the first day, or the
/// first day's weekday of its rank (the last, if fifth) every n-th month; less holidays given when planning and added
/// later, up to an end brought forward; then moves, cancellations and times changed from a day on.
/// </summary>
public sealed class SeriesPropertyTests
{
    private sealed record Scenario(
        DateOnly First, Frequency Every, int Interval, int Span, int[] Holidays, int[] LaterHolidays, int? EndAt, (int At, int By, bool Cancel)[] Changes,
        int? RetimeAt, int WindowStart, int WindowDays);

    private static readonly Gen<Scenario> Scenarios =
        Gen.Select(Gen.Int[0, 900], Gen.Enum<Frequency>(), Gen.Int[1, 4], Gen.Int[1, 730], Gen.Int[0, 120].Array[0, 8], Gen.Int[0, 120].Array[0, 4],
                Gen.Int[0, 120].Nullable())
            .SelectMany(s => Gen.Select(Gen.Select(Gen.Int[0, 12], Gen.Int[-20, 20], Gen.Bool).Array[0, 10], Gen.Int[0, 120].Nullable(), Gen.Int[-40, 800],
                    Gen.Int[0, 400])
                .Select(t => new Scenario(new DateOnly(2026, 1, 1).AddDays(s.Item1), s.Item2, s.Item3, s.Item4, s.Item5, s.Item6, s.Item7,
                    [.. t.Item1.Select(c => (c.Item1, c.Item2, c.Item3))], t.Item2, t.Item3, t.Item4)));

    /// <summary>The days planned, by counting weeks or months from the first day: no RFC 5545 involved.</summary>
    private static List<DateOnly> BruteForce(DateOnly first, Frequency every, int interval, DateOnly until)
    {
        var days = new List<DateOnly>();
        if (every == Frequency.Weekly)
        {
            for (var day = first; day <= until; day = day.AddDays(7 * interval)) days.Add(day);
            return days;
        }
        var rank = (first.Day - 1) / 7 + 1;
        for (var month = new DateOnly(first.Year, first.Month, 1); month <= until; month = month.AddMonths(interval))
        {
            var weekdays = Enumerable.Range(0, DateTime.DaysInMonth(month.Year, month.Month)).Select(month.AddDays)
                .Where(d => d.DayOfWeek == first.DayOfWeek).ToList();
            var day = rank == 5 ? weekdays[^1] : weekdays[rank - 1];
            if (day >= first && day <= until) days.Add(day);
        }
        return days;
    }

    private static DateOnly Pick(IReadOnlyList<DateOnly> days, int index) => days[index % days.Count];

    [Fact]
    public void The_programme_is_exactly_the_plain_enumeration_of_its_days_with_holidays_an_early_end_moves_and_cancellations()
    {
        Scenarios.Sample(s =>
        {
            var until = s.First.AddDays(s.Span);
            var planned = BruteForce(s.First, s.Every, s.Interval, until);
            var holidays = s.Holidays.Select(i => Pick(planned, i)).Where(d => d != s.First).Distinct().ToList();
            var activity = Activity.Create(new ActivityPlanned(Guid.CreateVersion7(), Guid.CreateVersion7(), ActivityKind.Workshop, "Atelier", s.First,
                new(14, 0), new(16, 0), null, null, null, [], [], null, false, false,
                new Repeats(s.Every, s.Interval, until, holidays).Recurrence(s.First)));
            var expected = planned.Except(holidays).ToList();

            var later = s.LaterHolidays.Select(i => Pick(expected, i)).Where(d => d != s.First).Distinct().ToList();
            if (later.Count > 0) activity = activity.Apply(new HolidaysAdded(activity.Id, later));
            expected = [.. expected.Except(later)];
            if (s.EndAt is { } end)
            {
                var lastDay = Pick(expected, end);
                activity = activity.Apply(new SeriesEnded(activity.Id, lastDay));
                expected = [.. expected.Where(d => d <= lastDay)];
            }
            var retimedFrom = s.RetimeAt is { } r ? Pick(expected, r) : DateOnly.MaxValue;
            if (s.RetimeAt is not null) activity = activity.Apply(new ActivityTimesChanged(activity.Id, retimedFrom, new(9, 0), new(10, 0)));

            // As the commands allow: a cancelled occurrence is not moved; a moved one cancelled stays where it was moved to.
            var changes = new Dictionary<DateOnly, (DateOnly On, bool Cancelled, bool Moved)>();
            foreach (var (at, by, cancel) in s.Changes)
            {
                var day = Pick(expected, at);
                var before = changes.TryGetValue(day, out var known) ? known : (On: day, Cancelled: false, Moved: false);
                if (before.Cancelled) continue;
                activity = cancel
                    ? activity.Apply(new OccurrenceCancelled(activity.Id, day, null))
                    : activity.Apply(new OccurrenceMoved(activity.Id, day, day.AddDays(by), new(18, 0), new(19, 0), null));
                changes[day] = cancel ? before with { Cancelled = true } : (day.AddDays(by), false, true);
            }

            // A window of its own, and the whole series.
            foreach (var (from, to) in new[] { (s.First.AddDays(s.WindowStart), s.First.AddDays(s.WindowStart + s.WindowDays)), (s.First.AddDays(-30), until.AddDays(30)) })
            {
                var brute = expected
                    .Select(day => changes.TryGetValue(day, out var c) ? (PlannedFor: day, c.On, c.Cancelled) : (PlannedFor: day, On: day, Cancelled: false))
                    .Where(o => o.On >= from && o.On <= to).OrderBy(o => o.On).ThenBy(o => o.PlannedFor).ToList();
                var occurrences = activity.Occurrences(from, to);
                occurrences.Select(o => (o.PlannedFor, o.On, o.Cancelled)).OrderBy(o => o.On).ThenBy(o => o.PlannedFor).ShouldBe(brute);
                occurrences.Select(o => o.On).ShouldBeInOrder();
                foreach (var o in occurrences)
                    (o.Starts, o.Ends).ShouldBe(changes.TryGetValue(o.PlannedFor, out var c) && c.Moved ? (new TimeOnly(18, 0), new TimeOnly(19, 0))
                        : o.PlannedFor >= retimedFrom ? (new TimeOnly(9, 0), new TimeOnly(10, 0)) : (new TimeOnly(14, 0), new TimeOnly(16, 0)));
            }
            // Each day planned, left out or next to one is held exactly when the enumeration holds it.
            foreach (var day in planned.Concat(planned.Select(d => d.AddDays(1))).Append(s.First.AddDays(-7)).Append(until.AddDays(7)))
                activity.HasOccurrence(day).ShouldBe(expected.Contains(day), $"{day}");
        }, iter: 300);
    }
}
