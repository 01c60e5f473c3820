using Alba;
using LivingLibrary.Api.Activities;
using LivingLibrary.Api.Tests.Cases;
using LivingLibrary.Api.Tests.Support;
using LivingLibrary.Domain.Activities;

namespace LivingLibrary.Api.Tests.Activities;

/// <summary>Series and their changes (move, cancel, details, times, an early end, holidays) and sign-ups, read in the event store.</summary>
public sealed class ProgrammeTests(ApiFixture fixture) : ApiTest(fixture)
{
    private const string Amina = "facilitator-amina";
    private static readonly DateOnly October6 = new(2026, 10, 6);

    private async Task<(Guid Group, Guid Activity)> WorkshopAsync(PlanActivity? activity = null)
    {
        var group = await Host.CreateGroupAsync(Coordinator());
        await Host.AssignAsync(Coordinator(), group, Amina);
        return (group, await Host.PlanAsync(Facilitator(Amina), group, activity ?? ActivityScene.TuesdayWorkshop()));
    }

    private async Task<ValidationProblem?> Post(string token, string url, object body, int status)
    {
        var result = await Send(token, s =>
        {
            s.Post.Json(body).ToUrl(url);
            s.StatusCodeShouldBe(status);
        });
        return status >= 400 ? await result.ReadAsJsonAsync<ValidationProblem>() : null;
    }

    private static string Occurrence(Guid activity, DateOnly day) => $"/api/activities/{activity}/occurrences/{day:yyyy-MM-dd}";

    [Fact]
    public async Task A_moved_occurrence_shows_on_its_new_day_and_a_cancelled_one_stays_struck_and_is_moved_no_more()
    {
        var (group, id) = await WorkshopAsync();

        await Post(Facilitator(Amina), $"{Occurrence(id, October6)}/move", new MoveOccurrence(new(2026, 10, 8), new(10, 0), new(12, 0), "Bibliothèque"), 200);
        await Post(Facilitator(Amina), $"{Occurrence(id, October6.AddDays(7))}/cancel", new CancelOccurrence("Grève"), 200);

        var events = (await Stream(id)).Select(e => e.Data).ToList();
        events[1].ShouldBe(new OccurrenceMoved(id, October6, new(2026, 10, 8), new(10, 0), new(12, 0), "Bibliothèque"));
        events[2].ShouldBe(new OccurrenceCancelled(id, October6.AddDays(7), "Grève"));
        var october = await Host.GetAsync<IReadOnlyList<ProgrammeEntry>>(Coordinator(), $"/api/groups/{group}/programme?from=2026-10-01&to=2026-10-31");
        october.Select(e => (e.Occurrence.PlannedFor, e.Occurrence.On, e.Occurrence.Cancelled, e.Occurrence.Place)).ShouldBe([
            (October6, new DateOnly(2026, 10, 8), false, "Bibliothèque"), (October6.AddDays(7), October6.AddDays(7), true, null),
            (October6.AddDays(14), October6.AddDays(14), false, null), (October6.AddDays(21), October6.AddDays(21), false, null)]);

        var before = await EventCount();
        await Post(Facilitator(Amina), $"{Occurrence(id, October6.AddDays(7))}/cancel", new CancelOccurrence("Encore"), 200);
        var moved = await Post(Facilitator(Amina), $"{Occurrence(id, October6.AddDays(7))}/move", new MoveOccurrence(new(2026, 10, 15), new(14, 0), new(16, 0), null), 409);
        moved!.Code.ShouldBe("occurrence-cancelled");
        (await EventCount()).ShouldBe(before);
    }

