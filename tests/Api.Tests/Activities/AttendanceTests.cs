using System.Text.Json.Nodes;
using Alba;
using LivingLibrary.Api.Activities;
using LivingLibrary.Api.Tests.Cases;
using LivingLibrary.Api.Tests.Support;
using LivingLibrary.Domain.Activities;

namespace LivingLibrary.Api.Tests.Activities;

public sealed class AttendanceTests(ApiFixture fixture) : ApiTest(fixture)
{
    private string Facilitator() => Facilitator(CaseScene.Facilitator);

    private static string Occurrence(Guid activity, DateOnly day) => $"/api/activities/{activity}/occurrences/{day:yyyy-MM-dd}";

    private static readonly DateOnly November17 = new(2026, 11, 17);

    private static TakeAttendance List(params AttendanceLine[] lines) => new(lines);

    [Fact]
    public async Task A_list_taken_in_one_go_is_appended_once_and_a_later_list_replaces_it()
    {
        var scene = await CaseScene.SetUp(Host, Coordinator());
        var id = await Host.PlanAsync(Facilitator(), scene.Group, ActivityScene.TuesdayWorkshop());
        var list = List(new(scene.Samira, Presence.Present, new(14, 30), new(16, 30)), new(scene.Jean, Presence.Excused, null, null));

        await Host.SendAsync(Facilitator(), $"{Occurrence(id, November17)}/attendance", list);

        var taken = (await Stream(id)).Last().Data.ShouldBeOfType<AttendanceTaken>();
        taken.PlannedFor.ShouldBe(November17);
        // Leaving at the end is the occurrence's own time: only the late arrival is kept.
        taken.Attendees.ShouldBe([new Attendee(scene.Samira, Presence.Present, new TimeOnly(14, 30)), new Attendee(scene.Jean, Presence.Excused)]);

        await Host.SendAsync(Facilitator(), $"{Occurrence(id, November17)}/attendance", list);
        (await Stream(id)).Count.ShouldBe(2);

        await Host.SendAsync(Facilitator(), $"{Occurrence(id, November17)}/attendance",
            List(new(scene.Samira, Presence.Present, null, null), new(scene.Jean, Presence.Absent, null, null)));
        var events = await Stream(id);
        events.Count.ShouldBe(3);
        var view = await Host.GetAsync<OccurrenceView>(Facilitator(), Occurrence(id, November17));
        view.Attendees.ShouldBe([new Attendee(scene.Samira, Presence.Present), new Attendee(scene.Jean, Presence.Absent)]);
    }

    [Fact]
    public async Task Every_line_at_fault_is_named_and_nothing_is_appended()
    {
        var scene = await CaseScene.SetUp(Host, Coordinator());
        var other = await Host.CreateGroupAsync(Coordinator(), GroupScenarios.NewGroup("Jeudi"));
        var stranger = await Host.EnrolAsync(Coordinator(), other);
        var id = await Host.PlanAsync(Facilitator(), scene.Group, ActivityScene.TuesdayWorkshop());
        var before = await EventCount();

        var result = await Send(Facilitator(), s =>
        {
            s.Post.Json(new
            {
                attendees = new object[]
                {
                    new { participantId = scene.Samira, presence = "present", arrived = "13:00", left = "15:00" },
                    new { participantId = stranger, presence = "absent", arrived = "15:00" },
                    new { participantId = scene.Jean, presence = "sleeping" },
                    new { participantId = scene.Samira, presence = "present", arrived = "15:00", left = "14:45" },
                },
            }).ToUrl($"{Occurrence(id, November17)}/attendance");
            s.StatusCodeShouldBe(400);
        });
        (await result.ReadAsJsonAsync<ValidationProblem>())!.Errors.Keys.Order().ShouldBe(
            ["attendees[0].arrived", "attendees[1].arrived", "attendees[1].participantId", "attendees[2].presence", "attendees[3].left", "attendees[3].participantId"]);

        result = await Send(Facilitator(), s =>
        {
            s.Post.Json(List(
                new(scene.Samira, Presence.Present, new(13, 0), new(15, 0)),
                new(stranger, Presence.Absent, new(15, 0), null),
                new(scene.Jean, null, null, null),
                new(scene.Samira, Presence.Present, new(15, 0), new(14, 45)))).ToUrl($"{Occurrence(id, November17)}/attendance");
            s.StatusCodeShouldBe(400);
        });
        (await result.ReadAsJsonAsync<ValidationProblem>())!.Errors.Keys.Order().ShouldBe(
            ["attendees[0].arrived", "attendees[1].arrived", "attendees[1].participantId", "attendees[2].presence", "attendees[3].left", "attendees[3].participantId"]);

        await Send(Facilitator(), s =>
        {
            s.Post.Json(new { }).ToUrl($"{Occurrence(id, November17)}/attendance");
            s.StatusCodeShouldBe(400);
        });
        (await EventCount()).ShouldBe(before);
    }

