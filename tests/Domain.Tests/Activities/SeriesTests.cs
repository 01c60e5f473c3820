using LivingLibrary.Domain.Activities;
using LivingLibrary.Domain.Competences;
using LivingLibrary.Domain.ExchangeSessions;
using LivingLibrary.Domain.Groups;

namespace LivingLibrary.Domain.Tests.Activities;

public sealed class SeriesTests
{
    private static readonly Guid GroupId = Guid.CreateVersion7();
    private static readonly DateOnly FirstTuesday = new(2026, 9, 8);
    private static readonly DateOnly Today = new(2026, 9, 1);

    private static readonly Group Liege = new(GroupId, "Liège", "Salle", new(2026, 9, 1), new(2027, 6, 30), ["fr"], [], false);

    private static PlanActivity Weekly(params DateOnly[] except) =>
        new(ActivityKind.Workshop, "Atelier du mardi", FirstTuesday, new(14, 0), new(16, 30), null, null, null, ["1.1"], ["pay-bill-online"], null, null, null,
            new Repeats(Frequency.Weekly, null, new DateOnly(2027, 6, 29), except));

    private static Activity Planned(PlanActivity command) =>
        Folded.Of<Activity>(command.Decide(Guid.CreateVersion7(), Liege, false, SkillCatalogue.BuiltIn, Today).Events);

    [Fact]
    public void A_weekly_series_from_September_to_June_has_every_Tuesday_but_its_holidays()
    {
        var christmas = new DateOnly(2026, 12, 29);
        var easter = new DateOnly(2027, 4, 6);
        var activity = Planned(Weekly(christmas, easter));

        var occurrences = activity.Occurrences(new(2026, 9, 1), new(2027, 6, 30));

        // Brute force: every seventh day from the first Tuesday to the last, less the two holidays.
        var expected = Enumerable.Range(0, 500).Select(i => FirstTuesday.AddDays(7 * i)).TakeWhile(d => d <= new DateOnly(2027, 6, 29))
            .Where(d => d != christmas && d != easter).ToList();
        occurrences.Select(o => o.On).ShouldBe(expected);
        occurrences.Count.ShouldBe(41);
        occurrences.ShouldAllBe(o => o.Minutes == 150 && !o.Cancelled && o.On.DayOfWeek == DayOfWeek.Tuesday);
        activity.HasOccurrence(christmas).ShouldBeFalse();
        activity.HasOccurrence(christmas.AddDays(7)).ShouldBeTrue();
        activity.HasOccurrence(christmas.AddDays(1)).ShouldBeFalse();
    }

    [Fact]
    public void A_monthly_series_keeps_the_weekday_and_its_rank_and_a_fifth_one_becomes_the_last()
    {
        var second = Planned(Weekly() with { On = new DateOnly(2026, 9, 8), Repeats = new Repeats(Frequency.Monthly, null, new DateOnly(2026, 12, 31), null) });
        second.Occurrences(new(2026, 9, 1), new(2026, 12, 31)).Select(o => o.On)
            .ShouldBe([new DateOnly(2026, 9, 8), new(2026, 10, 13), new(2026, 11, 10), new(2026, 12, 8)]);

        var fifth = Planned(Weekly() with { On = new DateOnly(2026, 9, 29), Repeats = new Repeats(Frequency.Monthly, null, new DateOnly(2026, 12, 31), null) });
        fifth.Occurrences(new(2026, 9, 1), new(2026, 12, 31)).Select(o => o.On)
            .ShouldBe([new DateOnly(2026, 9, 29), new(2026, 10, 27), new(2026, 11, 24), new(2026, 12, 29)]);
    }

