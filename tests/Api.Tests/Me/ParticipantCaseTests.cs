using System.Text.Json;
using Alba;
using LivingLibrary.Api.Cases;
using LivingLibrary.Api.Me;
using LivingLibrary.Api.Platform;
using LivingLibrary.Api.Tests.Cases;
using LivingLibrary.Api.Tests.Support;
using LivingLibrary.Domain;
using LivingLibrary.Domain.Cases;
using LivingLibrary.Domain.Referral;

namespace LivingLibrary.Api.Tests.Me;

/// <summary>
/// "J'ai un problème": a participant posts their own case through the staff's PostCase, for themself in their own group
/// only, follows it under /api/me/cases, and the staff read it as posted by the participant.
/// </summary>
[Collection(CasesCollection.Name)]
public sealed class ParticipantCaseTests(ApiFixture fixture) : ApiTest(fixture)
{
    private static PostCase SamirasOwn(Guid samira, bool? share = null) =>
        new(samira, "La lettre de la mutualité demande un code que je n'ai pas", "health-insurance", "other", null, null,
            ApiFixture.Today.AddDays(10), share);

    private async Task<IScenarioResult> PostAs(string token, Guid group, PostCase command, int status) =>
        await Send(token, s =>
        {
            s.Post.Json(command).ToUrl($"/api/groups/{group}/cases");
            s.StatusCodeShouldBe(status);
        });

    [Fact]
    public async Task A_participant_posts_their_own_case_and_the_event_says_they_recorded_it_shared_with_the_group()
    {
        var scene = await CaseScene.SetUp(Host, Coordinator());

        var created = await PostAs(Participant(scene.Samira), scene.Group, SamirasOwn(scene.Samira, share: true), 201);

        var caseId = (await created.ReadAsJsonAsync<CreatedId>())!.Id;
        var posted = (await Stream(caseId)).ShouldHaveSingleItem();
        posted.UserName.ShouldBe(Caller.ParticipantUser(scene.Samira));
        var data = posted.Data.ShouldBeOfType<CasePosted>();
        data.ParticipantId.ShouldBe(scene.Samira);
        data.SharedWithGroup.ShouldBeTrue();
        data.Details.Service.ShouldBe("health-insurance");
        data.Details.DueOn.ShouldBe(ApiFixture.Today.AddDays(10));
    }

    [Fact]
    public async Task A_participant_who_posts_for_someone_else_of_their_group_or_in_another_group_gets_404_and_nothing_is_appended()
    {
        var scene = await CaseScene.SetUp(Host, Coordinator());
        var otherGroup = await Host.CreateGroupAsync(Coordinator());
        var stranger = await Host.EnrolAsync(Coordinator(), otherGroup, ParticipantScenarios.NewParticipant("Omar"));
        var before = await EventCount();

        await PostAs(Participant(scene.Samira), scene.Group, SamirasOwn(scene.Jean), 404);
        await PostAs(Participant(scene.Samira), otherGroup, SamirasOwn(scene.Samira), 404);
        await PostAs(Participant(scene.Samira), otherGroup, SamirasOwn(stranger), 404);
        await PostAs(Participant(stranger), scene.Group, SamirasOwn(stranger), 404);
        await PostAs(Participant(scene.Samira, OrgB), scene.Group, SamirasOwn(scene.Samira), 404);
        await PostAs(Participant(scene.Samira), scene.Group, SamirasOwn(scene.Samira) with { ParticipantId = null }, 404);

        (await EventCount()).ShouldBe(before);
    }

    [Fact]
    public async Task A_participants_case_with_fields_at_fault_is_a_400_naming_them_and_appends_nothing()
    {
        var scene = await CaseScene.SetUp(Host, Coordinator());
        var before = await EventCount();

        var refused = await PostAs(Participant(scene.Samira), scene.Group,
            SamirasOwn(scene.Samira) with { Service = "netflix", Goal = "", DueOn = new DateOnly(1999, 12, 31) }, 400);

        var errors = (await refused.ReadAsJsonAsync<ValidationProblem>())!.Errors;
        errors.Keys.ShouldBe(["goal", "service", "dueOn"], ignoreOrder: true);
        (await EventCount()).ShouldBe(before);
    }