    [Fact]
    public async Task Moving_names_every_field_at_fault_and_a_day_the_series_does_not_hold_is_not_found()
    {
        var (_, id) = await WorkshopAsync(ActivityScene.TuesdayWorkshop(new DateOnly(2026, 12, 29)));
        var before = await EventCount();

        var bad = await Post(Facilitator(Amina), $"{Occurrence(id, October6)}/move",
            new { on = "1999-10-08", starts = "16:00", ends = "14:00", place = new string('x', 201) }, 400);
        bad!.Errors.Keys.Order().ShouldBe(["ends", "on", "place"]);
        (await Post(Facilitator(Amina), $"{Occurrence(id, October6)}/move", new { }, 400))!.Errors.Keys.Order().ShouldBe(["ends", "on", "starts"]);
        foreach (var day in new[] { "2026-12-29", "2026-10-07", "2026-13-01" })
        {
            (await Post(Facilitator(Amina), $"/api/activities/{id}/occurrences/{day}/move", new MoveOccurrence(October6, new(10, 0), new(12, 0), null), 404))!
                .Code.ShouldBe("no-such-occurrence");
            (await Post(Facilitator(Amina), $"/api/activities/{id}/occurrences/{day}/cancel", new CancelOccurrence(null), 404))!.Code.ShouldBe("no-such-occurrence");
        }
        (await EventCount()).ShouldBe(before);
    }

    [Fact]
    public async Task A_full_occurrence_refuses_one_more_in_its_own_words_and_a_participant_signs_up_only_themself()
    {
        var (group, id) = await WorkshopAsync(ActivityScene.TuesdayWorkshop() with { Capacity = 2, SignUp = true });
        var samira = await Host.EnrolAsync(Coordinator(), group);
        var yusuf = await Host.EnrolAsync(Coordinator(), group, ParticipantScenarios.NewParticipant("Yusuf"));
        var lea = await Host.EnrolAsync(Coordinator(), group, ParticipantScenarios.NewParticipant("Léa"));
        var url = Occurrence(id, October6);

        await Post(Facilitator(Amina), $"{url}/sign-up", new SignUpForOccurrence(samira), 200);
        await Post(Participant(yusuf), $"{url}/sign-up", new SignUpForOccurrence(yusuf), 200);
        var before = await EventCount();
        await Post(Participant(yusuf), $"{url}/sign-up", new SignUpForOccurrence(yusuf), 200);
        var full = await Post(Participant(lea), $"{url}/sign-up", new SignUpForOccurrence(lea), 409);
        (full!.Code, full.Args!["places"].GetInt32()).ShouldBe(("occurrence-full", 2));
        await Post(Participant(lea), $"{url}/sign-up", new SignUpForOccurrence(samira), 404);
        await Post(Participant(lea), $"{url}/withdraw", new WithdrawSignUp(samira), 404);
        (await EventCount()).ShouldBe(before);

        (await Stream(id)).Select(e => e.Data).Skip(1).ShouldBe([new SignedUp(id, October6, samira), new SignedUp(id, October6, yusuf)]);
        (await Host.GetAsync<OccurrenceView>(Coordinator(), url)).SignedUp.ShouldBe([samira, yusuf]);

        await Post(Participant(yusuf), $"{url}/withdraw", new WithdrawSignUp(yusuf), 200);
        await Post(Participant(lea), $"{url}/sign-up", new SignUpForOccurrence(lea), 200);
        (await Stream(id)).Select(e => e.Data).Skip(3).ShouldBe([new SignUpWithdrawn(id, October6, yusuf), new SignedUp(id, October6, lea)]);
        (await Host.GetAsync<OccurrenceView>(Coordinator(), url)).SignedUp.ShouldBe([samira, lea]);
    }

