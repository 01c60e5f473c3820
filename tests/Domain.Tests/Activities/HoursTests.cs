using LivingLibrary.Domain.Activities;
using LivingLibrary.Domain.Competences;
using LivingLibrary.Domain.ExchangeSessions;
using LivingLibrary.Domain.Groups;
using LivingLibrary.Domain.Reports;

namespace LivingLibrary.Domain.Tests.Activities;

/// <summary>September of a group, counted by hand in the comments.</summary>
public sealed class HoursTests
{
    private static readonly Guid GroupId = Guid.CreateVersion7();
    private static readonly Group Liege = new(GroupId, "Liège", "Salle", new(2026, 9, 1), new(2027, 6, 30), ["fr"], [], false);
    private static readonly DateOnly Today = new(2026, 9, 1);
    private static readonly (DateOnly From, DateOnly To) September = (new(2026, 9, 1), new(2026, 9, 30));
    private static readonly Guid Anna = new("00000000-0000-0000-0000-00000000000a");
    private static readonly Guid Bilal = new("00000000-0000-0000-0000-00000000000b");
    private static readonly Guid Chloe = new("00000000-0000-0000-0000-00000000000c");

    private static Activity Planned(ActivityKind kind, DateOnly on, TimeOnly starts, TimeOnly ends, string[] themes, Repeats? repeats = null) =>
        Folded.Of<Activity>(new PlanActivity(kind, kind.ToString(), on, starts, ends, null, null, null, themes, null, null, null, null, repeats)
            .Decide(Guid.CreateVersion7(), Liege, false, SkillCatalogue.BuiltIn, Today).Events);

    /// <summary>
    /// Tuesday workshops 14:00–16:30 (150 min): 8, 15, 22 (cancelled), 29 September, and 6 October's moved to 30 September;
    /// a visit on 17 September 10:00–12:00 (120 min).
    /// </summary>
    private static Activity[] Programme()
    {
        var workshop = Planned(ActivityKind.Workshop, new(2026, 9, 8), new(14, 0), new(16, 30), ["1.1"],
            new Repeats(Frequency.Weekly, null, new DateOnly(2027, 6, 29), null));
        workshop = workshop
            .Apply(new OccurrenceCancelled(workshop.Id, new(2026, 9, 22), "Grève"))
            .Apply(new OccurrenceMoved(workshop.Id, new(2026, 10, 6), new(2026, 9, 30), new(14, 0), new(16, 30), null))
            .Apply(new AttendanceTaken(workshop.Id, new(2026, 9, 8),
                [new(Anna, Presence.Present), new(Bilal, Presence.Present, Arrived: new(14, 30)), new(Chloe, Presence.Absent)]))
            .Apply(new AttendanceTaken(workshop.Id, new(2026, 9, 15),
                [new(Anna, Presence.Present), new(Bilal, Presence.Excused), new(Chloe, Presence.Present, Left: new(15, 30))]))
            // Attendance of a cancelled day counts for nothing.
            .Apply(new AttendanceTaken(workshop.Id, new(2026, 9, 22), [new(Anna, Presence.Present)]))
            .Apply(new AttendanceTaken(workshop.Id, new(2026, 10, 6), [new(Anna, Presence.Present)]));
        var visit = Planned(ActivityKind.Visit, new(2026, 9, 17), new(10, 0), new(12, 0), ["1.1", "2.1"]);
        visit = visit.Apply(new AttendanceTaken(visit.Id, visit.On, [new(Anna, Presence.Present), new(Chloe, Presence.Present)]));
        return [workshop, visit];
    }