    [Fact]
    public async Task Staff_read_the_case_the_timeline_and_the_board_as_posted_by_the_participant_and_their_own_as_staffs()
    {
        var scene = await CaseScene.SetUp(Host, Coordinator());
        var facilitator = Facilitator(CaseScene.Facilitator);
        var own = await Host.PostCaseAsync(Participant(scene.Samira), scene.Group, SamirasOwn(scene.Samira));
        var staffs = await Host.PostCaseAsync(facilitator, scene.Group, CaseScene.ItsmeCase(scene.Jean));

        (await Host.GetAsync<CaseView>(facilitator, $"/api/cases/{own}")).RecordedBy.ShouldBe("participant");
        (await Host.GetAsync<CaseView>(facilitator, $"/api/cases/{staffs}")).RecordedBy.ShouldBe("staff");
        var timeline = await Host.GetAsync<JsonElement>(facilitator, $"/api/cases/{own}/timeline");
        timeline[0].GetProperty("recordedBy").GetString().ShouldBe("participant");
        var board = await Host.GetAsync<JsonElement>(facilitator, $"/api/groups/{scene.Group}/cases");
        board.EnumerateArray().ToDictionary(c => c.GetProperty("case").GetProperty("id").GetGuid(), c => c.GetProperty("recordedBy").GetString())
            .ShouldBe(new Dictionary<Guid, string?> { [own] = "participant", [staffs] = "staff" }, ignoreOrder: true);
    }

    [Fact]
    public async Task A_participant_follows_their_own_cases_newest_step_first_with_where_they_were_sent_and_sees_no_one_elses()
    {
        var scene = await CaseScene.SetUp(Host, Coordinator());
        var facilitator = Facilitator(CaseScene.Facilitator);
        var own = await Host.PostCaseAsync(Participant(scene.Samira), scene.Group, SamirasOwn(scene.Samira));
        await Host.SendAsync(facilitator, $"/api/cases/{own}/accompaniments", CaseScene.Accompaniment());
        await Host.SendAsync(facilitator, $"/api/cases/{own}/refer", new ReferCase(scene.Partner, "Prendre la carte d'identité"));
        var jeans = await Host.PostCaseAsync(facilitator, scene.Group, CaseScene.ItsmeCase(scene.Jean));

        var mine = await Host.GetAsync<List<MyCase>>(Participant(scene.Samira), "/api/me/cases");
        var one = await Host.GetAsync<MyCase>(Participant(scene.Samira), $"/api/me/cases/{own}");

        mine.Select(c => c.Id).ShouldBe([own]);
        one.Steps.Select(s => s.Kind).ShouldBe([MyCaseStepKind.SentToPartner, MyCaseStepKind.Helped, MyCaseStepKind.Posted]);
        one.Steps[0].Partner!.Name.ShouldBe("EPN de Molenbeek");
        one.Steps[0].Partner!.Why.ShouldBe("Prendre la carte d'identité");
        one.Steps[1].Done.ShouldBe(["Vérifier la carte SIM", "Installer l'app"]);
        await Send(Participant(scene.Samira), s => { s.Get.Url($"/api/me/cases/{jeans}"); s.StatusCodeShouldBe(404); });
    }

    [Theory, MemberData(nameof(ParticipantRoutes.Cases), MemberType = typeof(ParticipantRoutes))]
    public async Task Another_participant_of_the_group_of_another_group_and_of_another_organisation_get_404_and_nothing_is_appended(string route)
    {
        var scene = await CaseScene.SetUp(Host, Coordinator());
        var caseId = await Host.PostCaseAsync(Participant(scene.Samira), scene.Group, SamirasOwn(scene.Samira));
        var otherGroup = await Host.CreateGroupAsync(Coordinator());
        var omar = await Host.EnrolAsync(Coordinator(), otherGroup, ParticipantScenarios.NewParticipant("Omar"));
        var orgBGroup = await Host.CreateGroupAsync(Coordinator(OrgB));
        var lea = await Host.EnrolAsync(Coordinator(OrgB), orgBGroup, ParticipantScenarios.NewParticipant("Léa"));
        var (method, template) = (route.Split(' ')[0], route.Split(' ')[1]);
        var url = template.Replace("{group}", scene.Group.ToString()).Replace("{case}", caseId.ToString()).Replace("{photo}", Guid.NewGuid().ToString());
        var before = await EventCount();

        foreach (var stranger in new[] { Participant(scene.Jean), Participant(omar), Participant(lea, OrgB) })
            await Send(stranger, s =>
            {
                if (method == "GET") s.Get.Url(url);
                else s.Post.Json(SamirasOwn(scene.Samira)).ToUrl(url);
                s.StatusCodeShouldBe(404);
            });

        (await EventCount()).ShouldBe(before);
    }
}
