using Alba;
using LivingLibrary.Api.Pairings;
using LivingLibrary.Api.Tests.Support;
using LivingLibrary.Domain.Pairings;
using LivingLibrary.Domain.Pairings.Suggestions;
using LivingLibrary.Projections.Pairings;

namespace LivingLibrary.Api.Tests.Pairings;

public sealed class PairingViewTests(ApiFixture fixture) : ApiTest(fixture)
{
    private string Amina => Facilitator(PairingScene.Facilitator);

    [Fact]
    public async Task The_views_show_active_pairings_helper_load_a_participants_history_open_needs_and_stats()
    {
        var scene = await PairingScene.SetUp(Host, Coordinator(), Amina);
        var active = await Host.StartAsync(Amina, scene.JeanNeed, scene.Samira);
        for (var i = 0; i < 3; i++)
            await Send(Amina, s => s.Post.Json(new LogHelpSession(ApiFixture.Today.AddDays(-i), 60, "Bills", LearnerFeeling.Confident)).ToUrl($"/api/pairings/{active}/sessions"));
        await Host.SuggestAsync(Amina, scene.Group);

        await ViewsCaughtUp();
        var pairings = (await (await Send(Amina, s => s.Get.Url($"/api/groups/{scene.Group}/pairings"))).ReadAsJsonAsync<PairingSummary[]>())!;
        var loads = (await (await Send(Amina, s => s.Get.Url($"/api/groups/{scene.Group}/helper-load"))).ReadAsJsonAsync<HelperLoad[]>())!;
        var jeans = (await (await Send(Amina, s => s.Get.Url($"/api/participants/{scene.Jean}/pairings"))).ReadAsJsonAsync<PairingSummary[]>())!;
        var open = (await (await Send(Amina, s => s.Get.Url($"/api/groups/{scene.Group}/unmatched-needs"))).ReadAsJsonAsync<UnmatchedNeedEntry[]>())!;
        var stats = (await (await Send(Coordinator(), s => s.Get.Url("/api/pairings/stats"))).ReadAsJsonAsync<GroupPairingStats[]>())!;

        var summary = pairings.ShouldHaveSingleItem();
        (summary.Id, summary.Status, summary.LearnerName, summary.HelperName, summary.Sessions).ShouldBe((active, PairingStatus.Active, "Jean", "Samira", 3));
        loads.Select(l => (l.Name, l.Helping, l.Capacity, l.FreePlaces)).ShouldBe([("Lucie", 0, 2, 2), ("Samira", 1, 2, 1)]);
        jeans.Single().Id.ShouldBe(active);
        open.ShouldHaveSingleItem().ShouldSatisfyAllConditions(n => n.NeedId.ShouldBe(scene.HuseyinNeed), n => n.Reason.ShouldBeOfType<NobodyOffersSubject>());
        stats.ShouldHaveSingleItem().ShouldBe(new GroupPairingStats(scene.Group, 1, 0, 0, 1, 1, 1, 0, 0, 0));
        await Send(Amina, s => { s.Get.Url("/api/pairings/stats"); s.StatusCodeShouldBe(403); });
    }

    [Fact]
    public async Task A_need_met_by_a_pairing_that_went_well_leaves_the_board_and_is_not_suggested_again()
    {
        var scene = await PairingScene.SetUp(Host, Coordinator(), Amina);
        var pairing = await Host.StartAsync(Amina, scene.JeanNeed, scene.Samira);
        await Send(Amina, s => s.Post.Json(new EndPairing(PairingOutcome.WentWell, "Jean pays on his own now", null, null)).ToUrl($"/api/pairings/{pairing}/end"));
        (await Stream(pairing)).Last().Data.ShouldBeOfType<PairingEnded>().Outcome.ShouldBe(PairingOutcome.WentWell);

        var suggestion = await Host.SuggestAsync(Amina, scene.Group);
        await ViewsCaughtUp();
        var open = (await (await Send(Amina, s => s.Get.Url($"/api/groups/{scene.Group}/unmatched-needs"))).ReadAsJsonAsync<UnmatchedNeedEntry[]>())!;

        suggestion.Pairs.ShouldNotContain(p => p.NeedId == scene.JeanNeed);
        suggestion.Unmatched.ShouldNotContain(u => u.NeedId == scene.JeanNeed);
        open.Select(n => n.NeedId).ShouldBe([scene.HuseyinNeed]);
    }
}
