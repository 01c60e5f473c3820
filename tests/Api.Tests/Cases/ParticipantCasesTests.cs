using LivingLibrary.Api.Tests.Support;
using LivingLibrary.Domain.Cases;
using LivingLibrary.Domain.Participants;

namespace LivingLibrary.Api.Tests.Cases;

/// <summary>GET /api/participants/{id}/cases: the person's cases the caller may see, each through the group it was posted in.</summary>
[Collection(CasesCollection.Name)]
public sealed class ParticipantCasesTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task A_persons_cases_are_listed_and_after_a_move_the_new_groups_facilitator_sees_only_the_new_groups()
    {
        var scene = await CaseScene.SetUp(Host, Coordinator());
        var facilitator = Facilitator(CaseScene.Facilitator);
        var first = await Host.PostCaseAsync(facilitator, scene.Group, CaseScene.ItsmeCase(scene.Samira));
        var second = await Host.PostCaseAsync(facilitator, scene.Group, CaseScene.ItsmeCase(scene.Samira, Urgency.High));
        await Host.PostCaseAsync(facilitator, scene.Group, CaseScene.ItsmeCase(scene.Jean));

        var listed = await Host.GetAsync<IReadOnlyList<ProblemCase>>(facilitator, $"/api/participants/{scene.Samira}/cases");
        listed.Select(c => c.Id).ToHashSet().ShouldBe([first, second], ignoreOrder: true);
        listed.ShouldAllBe(c => c.ParticipantId == scene.Samira);

        var thursday = await Host.CreateGroupAsync(Coordinator(), GroupScenarios.NewGroup("Jeudi soir"));
        await Host.AssignAsync(Coordinator(), thursday, "facilitator-2");
        await Host.SendAsync(Coordinator(), $"/api/participants/{scene.Samira}/move", new MoveParticipant(thursday));
        var there = await Host.PostCaseAsync(Facilitator("facilitator-2"), thursday, CaseScene.ItsmeCase(scene.Samira));

        (await Host.GetAsync<IReadOnlyList<ProblemCase>>(Facilitator("facilitator-2"), $"/api/participants/{scene.Samira}/cases"))
            .Select(c => c.Id).ShouldBe([there], "the cases of a group she does not run stay unseen");
        (await Host.GetAsync<IReadOnlyList<ProblemCase>>(Coordinator(), $"/api/participants/{scene.Samira}/cases")).Count.ShouldBe(3);
    }
}
