using Alba;
using LivingLibrary.Api.Pairings;
using LivingLibrary.Api.Platform;
using LivingLibrary.Api.Tests.Support;
using LivingLibrary.Domain.Pairings;
using LivingLibrary.Domain.Pairings.Suggestions;
using LivingLibrary.Domain.Participants;

namespace LivingLibrary.Api.Tests.Pairings;

public sealed class LifecycleTests(ApiFixture fixture) : ApiTest(fixture)
{
    private string Amina => Facilitator(PairingScene.Facilitator);

    [Fact]
    public async Task A_suggested_pair_is_proposed_accepted_by_both_helped_and_ended_with_every_step_an_event()
    {
        var scene = await PairingScene.SetUp(Host, Coordinator(), Amina);
        var suggestion = await Host.SuggestAsync(Amina, scene.Group);
        var suggested = suggestion.Pairs.Single();

        var id = await Host.ProposeAsync(Amina, new ProposePairing(suggestion.SuggestionId, scene.JeanNeed, null));
        await Host.AcceptAsync(Amina, id, Party.Learner);
        await Host.AcceptAsync(Amina, id, Party.Helper);
        await Send(Amina, s => s.Post.Json(new LogHelpSession(ApiFixture.Today, 45, "Paid the water bill together", LearnerFeeling.Fine))
            .ToUrl($"/api/pairings/{id}/sessions"));
        await Send(Amina, s => s.Post.Json(new EndPairing(PairingOutcome.WentWell, "Jean pays on his own now", "Merci !", "Un plaisir"))
            .ToUrl($"/api/pairings/{id}/end"));

        var events = (await Stream(id)).Select(e => e.Data).ToList();
        var proposed = events[0].ShouldBeOfType<PairingProposed>();
        (proposed.SuggestionId, proposed.LearnerId, proposed.HelperId, proposed.Skill).ShouldBe((suggestion.SuggestionId, scene.Jean, suggested.HelperId, "pay-bill-online"));
        proposed.Pair.ShouldNotBeNull().Explained().Code.ShouldBe(suggested.ExplanationCode.Code); // the facts, worded when read
        (await (await Send(Amina, s => s.Get.Url($"/api/pairings/{id}"))).ReadAsJsonAsync<System.Text.Json.JsonElement>())
            .GetProperty("explanation").GetString().ShouldBe(suggested.Explanation);
        events.Skip(1).Select(e => e.GetType()).ShouldBe([typeof(PairingAccepted), typeof(PairingAccepted), typeof(PairingStarted), typeof(HelpSessionLogged), typeof(PairingEnded)]);
        events.OfType<PairingEnded>().Single().ShouldBe(new PairingEnded(id, suggested.HelperId, ApiFixture.Today, PairingOutcome.WentWell,
            "Jean pays on his own now", "Merci !", "Un plaisir"));
        (await Stream(suggested.HelperId)).Select(e => e.Data).TakeLast(2)
            .ShouldBe([new HelperEngaged(suggested.HelperId, id), new HelperReleased(suggested.HelperId, id)]);

        var history = (await (await Send(Amina, s => s.Get.Url($"/api/pairings/{id}/history"))).ReadAsJsonAsync<HistoryEntry[]>())!;
        history.Select(h => h.Type).ShouldBe(["pairing_proposed", "pairing_accepted", "pairing_accepted", "pairing_started", "help_session_logged", "pairing_ended"]);
    }

    [Fact]
    public async Task Accepting_a_declined_or_ended_pairing_or_logging_on_one_that_is_not_active_is_409_and_appends_nothing()
    {
        var scene = await PairingScene.SetUp(Host, Coordinator(), Amina);
        var declined = await Host.ProposeAsync(Amina, new ProposePairing(null, scene.JeanNeed, scene.Samira));
        await Send(Amina, s => s.Post.Json(new DeclinePairing(Party.Learner, "Prefers the Thursday group")).ToUrl($"/api/pairings/{declined}/decline"));
        (await Stream(declined)).Last().Data.ShouldBe(new PairingDeclined(declined, Party.Learner, "Prefers the Thursday group"));
        var before = await EventCount();

        await Send(Amina, s => { s.Post.Json(new AcceptPairing(Party.Helper)).ToUrl($"/api/pairings/{declined}/accept"); s.StatusCodeShouldBe(409); });
        await Send(Amina, s => { s.Post.Json(new LogHelpSession(ApiFixture.Today, 30, "x", LearnerFeeling.Fine)).ToUrl($"/api/pairings/{declined}/sessions"); s.StatusCodeShouldBe(409); });
        await Send(Amina, s => { s.Post.Json(new EndPairing(PairingOutcome.Mixed, null, null, null)).ToUrl($"/api/pairings/{declined}/end"); s.StatusCodeShouldBe(409); });
        (await EventCount()).ShouldBe(before);

        var ended = await Host.StartAsync(Amina, scene.JeanNeed, scene.Lucie);
        await Send(Amina, s => s.Post.Json(new EndPairing(PairingOutcome.Mixed, null, null, null)).ToUrl($"/api/pairings/{ended}/end"));
        before = await EventCount();
        await Send(Amina, s => { s.Post.Json(new AcceptPairing(Party.Learner)).ToUrl($"/api/pairings/{ended}/accept"); s.StatusCodeShouldBe(409); });
        await Send(Amina, s => { s.Post.Json(new LogHelpSession(ApiFixture.Today, 30, "x", LearnerFeeling.Fine)).ToUrl($"/api/pairings/{ended}/sessions"); s.StatusCodeShouldBe(409); });
        (await EventCount()).ShouldBe(before);
    }