    [Fact]
    public void Hours_delivered_and_participant_hours_of_a_month_equal_a_hand_count()
    {
        var hours = Hours.Of(Programme(), September.From, September.To);

        // Held: workshops 8, 15, 29, 30 (4 × 150 min) and the visit (120 min) = 720 min; 22 September cancelled.
        hours.Occurrences.ShouldBe(5);
        hours.Cancelled.ShouldBe(1);
        hours.WithAttendance.ShouldBe(4);
        hours.Hours.ShouldBe(12);
        // Anna 150 + 150 + 150 + 120, Bilal 14:30–16:30 = 120, Chloé 14:00–15:30 = 90 and 120: 900 min.
        hours.ParticipantHours.ShouldBe(15);
        // Present 2 + 2 + 1 + 2 of 3 + 3 + 1 + 2 recorded.
        (hours.Present, hours.Recorded, hours.AttendanceRate).ShouldBe((7, 9, 0.778));
        hours.ByKind.ShouldBe([new KindHours(ActivityKind.Workshop, 4, 10), new KindHours(ActivityKind.Visit, 1, 2)]);
        hours.ByTheme.ShouldBe([new ThemeHours("1.1", 5, 12, 15), new ThemeHours("2.1", 1, 2, 4)]);
        var people = hours.Participants.ToDictionary(p => p.ParticipantId);
        people[Anna].Hours.ShouldBe(9.5);
        people[Anna].Came.ShouldBe([new Came(ActivityKind.Workshop, 3, 3), new Came(ActivityKind.Visit, 1, 1)]);
        people[Bilal].Hours.ShouldBe(2);
        people[Bilal].Came.ShouldBe([new Came(ActivityKind.Workshop, 1, 2)]);
        people[Chloe].Hours.ShouldBe(3.5);
        people[Chloe].Came.ShouldBe([new Came(ActivityKind.Workshop, 1, 2), new Came(ActivityKind.Visit, 1, 1)]);
    }

    [Fact]
    public void An_occurrence_counts_on_the_day_it_took_place_not_the_day_it_was_planned_for()
    {
        var october = Hours.Of(Programme(), new(2026, 10, 1), new(2026, 10, 31));

        // 6 October moved to 30 September: October has the 13th to the 27th, without attendance.
        october.Occurrences.ShouldBe(3);
        october.WithAttendance.ShouldBe(0);
        october.ParticipantHours.ShouldBe(0);
        october.AttendanceRate.ShouldBeNull();
    }

    [Fact]
    public void While_in_the_group_every_occurrence_whose_attendance_was_taken_counts_even_when_the_sheet_leaves_them_out()
    {
        // Bilal is on the sheets of the 8th and 15th only; in the group all month, he also missed the 30th and the visit.
        var hours = Hours.Of(Programme(), September.From, September.To, [new Stay(Bilal, GroupId, new(2026, 9, 1), null, false)]);

        hours.Participants.Single(p => p.ParticipantId == Bilal).Came
            .ShouldBe([new Came(ActivityKind.Workshop, 1, 3), new Came(ActivityKind.Visit, 0, 1)]);
        // A stay in another group, or ended before, adds nothing.
        Hours.Of(Programme(), September.From, September.To, [new Stay(Bilal, Guid.CreateVersion7(), new(2026, 9, 1), null, false),
                new Stay(Bilal, GroupId, new(2026, 8, 1), new(2026, 9, 10), false)])
            .Participants.Single(p => p.ParticipantId == Bilal).Came.ShouldBe([new Came(ActivityKind.Workshop, 1, 2)]);
    }

    [Fact]
    public void An_exchange_session_recorded_before_activities_counts_as_held_and_attended_but_adds_no_hours()
    {
        var session = Folded.Of<Activity>(new ExchangeSessionHeld(Guid.CreateVersion7(), GroupId, new(2026, 9, 10), [Anna, Chloe], "Payer en ligne"));

        var hours = Hours.Of([session], September.From, September.To);

        hours.ByKind.ShouldBe([new KindHours(ActivityKind.ExchangeSession, 1, 0)]);
        (hours.Present, hours.Recorded, hours.Hours, hours.ParticipantHours).ShouldBe((2, 2, 0, 0));
        hours.Participants.Single(p => p.ParticipantId == Anna).Came.ShouldBe([new Came(ActivityKind.ExchangeSession, 1, 1)]);
    }
}
