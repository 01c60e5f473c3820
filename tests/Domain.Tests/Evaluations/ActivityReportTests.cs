using LivingLibrary.Domain.Activities;
using LivingLibrary.Domain.Cases;
using LivingLibrary.Domain.Competences;
using LivingLibrary.Domain.ExchangeSessions;
using LivingLibrary.Domain.Groups;
using LivingLibrary.Domain.Participants;
using LivingLibrary.Domain.Reports;

namespace LivingLibrary.Domain.Tests.Evaluations;

/// <summary>The funder report's activities, hours delivered, participant-hours and attendance rate against a hand count.</summary>
public sealed class ActivityReportTests
{
    private static readonly DateOnly From = new(2026, 9, 1), To = new(2026, 9, 30);
    private static readonly Guid Tuesday = Id(1);
    private static readonly Group Mardi = Group.Create(new GroupCreated(Tuesday, "Mardi", "Liège", From, new DateOnly(2027, 6, 30), ["fr"]));

    private static Guid Id(int n) => Guid.Parse($"00000000-0000-0000-0000-{n:D12}");

    private static Guid P(int n) => Id(100 + n);

    private static Activity Planned(int n, ActivityKind kind, DateOnly on, TimeOnly starts, TimeOnly ends, Repeats? repeats = null) =>
        Folded.Of<Activity>(new PlanActivity(kind, "Atelier", on, starts, ends, null, null, null, null, null, null, null, null, repeats)
            .Decide(Id(n), Mardi, false, SkillCatalogue.BuiltIn, From).Events);

    /// <summary>
    /// Tuesday workshops 14:00–16:30 (150 min) on 8, 15, 22 (cancelled) and 29 September; a visit on 17 September 10:00–12:00
    /// (120 min); an exchange session recorded before activities on 24 September (no times); a workshop of October.
    /// </summary>
    private static FunderReport Report(params AttendanceTaken[] attendance)
    {
        var workshop = Planned(600, ActivityKind.Workshop, new(2026, 9, 8), new(14, 0), new(16, 30), new Repeats(Frequency.Weekly, null, new(2026, 10, 6), null))
            .Apply(new OccurrenceCancelled(Id(600), new(2026, 9, 22), null));
        var visit = Planned(601, ActivityKind.Visit, new(2026, 9, 17), new(10, 0), new(12, 0));
        var session = Activity.Create(new ExchangeSessionHeld(Id(602), Tuesday, new(2026, 9, 24), [P(1), P(2), P(3)], null));
        Activity[] activities = [.. new[] { workshop, visit, session }.Select(a => attendance.Where(t => t.ActivityId == a.Id).Aggregate(a, (x, t) => x.Apply(t)))];
        var people = Enumerable.Range(1, 4).Select(n =>
            Participant.Create(new ParticipantEnrolled(P(n), Tuesday, new PersonalDetails($"P{n}", null), ["fr"], [], new Consent("n", From)))).ToList();
        var sources = new ReportSources([Mardi], people, [.. people.Select(p => new Stay(p.Id, Tuesday, new DateOnly(2026, 8, 20), null, false))],
            [], [], activities, [], [], ServiceList.BuiltIn, SkillCatalogue.BuiltIn);
        return FunderReport.Build(new ReportRequest("org", Tuesday, From, To, new DateTimeOffset(2026, 10, 10, 0, 0, 0, TimeSpan.Zero)), sources);
    }

    private static AttendanceTaken Sheet(int activity, DateOnly on, params Attendee[] attendees) => new(Id(activity), on, attendees);

    private static Attendee Came(int n, TimeOnly? arrived = null, TimeOnly? left = null) => new(P(n), Presence.Present, arrived, left);

    private static Attendee Absent(int n) => new(P(n), Presence.Absent);

    [Fact]
    public void Activities_by_kind_hours_delivered_participant_hours_and_the_attendance_rate_equal_a_hand_count()
    {
        var report = Report(
            Sheet(600, new(2026, 9, 8), Came(1), Came(2), Came(3), Absent(4)),
            Sheet(600, new(2026, 9, 15), Came(1, left: new(15, 0)), Came(2), new(P(3), Presence.Excused), Came(4, arrived: new(15, 0))),
            Sheet(600, new(2026, 9, 29), Came(1), Absent(2), Absent(3), Absent(4)),
            Sheet(601, new(2026, 9, 17), Came(1), Came(2)));

        // Workshops 8, 15, 29 (22 cancelled, October's out of the period), the visit, the old exchange session.
        report.Activity.Activities.ShouldBe([new KindHours(ActivityKind.Workshop, 3, 7.5), new KindHours(ActivityKind.ExchangeSession, 1, 0),
            new KindHours(ActivityKind.Visit, 1, 2)]);
        // 3 × 150 + 120 = 570 min.
        report.Activity.HoursDelivered.ShouldBe(9.5);
        // 8th: 3 × 150; 15th: 60 + 150 + 90; 29th: 150; visit: 2 × 120; the session has no times: 1 140 min.
        report.Activity.ParticipantHours.ShouldBe(new Figure(19));
        // Present 3 + 3 + 1 + 2 + 3 of 4 + 4 + 4 + 2 + 3 recorded.
        report.Activity.AttendanceRate.ShouldBe(new Figure(Math.Round(12 / 17.0, 3)));
    }

    [Fact]
    public void The_attendance_rate_is_hidden_when_one_or_two_marks_would_show_someones_absence_but_the_volumes_are_shown()
    {
        var report = Report(Sheet(600, new(2026, 9, 8), Came(1), Came(2), Came(3), Absent(4)));

        // Present 3 + 3 (the old session) of 7 recorded: the others are one mark, one person.
        report.Activity.AttendanceRate.ShouldBe(Figure.Hidden);
        (report.Activity.HoursDelivered, report.Activity.ParticipantHours).ShouldBe((9.5, new Figure(7.5)));
    }
}
