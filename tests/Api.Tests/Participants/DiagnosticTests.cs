using Alba;
using LivingLibrary.Api.Competences;
using LivingLibrary.Api.Diagnostic;
using LivingLibrary.Api.Participants;
using LivingLibrary.Api.Tests.Support;
using LivingLibrary.Domain.Competences;
using LivingLibrary.Domain.Participants;

namespace LivingLibrary.Api.Tests.Participants;

public sealed class DiagnosticTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task An_intake_diagnostic_appends_one_event_per_level()
    {
        var groupId = await Host.CreateGroupAsync(Coordinator());
        var id = await Host.EnrolAsync(Coordinator(), groupId);

        await Send(Coordinator(), s => s.Post.Json(new RecordAssessment(AssessmentSource.ExternalTool, "123Digit", new DateOnly(2026, 9, 1), true,
            [new AssessedLevel("1.1", 2), new AssessedLevel("pay-bill-online", 1)])).ToUrl($"/api/participants/{id}/assessments"));

        var assessed = (await Stream(id)).Skip(1).Select(e => e.Data).ToList();
        assessed.ShouldBe([
            new SkillAssessed(id, groupId, "1.1", 2, AssessmentSource.ExternalTool, "123Digit", new DateOnly(2026, 9, 1), true),
            new SkillAssessed(id, groupId, "pay-bill-online", 1, AssessmentSource.ExternalTool, "123Digit", new DateOnly(2026, 9, 1), true),
        ]);
    }

    private static RecordGroupAssessments Grid(params PersonAssessed[] people) =>
        new(AssessmentSource.ObservedByFacilitator, null, new DateOnly(2026, 9, 8), true, people);

    private static PersonAssessed Row(Guid participant, params (string Skill, int Level)[] levels) =>
        new(participant, [.. levels.Select(l => new AssessedLevel(l.Skill, l.Level))]);

    [Fact]
    public async Task A_groups_assessment_records_every_persons_levels_at_once_and_one_refused_row_records_nothing()
    {
        var groupId = await Host.CreateGroupAsync(Coordinator());
        var samira = await Host.EnrolAsync(Coordinator(), groupId, ParticipantScenarios.NewParticipant("Samira"));
        var jean = await Host.EnrolAsync(Coordinator(), groupId, ParticipantScenarios.NewParticipant("Jean"));
        var url = $"/api/groups/{groupId}/assessments";
        var before = await EventCount();

        var refused = await Send(Coordinator(), s =>
        {
            s.Post.Json(Grid(Row(samira, ("pay-bill-online", 2)), Row(jean, ("1.1", 3), ("log-in-with-itsme", 12)))).ToUrl(url);
            s.StatusCodeShouldBe(400);
        });
        (await refused.ReadAsJsonAsync<ValidationProblem>())!.Errors.Keys.ShouldBe(["people[1].levels[1].level"]);
        (await EventCount()).ShouldBe(before, "Samira's row was right, but nothing is recorded for anyone");

        var recorded = await Send(Coordinator(), s => s.Post.Json(Grid(Row(samira, ("pay-bill-online", 2), ("log-in-with-itsme", 1)), Row(jean, ("1.1", 3)))).ToUrl(url));
        (await recorded.ReadAsJsonAsync<GroupAssessed>())!.ShouldSatisfyAllConditions(
            a => a.GroupId.ShouldBe(groupId), a => a.ParticipantIds.ShouldBe([samira, jean]), a => a.Levels.ShouldBe(3));
        SkillAssessed Seen(Guid who, string skill, int level) =>
            new(who, groupId, skill, level, AssessmentSource.ObservedByFacilitator, null, new DateOnly(2026, 9, 8), true);
        (await Stream(samira)).Skip(1).Select(e => e.Data).ShouldBe([Seen(samira, "pay-bill-online", 2), Seen(samira, "log-in-with-itsme", 1)]);
        (await Stream(jean)).Skip(1).Select(e => e.Data).ShouldBe([Seen(jean, "1.1", 3)]);
        (await Stream(jean)).Last().UserName.ShouldBe("coordinator-1");
    }

    [Fact]
    public async Task A_groups_assessment_names_only_its_own_people_and_is_the_groups_staffs()
    {
        var groupId = await Host.CreateGroupAsync(Coordinator());
        await Host.AssignAsync(Coordinator(), groupId, "facilitator-1");
        var samira = await Host.EnrolAsync(Coordinator(), groupId);
        var otherGroup = await Host.CreateGroupAsync(Coordinator(), GroupScenarios.NewGroup("Jeudi soir"));
        var elsewhere = await Host.EnrolAsync(Coordinator(), otherGroup, ParticipantScenarios.NewParticipant("Jean"));
        var url = $"/api/groups/{groupId}/assessments";
        var before = await EventCount();

        await Send(Facilitator("facilitator-1"), s => { s.Post.Json(Grid(Row(samira, ("1.1", 2)), Row(elsewhere, ("1.1", 2)))).ToUrl(url); s.StatusCodeShouldBe(404); });
        await Send(Facilitator("facilitator-2"), s => { s.Post.Json(Grid(Row(samira, ("1.1", 2)))).ToUrl(url); s.StatusCodeShouldBe(404); });
        await Send(Coordinator(OrgB), s => { s.Post.Json(Grid(Row(samira, ("1.1", 2)))).ToUrl(url); s.StatusCodeShouldBe(404); });
        var twice = await Send(Facilitator("facilitator-1"), s =>
        {
            s.Post.Json(Grid(Row(samira, ("1.1", 2)), Row(samira, ("1.2", 2)))).ToUrl(url);
            s.StatusCodeShouldBe(400);
        });
        (await twice.ReadAsJsonAsync<ValidationProblem>())!.Errors.Keys.ShouldBe(["people"]);
        await Send(Coordinator(), s => s.Post.Json(new RecordDeparture(null)).ToUrl($"/api/participants/{samira}/leave"));
        await Send(Facilitator("facilitator-1"), s => { s.Post.Json(Grid(Row(samira, ("1.1", 2)))).ToUrl(url); s.StatusCodeShouldBe(409); });
        (await EventCount()).ShouldBe(before + 1, "the departure only");
    }

    [Fact]
    public async Task Unknown_skills_and_levels_outside_1_to_8_are_refused_with_each_field_and_nothing_is_appended()
    {
        var groupId = await Host.CreateGroupAsync(Coordinator());
        var id = await Host.EnrolAsync(Coordinator(), groupId);
        var before = await EventCount();

        var result = await Send(Coordinator(), s =>
        {
            s.Post.Json(new RecordAssessment(AssessmentSource.SelfAssessed, null, new DateOnly(2026, 9, 1), false,
                [new AssessedLevel("6.1", 3), new AssessedLevel("1.1", 9), new AssessedLevel("1.2", 0), new AssessedLevel("fly-a-drone", 2)]))
                .ToUrl($"/api/participants/{id}/assessments");
            s.StatusCodeShouldBe(400);
        });

        (await result.ReadAsJsonAsync<ValidationProblem>())!.Errors.Keys
            .ShouldBe(["levels[0].skill", "levels[1].level", "levels[2].level", "levels[3].skill"], ignoreOrder: true);
        await Send(Coordinator(), s => { s.Post.Json(new OfferHelp("9.9", 5)).ToUrl($"/api/participants/{id}/offers"); s.StatusCodeShouldBe(400); });
        await Send(Coordinator(), s => { s.Post.Json(new DeclareLearningNeed("4.2", null, null)).ToUrl($"/api/participants/{id}/needs"); s.StatusCodeShouldBe(400); });
        (await EventCount()).ShouldBe(before);
    }

    [Fact]
    public async Task An_organisations_own_task_can_be_assessed_offered_and_wanted_once_added()
    {
        var groupId = await Host.CreateGroupAsync(Coordinator());
        var id = await Host.EnrolAsync(Coordinator(), groupId);
        await Send(Coordinator(), s => { s.Post.Json(new OfferHelp("use-library-app", 5)).ToUrl($"/api/participants/{id}/offers"); s.StatusCodeShouldBe(400); });

        await Send(Coordinator(), s =>
        {
            s.Post.Json(new AddOrganisationTask("use-library-app", "Utiliser l'appli de la bibliothèque", null, null, ["1.1", "2.1"])).ToUrl("/api/tasks");
            s.StatusCodeShouldBe(201);
        });
        await Host.OfferAsync(Coordinator(), id, "use-library-app", 5);

        (await Stream(id)).Last().Data.ShouldBe(new HelpOffered(id, "use-library-app", 5));
    }

    [Fact]
    public async Task An_offer_is_confirmed_or_corrected_by_a_facilitator_and_can_be_withdrawn()
    {
        var groupId = await Host.CreateGroupAsync(Coordinator());
        var id = await Host.EnrolAsync(Coordinator(), groupId);
        await Host.OfferAsync(Coordinator(), id, "pay-bill-online", 6);

        await Send(Coordinator(), s => s.Post.Json(new ReviewHelpOffer(5)).ToUrl($"/api/participants/{id}/offers/pay-bill-online/review"));
        var profile = await Send(Coordinator(), s => s.Get.Url($"/api/participants/{id}"));
        (await profile.ReadAsJsonAsync<ParticipantProfile>())!.Participant.Offers.ShouldBe([new HelpOffer("pay-bill-online", 6, 5)]);

        await Send(Coordinator(), s => s.Delete.Url($"/api/participants/{id}/offers/pay-bill-online"));
        var events = (await Stream(id)).Select(e => e.Data).ToList();
        events[2].ShouldBe(new HelpOfferReviewed(id, "pay-bill-online", 5));
        events[3].ShouldBe(new HelpOfferWithdrawn(id, "pay-bill-online"));
    }

    [Fact]
    public async Task Reviewing_or_withdrawing_an_offer_that_does_not_exist_is_404()
    {
        var groupId = await Host.CreateGroupAsync(Coordinator());
        var id = await Host.EnrolAsync(Coordinator(), groupId);

        await Send(Coordinator(), s => { s.Post.Json(new ReviewHelpOffer(5)).ToUrl($"/api/participants/{id}/offers/1.1/review"); s.StatusCodeShouldBe(404); });
        await Send(Coordinator(), s => { s.Delete.Url($"/api/participants/{id}/offers/1.1"); s.StatusCodeShouldBe(404); });
        await Send(Coordinator(), s => { s.Delete.Url($"/api/participants/{id}/needs/{Guid.NewGuid()}"); s.StatusCodeShouldBe(404); });
        (await Stream(id)).Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_learning_need_gets_an_id_a_second_need_for_the_same_skill_is_409_and_a_need_can_be_withdrawn()
    {
        var groupId = await Host.CreateGroupAsync(Coordinator());
        var id = await Host.EnrolAsync(Coordinator(), groupId);

        var needId = await Host.DeclareNeedAsync(Coordinator(), id, "pay-bill-online", NeedPriority.High, new DateOnly(2026, 12, 1));
        await Send(Coordinator(), s =>
        {
            s.Post.Json(new DeclareLearningNeed("pay-bill-online", NeedPriority.Low, null)).ToUrl($"/api/participants/{id}/needs");
            s.StatusCodeShouldBe(409);
        });
        await Send(Coordinator(), s => s.Delete.Url($"/api/participants/{id}/needs/{needId}"));

        var events = (await Stream(id)).Select(e => e.Data).ToList();
        events.Count.ShouldBe(3);
        events[1].ShouldBe(new LearningNeedDeclared(id, needId, "pay-bill-online", NeedPriority.High, new DateOnly(2026, 12, 1)));
        events[2].ShouldBe(new LearningNeedWithdrawn(id, needId));
    }

    [Fact]
    public async Task Organisation_tasks_are_the_coordinators_and_their_codes_are_unique()
    {
        var task = new AddOrganisationTask("use-library-app", "Utiliser l'appli", null, null, ["1.1"]);
        await Send(Facilitator("facilitator-1"), s => { s.Post.Json(task).ToUrl("/api/tasks"); s.StatusCodeShouldBe(403); });
        await Send(Coordinator(), s => { s.Post.Json(task with { Code = "pay-bill-online" }).ToUrl("/api/tasks"); s.StatusCodeShouldBe(400); });
        await Send(Coordinator(), s => { s.Post.Json(task with { Competences = ["7.1"] }).ToUrl("/api/tasks"); s.StatusCodeShouldBe(400); });
        (await EventCount()).ShouldBe(0);

        var attempts = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Host.Scenario(s =>
        {
            s.WithRequestHeader("Authorization", $"Bearer {Coordinator()}");
            s.Post.Json(task).ToUrl("/api/tasks");
            s.IgnoreStatusCode();
        })));

        attempts.Count(a => a.Context.Response.StatusCode == 201).ShouldBe(1);
        attempts.Where(a => a.Context.Response.StatusCode != 201).ShouldAllBe(a => a.Context.Response.StatusCode == 400 || a.Context.Response.StatusCode == 409);
        (await EventCount()).ShouldBe(1);

        var tasks = await Send(Coordinator(), s => s.Get.Url("/api/tasks"));
        var list = (await tasks.ReadAsJsonAsync<TaskEntry[]>())!;
        list.Single(t => t.Code == "use-library-app").OwnTask.ShouldBeTrue();
        list.Count(t => !t.OwnTask).ShouldBe(EverydayTasks.All.Count);

        var elsewhere = await Send(Coordinator(OrgB), s => s.Get.Url("/api/tasks"));
        (await elsewhere.ReadAsJsonAsync<TaskEntry[]>())!.ShouldNotContain(t => t.Code == "use-library-app");
    }

    [Fact]
    public async Task The_reference_framework_has_the_21_competences_in_three_languages()
    {
        var result = await Send(Facilitator("facilitator-1"), s => s.Get.Url("/api/competences"));
        var framework = (await result.ReadAsJsonAsync<LivingLibrary.Api.Competences.CompetenceFramework>())!;
        framework.Competences.Count.ShouldBe(21);
        framework.Levels.Count.ShouldBe(8);
        framework.Competences.Single(c => c.Code == "4.2").Name.Nl.ShouldNotBeNullOrWhiteSpace();
    }
}
