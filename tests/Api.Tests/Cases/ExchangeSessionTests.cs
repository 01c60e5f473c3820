using Alba;
using LivingLibrary.Api.ExchangeSessions;
using LivingLibrary.Api.Tests.Support;
using LivingLibrary.Domain.Cases;
using LivingLibrary.Domain.ExchangeSessions;

namespace LivingLibrary.Api.Tests.Cases;

[Collection(CasesCollection.Name)]
public sealed class ExchangeSessionTests(ApiFixture fixture) : ApiTest(fixture)
{
    private string Facilitator() => Facilitator(CaseScene.Facilitator);

    [Fact]
    public async Task A_session_records_who_attended_and_shows_the_cases_brought_with_what_the_group_found()
    {
        var scene = await CaseScene.SetUp(Host, Coordinator());
        var session = await Host.CreateAsync(Facilitator(), $"/api/groups/{scene.Group}/exchange-sessions",
            new HoldExchangeSession(ApiFixture.Today, [scene.Samira, scene.Jean], "Payer en ligne"));
        var held = (await Stream(session)).Single().Data.ShouldBeOfType<ExchangeSessionHeld>();
        (held.GroupId, held.On, held.Theme).ShouldBe((scene.Group, ApiFixture.Today, "Payer en ligne"));
        held.AttendeeIds.ShouldBe([scene.Samira, scene.Jean]);

        var caseId = await Host.PostCaseAsync(Facilitator(), scene.Group, CaseScene.ItsmeCase(scene.Samira));
        await Host.SendAsync(Facilitator(), $"/api/cases/{caseId}/accompaniments",
            CaseScene.Accompaniment(60, session: session, finding: SessionFinding.CollectivePath) with { PeerHelperIds = [scene.Jean] });

        var view = await Host.GetAsync<ExchangeSessionView>(Facilitator(), $"/api/exchange-sessions/{session}");
        var brought = view.Cases.Single();
        brought.CaseId.ShouldBe(caseId);
        brought.Accompaniment.Finding.ShouldBe(SessionFinding.CollectivePath);
        brought.Accompaniment.PeerHelperIds.ShouldBe([scene.Jean]);
        brought.Accompaniment.On.ShouldBe(ApiFixture.Today);
    }

    [Fact]
    public async Task Attendees_outside_the_group_a_future_date_or_another_groups_session_are_refused_with_nothing_appended()
    {
        var scene = await CaseScene.SetUp(Host, Coordinator());
        var other = await Host.CreateGroupAsync(Coordinator(), GroupScenarios.NewGroup("Jeudi"));
        var stranger = await Host.EnrolAsync(Coordinator(), other);
        var otherSession = await Host.CreateAsync(Coordinator(), $"/api/groups/{other}/exchange-sessions", new HoldExchangeSession(ApiFixture.Today, [], null));
        var caseId = await Host.PostCaseAsync(Facilitator(), scene.Group, CaseScene.ItsmeCase(scene.Samira));
        var before = await EventCount();

        await Send(Facilitator(), s =>
        {
            s.Post.Json(new HoldExchangeSession(ApiFixture.Today, [stranger], null)).ToUrl($"/api/groups/{scene.Group}/exchange-sessions");
            s.StatusCodeShouldBe(400);
        });
        await Send(Facilitator(), s =>
        {
            s.Post.Json(new HoldExchangeSession(ApiFixture.Today.AddDays(1), [], null)).ToUrl($"/api/groups/{scene.Group}/exchange-sessions");
            s.StatusCodeShouldBe(400);
        });
        await Send(Facilitator(), s =>
        {
            s.Post.Json(CaseScene.Accompaniment(session: otherSession)).ToUrl($"/api/cases/{caseId}/accompaniments");
            s.StatusCodeShouldBe(404);
        });
        await Send(Facilitator(), s =>
        {
            s.Post.Json(CaseScene.Accompaniment() with { Finding = SessionFinding.IndividualFollowUp }).ToUrl($"/api/cases/{caseId}/accompaniments");
            s.StatusCodeShouldBe(400);
        });
        (await EventCount()).ShouldBe(before);
    }

    [Fact]
    public async Task Attendance_is_corrected_and_the_same_list_again_appends_nothing()
    {
        var scene = await CaseScene.SetUp(Host, Coordinator());
        var session = await Host.CreateAsync(Facilitator(), $"/api/groups/{scene.Group}/exchange-sessions", new HoldExchangeSession(ApiFixture.Today, [scene.Samira], null));

        await Host.SendAsync(Facilitator(), $"/api/exchange-sessions/{session}/attendance", new RecordAttendance([scene.Samira, scene.Jean]));
        var answer = await Host.SendAsync(Facilitator(), $"/api/exchange-sessions/{session}/attendance", new RecordAttendance([scene.Jean, scene.Samira]));

        answer.Version.ShouldBe(2);
        (await Stream(session)).Last().Data.ShouldBeOfType<ExchangeSessionAttendanceRecorded>().AttendeeIds.ShouldBe([scene.Samira, scene.Jean]);
        (await Host.GetAsync<IReadOnlyList<ExchangeSession>>(Facilitator(), $"/api/groups/{scene.Group}/exchange-sessions")).Single().Id.ShouldBe(session);
    }
}