    [Fact]
    public async Task A_facilitator_withdraws_a_proposal_which_frees_the_need_and_cannot_be_answered_after()
    {
        var scene = await PairingScene.SetUp(Host, Coordinator(), Amina);
        var withdrawn = await Host.ProposeAsync(Amina, new ProposePairing(null, scene.JeanNeed, scene.Samira));

        await Send(Amina, s => s.Post.Json(new WithdrawPairing("Jean found help at home")).ToUrl($"/api/pairings/{withdrawn}/withdraw"));

        (await Stream(withdrawn)).Last().Data.ShouldBe(new PairingWithdrawn(withdrawn, "Jean found help at home"));
        var before = await EventCount();
        await Send(Amina, s => { s.Post.Json(new AcceptPairing(Party.Learner)).ToUrl($"/api/pairings/{withdrawn}/accept"); s.StatusCodeShouldBe(409); });
        await Send(Amina, s => { s.Post.Json(new WithdrawPairing(null)).ToUrl($"/api/pairings/{withdrawn}/withdraw"); s.StatusCodeShouldBe(409); });
        (await EventCount()).ShouldBe(before);
        await Host.ProposeAsync(Amina, new ProposePairing(null, scene.JeanNeed, scene.Samira));
    }

    [Fact]
    public async Task A_need_under_way_cannot_be_proposed_twice_and_a_pair_of_ones_own_must_meet_the_rules()
    {
        var scene = await PairingScene.SetUp(Host, Coordinator(), Amina);
        await Host.ProposeAsync(Amina, new ProposePairing(null, scene.JeanNeed, scene.Samira));
        var before = await EventCount();

        await Send(Amina, s => { s.Post.Json(new ProposePairing(null, scene.JeanNeed, scene.Lucie)).ToUrl("/api/pairings"); s.StatusCodeShouldBe(409); });
        var refused = await Send(Amina, s => { s.Post.Json(new ProposePairing(null, scene.HuseyinNeed, scene.Lucie)).ToUrl("/api/pairings"); s.StatusCodeShouldBe(409); });
        (await refused.ReadAsTextAsync()).ShouldContain("log in with itsme");
        await Send(Amina, s => { s.Post.Json(new ProposePairing(Guid.NewGuid(), scene.HuseyinNeed, null)).ToUrl("/api/pairings"); s.StatusCodeShouldBe(404); });
        await Send(Amina, s => { s.Post.Json(new ProposePairing(null, null, scene.Lucie)).ToUrl("/api/pairings"); s.StatusCodeShouldBe(400); });

        (await EventCount()).ShouldBe(before);
    }

    [Fact]
    public async Task Facilitators_accepting_at_once_cannot_go_past_the_helpers_capacity()
    {
        var scene = await PairingScene.SetUp(Host, Coordinator(), Amina);
        await Send(Amina, s => s.Post.Json(new SetHelpCapacity(1)).ToUrl($"/api/participants/{scene.Lucie}/capacity"));
        (await Stream(scene.Lucie)).Last().Data.ShouldBe(new HelpCapacitySet(scene.Lucie, 1));
        var proposals = new List<Guid>();
        for (var i = 0; i < 6; i++)
        {
            var learner = await Host.EnrolAsync(Amina, scene.Group, ParticipantScenarios.NewParticipant($"Learner {i}", "fr"));
            var need = await Host.DeclareNeedAsync(Amina, learner, "pay-bill-online");
            var pairing = await Host.ProposeAsync(Amina, new ProposePairing(null, need, scene.Lucie));
            await Host.AcceptAsync(Amina, pairing, Party.Learner);
            proposals.Add(pairing);
        }

        var answers = await Task.WhenAll(proposals.Select((id, i) => Host.Scenario(s =>
        {
            s.WithRequestHeader("Authorization", $"Bearer {(i % 2 == 0 ? Amina : Coordinator())}");
            s.Post.Json(new AcceptPairing(Party.Helper)).ToUrl($"/api/pairings/{id}/accept");
            s.IgnoreStatusCode();
        })));

        answers.Count(a => a.Context.Response.StatusCode == 200).ShouldBe(1);
        answers.Where(a => a.Context.Response.StatusCode != 200).ShouldAllBe(a => a.Context.Response.StatusCode == 409);
        (await Stream(scene.Lucie)).Count(e => e.Data is HelperEngaged).ShouldBe(1);
        var started = 0;
        foreach (var id in proposals) started += (await Stream(id)).Count(e => e.Data is PairingStarted);
        started.ShouldBe(1);
    }

