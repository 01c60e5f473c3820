using LivingLibrary.Domain.Activities;
using LivingLibrary.Domain.Groups;

namespace LivingLibrary.Domain.Tests.Activities;

public sealed class ProgrammeDecisionTests
{
    private static readonly DateOnly Today = new(2026, 11, 24);
    private static readonly Group Liege = new(Guid.CreateVersion7(), "Liège", "Salle", new(2026, 9, 1), new(2027, 6, 30), ["fr"], [], false);
    private static readonly DateOnly October6 = new(2026, 10, 6);

    private static Activity Weekly() => Activity.Create(new ActivityPlanned(Guid.CreateVersion7(), Liege.Id, ActivityKind.Workshop, "Atelier", new(2026, 9, 8),
        new(14, 0), new(16, 0), null, null, null, [], [], 1, true, false, new Repeats(Frequency.Weekly, null, new(2027, 6, 29), null).Recurrence(new(2026, 9, 8))));

    [Fact]
    public void An_occurrence_whose_attendance_was_taken_is_neither_cancelled_left_out_nor_cut_off_by_an_early_end()
    {
        var activity = Weekly().Apply(new AttendanceTaken(Guid.Empty, October6, [new Attendee(Guid.CreateVersion7(), Presence.Present)]));

        foreach (var decision in new[]
                 {
                     new CancelOccurrence(null).Decide(activity, October6, Liege), new AddHolidays([October6]).Decide(activity, Liege, Today),
                     new EndSeries(new DateOnly(2026, 9, 29)).Decide(activity, Liege, Today),
                 })
            (decision.Refusal!.Kind, decision.Refusal.Detail.Code).ShouldBe((RefusalKind.Conflict, "attendance-taken-on"));
        new EndSeries(October6).Decide(activity, Liege, Today).Events.ShouldBe([new SeriesEnded(activity.Id, October6)]);
    }

    [Fact]
    public void A_closed_group_changes_nothing_and_a_cancelled_moved_occurrence_stays_where_it_was_moved_to()
    {
        var activity = Weekly();
        var closed = Liege with { IsClosed = true };
        new MoveOccurrence(October6, new(9, 0), new(10, 0), null).Decide(activity, October6, closed, October6).Refusal!.Kind.ShouldBe(RefusalKind.Conflict);
        new CancelOccurrence(null).Decide(activity, October6, closed).Refusal!.Kind.ShouldBe(RefusalKind.Conflict);
        new EndSeries(October6).Decide(activity, closed, Today).Refusal!.Kind.ShouldBe(RefusalKind.Conflict);

        activity = activity.Apply(new OccurrenceMoved(activity.Id, October6, new(2026, 10, 8), new(9, 0), new(10, 0), "Bibliothèque"))
            .Apply(new OccurrenceCancelled(activity.Id, October6, "Grève"));
        var cancelled = activity.OccurrenceOf(October6)!;
        (cancelled.On, cancelled.Starts, cancelled.Place, cancelled.Cancelled).ShouldBe((new DateOnly(2026, 10, 8), (TimeOnly?)new TimeOnly(9, 0), "Bibliothèque", true));
        activity.Occurrences(new(2026, 10, 7), new(2026, 10, 9)).Single().PlannedFor.ShouldBe(October6);
    }
}