    [Fact]
    public async Task An_activity_without_sign_up_or_a_cancelled_occurrence_takes_none_and_another_groups_participant_finds_nothing()
    {
        var (group, id) = await WorkshopAsync();
        var samira = await Host.EnrolAsync(Coordinator(), group);
        var other = await Host.CreateGroupAsync(Coordinator(), GroupScenarios.NewGroup("Jeudi"));
        var stranger = await Host.EnrolAsync(Coordinator(), other);
        var (_, open) = await WorkshopAsync(ActivityScene.TuesdayWorkshop() with { SignUp = true });
        var openGroupMember = await Host.EnrolAsync(Coordinator(), (await Host.GetAsync<Activity>(Coordinator(), $"/api/activities/{open}")).GroupId);
        await Post(Coordinator(), $"{Occurrence(open, October6)}/cancel", new CancelOccurrence(null), 200);
        var before = await EventCount();

        (await Post(Participant(samira), $"{Occurrence(id, October6)}/sign-up", new SignUpForOccurrence(samira), 409))!.Code.ShouldBe("no-sign-up");
        (await Post(Participant(openGroupMember), $"{Occurrence(open, October6)}/sign-up", new SignUpForOccurrence(openGroupMember), 409))!
            .Code.ShouldBe("occurrence-cancelled");
        await Post(Participant(stranger), $"{Occurrence(open, October6.AddDays(7))}/sign-up", new SignUpForOccurrence(stranger), 404);
        await Post(Coordinator(), $"{Occurrence(open, October6.AddDays(7))}/sign-up", new SignUpForOccurrence(stranger), 404);
        await Post(Participant(samira), $"{Occurrence(id, October6)}/move", new MoveOccurrence(October6, new(10, 0), new(12, 0), null), 404);
        (await Post(Coordinator(), $"{Occurrence(open, October6.AddDays(7))}/sign-up", new { }, 400))!.Errors.Keys.ShouldBe(["participantId"]);
        (await Post(Coordinator(), $"{Occurrence(open, October6.AddDays(7))}/withdraw", new { }, 400))!.Errors.Keys.ShouldBe(["participantId"]);
        (await EventCount()).ShouldBe(before);
    }

    [Fact]
    public async Task Details_times_from_a_day_on_an_early_end_and_holidays_change_the_programme_from_then()
    {
        var (group, id) = await WorkshopAsync();
        var changed = new ChangeActivity(ActivityKind.Workshop, "Atelier smartphone", "Salle 2", null, "Léa", ["1.1", "2.1"], null, 8, true, true);

        await Post(Facilitator(Amina), $"/api/activities/{id}/change", changed, 200);
        await Post(Facilitator(Amina), $"/api/activities/{id}/times", new ChangeTimes(new DateOnly(2027, 1, 5), new(9, 30), new(11, 30)), 200);
        await Post(Facilitator(Amina), $"/api/activities/{id}/holidays", new AddHolidays([new(2027, 2, 16), new(2027, 2, 23)]), 200);
        await Post(Facilitator(Amina), $"/api/activities/{id}/end", new EndSeries(new DateOnly(2027, 3, 31)), 200);
        var before = await EventCount();
        await Post(Facilitator(Amina), $"/api/activities/{id}/change", changed, 200);
        await Post(Facilitator(Amina), $"/api/activities/{id}/holidays", new AddHolidays([new(2027, 2, 16)]), 200);
        await Post(Facilitator(Amina), $"/api/activities/{id}/end", new EndSeries(new DateOnly(2027, 3, 31)), 200);
        (await EventCount()).ShouldBe(before);

        var events = (await Stream(id)).Select(e => e.Data).Skip(1).ToList();
        events.Select(e => e.GetType()).ShouldBe([typeof(ActivityChanged), typeof(ActivityTimesChanged), typeof(HolidaysAdded), typeof(SeriesEnded)]);
        events[3].ShouldBe(new SeriesEnded(id, new DateOnly(2027, 3, 31)));
        var programme = await Host.GetAsync<IReadOnlyList<ProgrammeEntry>>(Coordinator(), $"/api/groups/{group}/programme?from=2026-12-20&to=2027-06-30");
        programme.ShouldAllBe(e => e.Title == "Atelier smartphone" && e.Open && e.Occurrence.Place == "Salle 2");
        programme.Select(e => (e.Occurrence.On, e.Occurrence.Starts)).ShouldBe([
            (new DateOnly(2026, 12, 22), new TimeOnly(14, 0)), (new DateOnly(2026, 12, 29), new TimeOnly(14, 0)),
            .. Enumerable.Range(0, 13).Select(i => new DateOnly(2027, 1, 5).AddDays(7 * i))
                .Where(d => d != new DateOnly(2027, 2, 16) && d != new DateOnly(2027, 2, 23)).Select(d => (d, new TimeOnly(9, 30)))]);
        (await Host.GetAsync<Activity>(Coordinator(), $"/api/activities/{id}")).Recurrence!.Rule.ShouldBe("FREQ=WEEKLY;INTERVAL=1;UNTIL=20270331");
    }