    [Fact]
    public async Task Acceptances_sent_at_once_that_all_fit_all_start()
    {
        var scene = await PairingScene.SetUp(Host, Coordinator(), Amina);
        await Send(Amina, s => s.Post.Json(new SetHelpCapacity(3)).ToUrl($"/api/participants/{scene.Lucie}/capacity"));
        var proposals = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            var learner = await Host.EnrolAsync(Amina, scene.Group, ParticipantScenarios.NewParticipant($"Learner {i}", "fr"));
            var need = await Host.DeclareNeedAsync(Amina, learner, "pay-bill-online");
            var pairing = await Host.ProposeAsync(Amina, new ProposePairing(null, need, scene.Lucie));
            await Host.AcceptAsync(Amina, pairing, Party.Learner);
            proposals.Add(pairing);
        }

        var answers = await Task.WhenAll(proposals.Select(id => Host.Scenario(s =>
        {
            s.WithRequestHeader("Authorization", $"Bearer {Amina}");
            s.Post.Json(new AcceptPairing(Party.Helper)).ToUrl($"/api/pairings/{id}/accept");
            s.IgnoreStatusCode();
        })));

        answers.Select(a => a.Context.Response.StatusCode).ShouldAllBe(status => status == 200);
        (await Stream(scene.Lucie)).Count(e => e.Data is HelperEngaged).ShouldBe(3);
        foreach (var id in proposals) (await Stream(id)).Count(e => e.Data is PairingStarted).ShouldBe(1);
    }

    [Fact]
    public async Task A_pair_that_ended_badly_is_not_suggested_again()
    {
        var scene = await PairingScene.SetUp(Host, Coordinator(), Amina);
        var id = await Host.StartAsync(Amina, scene.JeanNeed, scene.Lucie);
        await Send(Amina, s => s.Post.Json(new EndPairing(PairingOutcome.WentBadly, "Did not get along", null, null)).ToUrl($"/api/pairings/{id}/end"));
        var need = await Host.DeclareNeedAsync(Amina, scene.Jean, "4.2");
        await Host.OfferAsync(Amina, scene.Lucie, "4.2", 7);

        var suggestion = await Host.SuggestAsync(Amina, scene.Group);

        suggestion.Pairs.ShouldNotContain(p => p.LearnerId == scene.Jean && p.HelperId == scene.Lucie);
        suggestion.Unmatched.Single(u => u.NeedId == need).Reason.ShouldBeOfType<OnlyExcludedHelpers>().EndedBadly.ShouldBe([scene.Lucie]);
    }

    [Fact]
    public async Task Bad_input_on_each_step_is_400()
    {
        var scene = await PairingScene.SetUp(Host, Coordinator(), Amina);
        var id = await Host.StartAsync(Amina, scene.JeanNeed, scene.Samira);
        var before = await EventCount();

        var session = await Send(Amina, s => { s.Post.Json(new LogHelpSession(ApiFixture.Today.AddDays(5), 0, "", null)).ToUrl($"/api/pairings/{id}/sessions"); s.StatusCodeShouldBe(400); });
        (await session.ReadAsJsonAsync<ValidationProblem>())!.Errors.Keys.ShouldBe(["heldOn", "durationMinutes", "workedOn", "learnerFelt"], ignoreOrder: true);
        await Send(Amina, s => { s.Post.Json(new EndPairing(null, null, null, null)).ToUrl($"/api/pairings/{id}/end"); s.StatusCodeShouldBe(400); });
        await Send(Amina, s => { s.Post.Json(new SetHelpCapacity(11)).ToUrl($"/api/participants/{scene.Samira}/capacity"); s.StatusCodeShouldBe(400); });
        await Send(Amina, s => { s.Post.Text("""{"party":"neighbour"}""").ToUrl($"/api/pairings/{id}/accept"); s.WithRequestHeader("Content-Type", "application/json"); s.StatusCodeShouldBe(400); });

        (await EventCount()).ShouldBe(before);
    }
}
