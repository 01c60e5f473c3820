using Alba;
using LivingLibrary.Api.Progress;
using LivingLibrary.Api.Tests.Cases;
using LivingLibrary.Api.Tests.Pairings;
using LivingLibrary.Api.Tests.Support;
using LivingLibrary.Domain.Evaluations;
using LivingLibrary.Domain.Pairings;
using LivingLibrary.Domain.Participants;

namespace LivingLibrary.Api.Tests.Evaluations;

/// <summary>Before and after: the intake, the latest assessment and what each person said at the end; the group's shift; the help given.</summary>
[Collection(CasesCollection.Name)]
public sealed class ProgressTests(ApiFixture fixture) : ApiTest(fixture)
{
    private string Facilitator() => Facilitator(EvaluationScene.Facilitator);

    [Fact]
    public async Task A_persons_progress_sets_the_intake_beside_the_latest_assessment_and_their_end_of_project_answer()
    {
        var scene = await EvaluationScene.SetUp(Host, Coordinator(), people: 1);
        var samira = scene.People[0];
        await Host.AssessAsync(Facilitator(), samira, new DateOnly(2026, 11, 20), ("pay-bill-online", 4));
        var campaign = await scene.OpenAsync(Host, Facilitator(), AnswerMode.Named);
        await Host.SendAsync(Facilitator(), $"/api/campaigns/{campaign}/answers",
            new RecordNamedAnswers(samira, EvaluationScene.AnswersTo(await EvaluationScene.SheetAsync(Host, Facilitator(), campaign), CanDo.CanHelpOthers), false));

        var progress = await Host.GetAsync<PersonProgress>(Facilitator(), $"/api/participants/{samira}/progress");

        progress.Skills.Single(s => s.Skill == "pay-bill-online").ShouldBe(new SkillProgress("pay-bill-online", 2, EvaluationScene.IntakeOn, 4,
            new DateOnly(2026, 11, 20), CanDo.CanHelpOthers));
        progress.Skills.Single(s => s.Skill == "join-video-call").ShouldSatisfyAllConditions(
            s => s.MovedUp.ShouldBeFalse(), s => s.Latest.ShouldBe(1), s => s.SaidAtEnd.ShouldBe(CanDo.CanHelpOthers));
        progress.Skills.ShouldContain(s => s.Skill.Contains('.'), "competences are rolled up from the tasks");
        progress.HelpGiven.ShouldBe(new HelpGiven(0, 0, 0));
    }

    [Fact]
    public async Task The_group_shows_its_staff_who_moved_up_exactly_beside_each_persons_progress()
    {
        var scene = await EvaluationScene.SetUp(Host, Coordinator(), people: 4);
        foreach (var person in scene.People.Take(3))
            await Host.AssessAsync(Facilitator(), person, new DateOnly(2026, 11, 20), ("pay-bill-online", 3));
        foreach (var person in scene.People.Take(2))
            await Host.AssessAsync(Facilitator(), person, new DateOnly(2026, 11, 20), ("join-video-call", 5));

        var view = await Host.GetAsync<GroupProgressView>(Facilitator(), $"/api/groups/{scene.Group}/progress");

        view.Together.People.Value.ShouldBe(4);
        var bill = view.Together.Skills.Single(s => s.Skill == "pay-bill-online");
        (bill.Reassessed.Value, bill.MovedUp.Value, bill.ShareMovedUp.Value).ShouldBe((3, 3, 1.0));
        bill.BandsAtIntake.Select(b => b.ToString()).ShouldBe(["3", "0", "0", "0"]);
        bill.BandsNow.Select(b => b.ToString()).ShouldBe(["0", "3", "0", "0"]);
        var call = view.Together.Skills.Single(s => s.Skill == "join-video-call");
        // Two people, named on the same page: the group's figure is theirs to know (docs/adr/0018).
        (call.Reassessed.Value, call.MovedUp.Value, call.ShareMovedUp.Value).ShouldBe((2, 2, 1.0));
        view.People.Select(p => p.DisplayName).ShouldBe(["Fatma", "Jean", "Pierre", "Samira"]);
    }

    [Fact]
    public async Task Help_given_counts_the_helpers_pairings_and_the_time_of_their_sessions()
    {
        var scene = await PairingScene.SetUp(Host, Coordinator(), Facilitator(PairingScene.Facilitator));
        var pairing = await Host.StartAsync(Coordinator(), scene.JeanNeed, scene.Samira);
        foreach (var minutes in new[] { 45, 60 })
            await Host.SendAsync(Coordinator(), $"/api/pairings/{pairing}/sessions", new LogHelpSession(ApiFixture.Today, minutes, "QR code", LearnerFeeling.Confident));

        (await Host.GetAsync<PersonProgress>(Coordinator(), $"/api/participants/{scene.Samira}/progress")).HelpGiven.ShouldBe(new HelpGiven(1, 105, 0));
        (await Host.GetAsync<PersonProgress>(Coordinator(), $"/api/participants/{scene.Jean}/progress")).HelpGiven.ShouldBe(new HelpGiven(0, 0, 0));
    }

    [Fact]
    public async Task Another_organisation_and_a_stranger_facilitator_get_404()
    {
        var scene = await EvaluationScene.SetUp(Host, Coordinator(), people: 1);
        foreach (var token in new[] { Coordinator(OrgB), Facilitator("facilitator-2") })
            foreach (var url in new[] { $"/api/groups/{scene.Group}/progress", $"/api/participants/{scene.People[0]}/progress" })
                await Send(token, s =>
                {
                    s.Get.Url(url);
                    s.StatusCodeShouldBe(404);
                });
    }
}
