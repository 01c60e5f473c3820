using Alba;
using LivingLibrary.Api.Pairings;
using LivingLibrary.Api.Tests.Support;
using LivingLibrary.Domain.Pairings;
using LivingLibrary.Domain.Pairings.Suggestions;

namespace LivingLibrary.Api.Tests.Pairings;

public sealed class SuggestionTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task A_suggestion_pairs_needs_with_helpers_explains_each_and_records_its_inputs()
    {
        var scene = await PairingScene.SetUp(Host, Coordinator(), Facilitator(PairingScene.Facilitator));

        var suggestion = await Host.SuggestAsync(Facilitator(PairingScene.Facilitator), scene.Group);

        var pair = suggestion.Pairs.ShouldHaveSingleItem();
        (pair.NeedId, pair.LearnerId).ShouldBe((scene.JeanNeed, scene.Jean));
        pair.HelperId.ShouldBeOneOf(scene.Samira, scene.Lucie);
        pair.Explanation.ShouldStartWith(pair.HelperId == scene.Samira ? "Samira can help Jean with pay a bill online:" : "Lucie can help Jean with pay a bill online:");
        pair.Explanation.ShouldContain("both speak French");
        pair.Explanation.ShouldContain("Jean at 1");
        var unmatched = suggestion.Unmatched.ShouldHaveSingleItem();
        unmatched.NeedId.ShouldBe(scene.HuseyinNeed);
        unmatched.Reason.ShouldBeOfType<NobodyOffersSubject>();
        unmatched.Explanation.ShouldContain("Hüseyin");

        var recorded = (await Stream(suggestion.SuggestionId)).ShouldHaveSingleItem().Data.ShouldBeOfType<PairingsSuggested>();
        recorded.GroupIds.ShouldBe([scene.Group]);
        recorded.Suggestion.Request.Weights.ShouldBe(new PairingWeights());
        recorded.Suggestion.Request.Needs.Select(n => n.NeedId).ShouldBe([scene.JeanNeed, scene.HuseyinNeed], ignoreOrder: true);
        recorded.Suggestion.Pairs.Single().Lines.ShouldNotBeEmpty();
    }

    [Fact]
    public async Task A_recorded_suggestion_is_explained_again_later()
    {
        var scene = await PairingScene.SetUp(Host, Coordinator(), Facilitator(PairingScene.Facilitator));
        var suggestion = await Host.SuggestAsync(Facilitator(PairingScene.Facilitator), scene.Group);

        var again = (await (await Send(Coordinator(), s => s.Get.Url($"/api/pairings/suggestions/{suggestion.SuggestionId}"))).ReadAsJsonAsync<SuggestionView>())!;

        again.Pairs.Select(p => p.Explanation).ShouldBe(suggestion.Pairs.Select(p => p.Explanation));
        again.TotalScore.ShouldBe(suggestion.TotalScore);
    }

    [Fact]
    public async Task The_organisations_weights_are_the_coordinators_and_suggestions_use_them()
    {
        (await (await Send(Facilitator("facilitator-1"), s => s.Get.Url("/api/pairing-weights"))).ReadAsJsonAsync<PairingWeights>())
            .ShouldBe(new PairingWeights());
        await Send(Facilitator("facilitator-1"), s => { s.Put.Json(new PairingWeights { LoadSpreading = 20 }).ToUrl("/api/pairing-weights"); s.StatusCodeShouldBe(403); });
        var invalid = await Send(Coordinator(), s => { s.Put.Json(new PairingWeights { NeedMet = 0, SharedSlot = -1 }).ToUrl("/api/pairing-weights"); s.StatusCodeShouldBe(400); });
        (await invalid.ReadAsJsonAsync<ValidationProblem>())!.Errors.Keys.ShouldBe(["needMet", "sharedSlot"], ignoreOrder: true);
        (await EventCount()).ShouldBe(0);

        await Send(Coordinator(), s => s.Put.Json(new PairingWeights { LoadSpreading = 20 }).ToUrl("/api/pairing-weights"));
        await Send(Coordinator(), s => s.Put.Json(new PairingWeights { LoadSpreading = 30 }).ToUrl("/api/pairing-weights"));
        (await EventCount()).ShouldBe(2);

        var scene = await PairingScene.SetUp(Host, Coordinator(), Facilitator(PairingScene.Facilitator));
        var suggestion = await Host.SuggestAsync(Coordinator(), scene.Group);
        suggestion.Weights.LoadSpreading.ShouldBe(30);
        (await (await Send(Coordinator(OrgB), s => s.Get.Url("/api/pairing-weights"))).ReadAsJsonAsync<PairingWeights>())!.LoadSpreading.ShouldBe(4);
    }

    [Fact]
    public async Task Suggestions_are_refused_for_groups_that_are_not_the_callers_and_for_bad_input()
    {
        var scene = await PairingScene.SetUp(Host, Coordinator(), Facilitator(PairingScene.Facilitator));
        var before = await EventCount();

        foreach (var token in new[] { Facilitator("facilitator-2"), Coordinator(OrgB) })
            await Send(token, s => { s.Post.Json(new SuggestPairings([scene.Group], null, null, null)).ToUrl("/api/pairings/suggestions"); s.StatusCodeShouldBe(404); });
        await Send(Coordinator(), s => { s.Post.Json(new SuggestPairings([], 9, null, null)).ToUrl("/api/pairings/suggestions"); s.StatusCodeShouldBe(400); });
        await Send(Coordinator(), s => { s.Get.Url($"/api/pairings/suggestions/{Guid.NewGuid()}"); s.StatusCodeShouldBe(404); });

        (await EventCount()).ShouldBe(before);
    }

    [Fact]
    public async Task A_pin_and_a_forbidden_pair_are_honoured()
    {
        var scene = await PairingScene.SetUp(Host, Coordinator(), Facilitator(PairingScene.Facilitator));

        var pinned = await Send(Coordinator(), s => s.Post.Json(new SuggestPairings([scene.Group], null, [new Pin(scene.JeanNeed, scene.Samira)], null)).ToUrl("/api/pairings/suggestions"));
        var forbidden = await Send(Coordinator(), s => s.Post.Json(new SuggestPairings([scene.Group], null, null,
            [new LearnerAndHelper(scene.Jean, scene.Samira), new LearnerAndHelper(scene.Jean, scene.Lucie)])).ToUrl("/api/pairings/suggestions"));

        (await pinned.ReadAsJsonAsync<SuggestionView>())!.Pairs.Single().ShouldSatisfyAllConditions(p => p.HelperId.ShouldBe(scene.Samira), p => p.Pinned.ShouldBeTrue());
        var none = (await forbidden.ReadAsJsonAsync<SuggestionView>())!;
        none.Pairs.ShouldBeEmpty();
        none.Unmatched.Single(u => u.NeedId == scene.JeanNeed).Reason.ShouldBeOfType<OnlyExcludedHelpers>();
    }
}