    [Fact]
    public async Task Changes_name_every_field_at_fault_and_a_single_activity_is_no_series()
    {
        var (group, id) = await WorkshopAsync();
        var once = await Host.PlanAsync(Coordinator(), group, ActivityScene.Once(ActivityKind.Visit, new DateOnly(2026, 11, 5)));
        var before = await EventCount();

        (await Post(Coordinator(), $"/api/activities/{id}/change", new { kind = "concert", title = "", themes = new[] { "9.9" }, capacity = 0 }, 400))!
            .Errors.Keys.Order().ShouldBe(["capacity", "kind", "themes", "title"]);
        (await Post(Coordinator(), $"/api/activities/{id}/times", new { from = "2026-09-01", starts = "12:00", ends = "11:00" }, 400))!
            .Errors.Keys.Order().ShouldBe(["ends", "from"]);
        (await Post(Coordinator(), $"/api/activities/{id}/end", new { lastDay = "2028-01-01" }, 400))!.Errors.Keys.ShouldBe(["lastDay"]);
        (await Post(Coordinator(), $"/api/activities/{id}/holidays", new { days = new[] { "2026-10-07" } }, 400))!.Errors.Keys.ShouldBe(["days"]);
        (await Post(Coordinator(), $"/api/activities/{once}/end", new EndSeries(new DateOnly(2026, 11, 5)), 409))!.Code.ShouldBe("not-a-series");
        (await Post(Coordinator(), $"/api/activities/{once}/holidays", new AddHolidays([new(2026, 11, 5)]), 409))!.Code.ShouldBe("not-a-series");
        (await EventCount()).ShouldBe(before);
    }

    [Fact]
    public async Task Another_organisation_and_a_facilitator_of_another_group_change_nothing()
    {
        var (group, id) = await WorkshopAsync(ActivityScene.TuesdayWorkshop() with { SignUp = true });
        var samira = await Host.EnrolAsync(Coordinator(), group);
        var other = await Host.CreateGroupAsync(Coordinator(), GroupScenarios.NewGroup("Jeudi"));
        await Host.AssignAsync(Coordinator(), other, "facilitator-jules", "Jules");
        var before = await EventCount();

        foreach (var token in new[] { Facilitator("facilitator-jules"), Coordinator(OrgB) })
        {
            var url = Occurrence(id, October6);
            foreach (var (path, body) in new (string, object)[]
                     {
                         ($"{url}/move", new MoveOccurrence(October6, new(10, 0), new(12, 0), null)), ($"{url}/cancel", new CancelOccurrence(null)),
                         ($"{url}/sign-up", new SignUpForOccurrence(samira)), ($"{url}/withdraw", new WithdrawSignUp(samira)),
                         ($"/api/activities/{id}/change", new ChangeActivity(ActivityKind.Talk, "x", null, null, null, null, null, null, null, null)),
                         ($"/api/activities/{id}/times", new ChangeTimes(October6, new(9, 0), new(10, 0))),
                         ($"/api/activities/{id}/end", new EndSeries(October6)), ($"/api/activities/{id}/holidays", new AddHolidays([October6])),
                     })
                (await Post(token, path, body, 404))!.Code.ShouldBe("no-such-activity");
        }
        (await EventCount()).ShouldBe(before);
    }
}