    [Fact]
    public void A_moved_occurrence_keeps_its_name_and_shows_on_its_new_day_and_a_cancelled_one_is_marked()
    {
        var activity = Planned(Weekly());
        var moved = new DateOnly(2026, 10, 6);
        var cancelled = new DateOnly(2026, 10, 13);
        activity = activity.Apply(new OccurrenceMoved(activity.Id, moved, new DateOnly(2026, 10, 8), new(10, 0), new(12, 0), "Bibliothèque"))
            .Apply(new OccurrenceCancelled(activity.Id, cancelled, "Grève"));

        var october = activity.Occurrences(new(2026, 10, 1), new(2026, 10, 31));
        october.Select(o => (o.PlannedFor, o.On, o.Cancelled)).ShouldBe([
            (moved, new DateOnly(2026, 10, 8), false), (cancelled, cancelled, true), (new DateOnly(2026, 10, 20), new DateOnly(2026, 10, 20), false),
            (new DateOnly(2026, 10, 27), new DateOnly(2026, 10, 27), false)]);
        october[0].Place.ShouldBe("Bibliothèque");
        october[0].Minutes.ShouldBe(120);
        // Moved out of the first week of October into its second: found by the period it takes place in.
        activity.Occurrences(new(2026, 10, 7), new(2026, 10, 9)).Single().PlannedFor.ShouldBe(moved);
        activity.Occurrences(new(2026, 10, 5), new(2026, 10, 7)).ShouldBeEmpty();
    }

    [Fact]
    public void An_exchange_session_recorded_before_activities_reads_as_an_activity_with_its_attendance()
    {
        var people = new[] { Guid.CreateVersion7(), Guid.CreateVersion7() };
        var on = new DateOnly(2026, 10, 6);
        var activity = Folded.Of<Activity>(new ExchangeSessionHeld(Guid.CreateVersion7(), GroupId, on, [people[0]], "Payer en ligne"),
            new ExchangeSessionAttendanceRecorded(Guid.Empty, people));

        (activity.Kind, activity.Title, activity.On, activity.Starts).ShouldBe((ActivityKind.ExchangeSession, "Payer en ligne", on, (TimeOnly?)null));
        activity.AttendeesOf(on).ShouldBe([new Attendee(people[0], Presence.Present), new Attendee(people[1], Presence.Present)]);
        activity.Occurrences(on, on).Single().Minutes.ShouldBe(0);
    }

    [Fact]
    public void Planning_names_every_field_at_fault_and_a_closed_group_refuses()
    {
        var bad = new PlanActivity(null, "", new DateOnly(1999, 1, 1), new TimeOnly(16, 0), new TimeOnly(14, 0), "Salle", Guid.CreateVersion7(), null,
            ["not-a-competence"], ["no-task"], 0, null, null, new Repeats(null, 9, new DateOnly(1999, 1, 2), null));

        var refusal = bad.Decide(Guid.CreateVersion7(), Liege, true, SkillCatalogue.BuiltIn, Today).Refusal!;
        refusal.Kind.ShouldBe(RefusalKind.Invalid);
        refusal.Errors!.Keys.Order().ShouldBe(["capacity", "ends", "kind", "on", "place", "repeats.every", "repeats.interval", "repeats.until", "tasks", "themes", "title"]);

        Weekly().Decide(Guid.CreateVersion7(), Liege with { IsClosed = true }, false, SkillCatalogue.BuiltIn, Today).Refusal!.Kind.ShouldBe(RefusalKind.Conflict);
        (Weekly() with { PartnerId = Guid.CreateVersion7() }).Decide(Guid.CreateVersion7(), Liege, false, SkillCatalogue.BuiltIn, Today)
            .Refusal!.Kind.ShouldBe(RefusalKind.NotFound);
        (Weekly() with { Repeats = new Repeats(Frequency.Weekly, null, new DateOnly(2029, 1, 1), [new DateOnly(2026, 9, 1)]) })
            .Decide(Guid.CreateVersion7(), Liege, false, SkillCatalogue.BuiltIn, Today).Refusal!
            .Errors!.Keys.Order().ShouldBe(["repeats.except", "repeats.until"]);
    }
}