    [Fact]
    public async Task A_cancelled_occurrence_one_not_held_yet_and_a_day_with_none_take_no_attendance()
    {
        var scene = await CaseScene.SetUp(Host, Coordinator());
        var id = await Host.PlanAsync(Facilitator(), scene.Group, ActivityScene.TuesdayWorkshop());
        await AppendAsync(id, new OccurrenceCancelled(id, November17, "grève"));
        var before = await EventCount();
        var list = List(new AttendanceLine(scene.Samira, Presence.Present, null, null));

        foreach (var (day, status) in new[] { (November17, 409), (ApiFixture.Today.AddDays(7), 409), (new DateOnly(2026, 11, 18), 404) })
        {
            await Send(Facilitator(), s =>
            {
                s.Post.Json(list).ToUrl($"{Occurrence(id, day)}/attendance");
                s.StatusCodeShouldBe(status);
            });
            await Send(Facilitator(), s =>
            {
                s.Post.Json(new RecordSheetSigned(ApiFixture.Today)).ToUrl($"{Occurrence(id, day)}/sheet-signed");
                s.StatusCodeShouldBe(status);
            });
        }
        (await EventCount()).ShouldBe(before);
    }

    [Fact]
    public async Task The_day_the_paper_sheet_was_signed_is_recorded_and_shown_on_the_occurrence()
    {
        var scene = await CaseScene.SetUp(Host, Coordinator());
        var id = await Host.PlanAsync(Facilitator(), scene.Group, ActivityScene.TuesdayWorkshop());
        var before = await EventCount();

        foreach (var day in new[] { November17.AddDays(-1), ApiFixture.Today.AddDays(1) })
        {
            var result = await Send(Facilitator(), s =>
            {
                s.Post.Json(new RecordSheetSigned(day)).ToUrl($"{Occurrence(id, November17)}/sheet-signed");
                s.StatusCodeShouldBe(400);
            });
            (await result.ReadAsJsonAsync<ValidationProblem>())!.Errors.Keys.ShouldBe(["signedOn"]);
        }
        (await EventCount()).ShouldBe(before);

        await Host.SendAsync(Facilitator(), $"{Occurrence(id, November17)}/sheet-signed", new RecordSheetSigned(November17));
        (await Stream(id)).Last().Data.ShouldBe(new AttendanceSheetSigned(id, November17, November17));
        await Host.SendAsync(Facilitator(), $"{Occurrence(id, November17)}/sheet-signed", new RecordSheetSigned(November17));
        (await Stream(id)).Count.ShouldBe(2);

        (await Host.GetAsync<OccurrenceView>(Facilitator(), Occurrence(id, November17))).SheetSignedOn.ShouldBe(November17);
    }

    [Fact]
    public async Task Another_organisation_and_a_facilitator_of_another_group_find_nothing_and_append_nothing()
    {
        var scene = await CaseScene.SetUp(Host, Coordinator());
        var other = await Host.CreateGroupAsync(Coordinator(), GroupScenarios.NewGroup("Jeudi"));
        var id = await Host.PlanAsync(Coordinator(), other, ActivityScene.TuesdayWorkshop());
        var before = await EventCount();

        foreach (var token in new[] { Facilitator(), Coordinator(OrgB) })
        {
            await Send(token, s =>
            {
                s.Post.Json(List(new AttendanceLine(scene.Samira, Presence.Present, null, null))).ToUrl($"{Occurrence(id, November17)}/attendance");
                s.StatusCodeShouldBe(404);
            });
            await Send(token, s =>
            {
                s.Post.Json(new RecordSheetSigned(November17)).ToUrl($"{Occurrence(id, November17)}/sheet-signed");
                s.StatusCodeShouldBe(404);
            });
        }
        (await EventCount()).ShouldBe(before);
    }

    [Fact]
    public async Task A_participants_export_lists_the_activities_they_were_present_excused_or_absent_at()
    {
        var scene = await CaseScene.SetUp(Host, Coordinator());
        var id = await Host.PlanAsync(Facilitator(), scene.Group, ActivityScene.TuesdayWorkshop());
        await Host.SendAsync(Facilitator(), $"{Occurrence(id, November17)}/attendance",
            List(new(scene.Samira, Presence.Excused, null, null), new(scene.Jean, Presence.Present, null, null)));

        var export = await Host.GetAsync<JsonObject>(Coordinator(), $"/api/participants/{scene.Samira}/export");

        var attended = export["activities"]!.AsArray().Single()!;
        (attended["activityId"]!.GetValue<string>(), attended["title"]!.GetValue<string>(), attended["on"]!.GetValue<string>(),
                attended["attendance"]!["presence"]!.GetValue<string>())
            .ShouldBe((id.ToString(), "Atelier du mardi", "2026-11-17", "excused"));
    }

    [Fact]
    public async Task A_case_is_worked_on_at_an_exchange_session_planned_as_an_activity()
    {
        var scene = await CaseScene.SetUp(Host, Coordinator());
        var session = await Host.PlanAsync(Facilitator(), scene.Group, ActivityScene.Once(ActivityKind.ExchangeSession, November17, "Échange : payer en ligne"));
        var caseId = await Host.PostCaseAsync(Facilitator(), scene.Group, CaseScene.ItsmeCase(scene.Samira));

        await Host.SendAsync(Facilitator(), $"/api/cases/{caseId}/accompaniments", CaseScene.Accompaniment(session: session));

        (await Stream(caseId)).Last().Data.ShouldBeOfType<LivingLibrary.Domain.Cases.CaseAccompanied>().Accompaniment.ExchangeSessionId.ShouldBe(session);
    }

    private async Task AppendAsync(Guid stream, object e)
    {
        await using var session = Store.LightweightSession(OrgA);
        session.Events.Append(stream, e);
        await session.SaveChangesAsync();
    }
}
