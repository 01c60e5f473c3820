using Alba;
using LivingLibrary.Api.Cases;
using LivingLibrary.Api.Platform;
using LivingLibrary.Api.Tests.Support;
using LivingLibrary.Domain.Cases;
using LivingLibrary.Domain.Participants;
using LivingLibrary.Domain.Referral;

namespace LivingLibrary.Api.Tests.Cases;

/// <summary>A case from posted to resolved, referred, closed and reopened, read back from the event store.</summary>
[Collection(CasesCollection.Name)]
public sealed class CaseLifecycleTests(ApiFixture fixture) : ApiTest(fixture)
{
    private string Facilitator() => Facilitator(CaseScene.Facilitator);

    [Fact]
    public async Task A_facilitator_posts_a_case_for_a_participant_and_the_event_holds_it()
    {
        var scene = await CaseScene.SetUp(Host, Coordinator());
        var caseId = await Host.PostCaseAsync(Facilitator(), scene.Group, CaseScene.ItsmeCase(scene.Samira, Urgency.High, ApiFixture.Today.AddDays(5)));

        var posted = (await Stream(caseId)).Single().Data.ShouldBeOfType<CasePosted>();
        posted.ShouldBe(new CasePosted(caseId, scene.Group, scene.Samira, posted.Details, ApiFixture.Today));
        posted.Details.Service.ShouldBe("itsme");
        posted.Details.Skills.ShouldBe(["log-in-with-itsme"]);
        posted.Details.DueOn.ShouldBe(ApiFixture.Today.AddDays(5));
    }

    [Fact]
    public async Task Unknown_codes_get_400_naming_the_valid_ones_and_append_nothing()
    {
        var scene = await CaseScene.SetUp(Host, Coordinator());
        var before = await EventCount();

        var result = await Send(Facilitator(), s =>
        {
            s.Post.Json(CaseScene.ItsmeCase(scene.Samira) with { Service = "netflix", Difficulty = "boredom", Skills = ["9.9"] })
                .ToUrl($"/api/groups/{scene.Group}/cases");
            s.StatusCodeShouldBe(400);
        });

        var problem = await result.ReadAsJsonAsync<ValidationProblem>();
        problem!.Errors["service"].Single().ShouldContain("myminfin");
        problem.Errors["difficulty"].Single().ShouldContain("security-and-scams");
        problem.Errors["skills"].Single().ShouldContain("holds 9.9");
        (await EventCount()).ShouldBe(before);
    }

    [Fact]
    public async Task A_participant_of_another_group_or_a_goal_too_long_is_refused_with_nothing_appended()
    {
        var scene = await CaseScene.SetUp(Host, Coordinator());
        var other = await Host.CreateGroupAsync(Coordinator(), GroupScenarios.NewGroup("Jeudi"));
        var stranger = await Host.EnrolAsync(Coordinator(), other);
        var before = await EventCount();

        await Send(Facilitator(), s =>
        {
            s.Post.Json(CaseScene.ItsmeCase(stranger)).ToUrl($"/api/groups/{scene.Group}/cases");
            s.StatusCodeShouldBe(404);
        });
        await Send(Facilitator(), s =>
        {
            s.Post.Json(CaseScene.ItsmeCase(scene.Samira) with { Goal = new string('x', CaseRules.GoalMax + 1) }).ToUrl($"/api/groups/{scene.Group}/cases");
            s.StatusCodeShouldBe(400);
        });
        (await EventCount()).ShouldBe(before);
    }

    [Fact]
    public async Task Accompanied_then_resolved_and_resolving_again_is_409_with_nothing_appended()
    {
        var scene = await CaseScene.SetUp(Host, Coordinator());
        var caseId = await Host.PostCaseAsync(Facilitator(), scene.Group, CaseScene.ItsmeCase(scene.Samira));

        var answer = await Host.SendAsync(Facilitator(), $"/api/cases/{caseId}/accompaniments", CaseScene.Accompaniment(45));
        await Host.SendAsync(Facilitator(), $"/api/cases/{caseId}/resolve",
            new ResolveCase(["Réinstaller itsme", "Confirmer avec la carte bancaire"], Autonomy.DoneTogether, null));

        var events = await Stream(caseId);
        var accompanied = events[1].Data.ShouldBeOfType<CaseAccompanied>().Accompaniment;
        accompanied.AccompanimentId.ShouldBe(answer.CreatedId!.Value);
        accompanied.Minutes.ShouldBe(45);
        accompanied.StaffIds.ShouldBe([CaseScene.Facilitator]); // no helper named: the caller helped
        accompanied.On.ShouldBe(ApiFixture.Today);
        events[2].Data.ShouldBeOfType<CaseResolved>().Autonomy.ShouldBe(Autonomy.DoneTogether);

        var before = await EventCount();
        foreach (var (url, body) in new (string, object)[]
                 {
                     ("resolve", new ResolveCase(["x"], Autonomy.DoneAlone, null)),
                     ("accompaniments", CaseScene.Accompaniment()),
                     ("refer", new ReferCase(scene.Partner, "x")),
                     ("close", new CloseCase("x")),
                     ("referral-follow-up", new FollowUpReferral(ReferralOutcome.Helped, null)),
                 })
            await Send(Facilitator(), s =>
            {
                s.Post.Json(body).ToUrl($"/api/cases/{caseId}/{url}");
                s.StatusCodeShouldBe(409);
            });
        (await EventCount()).ShouldBe(before);
    }

    [Fact]
    public async Task Referred_followed_up_closed_and_reopened()
    {
        var scene = await CaseScene.SetUp(Host, Coordinator());
        var caseId = await Host.PostCaseAsync(Facilitator(), scene.Group, CaseScene.ItsmeCase(scene.Samira));

        await Host.SendAsync(Facilitator(), $"/api/cases/{caseId}/refer", new ReferCase(scene.Partner, "Il faut un lecteur de carte eID."));
        await Host.SendAsync(Facilitator(), $"/api/cases/{caseId}/referral-follow-up", new FollowUpReferral(ReferralOutcome.Helped, "Fait à l'EPN."));
        await Host.SendAsync(Facilitator(), $"/api/cases/{caseId}/close", new CloseCase("Plus de nouvelles après l'EPN."));
        await Host.SendAsync(Facilitator(), $"/api/cases/{caseId}/reopen", new ReopenCase("Revenue avec une autre question."));

        var types = (await Stream(caseId)).Select(e => e.Data.GetType()).ToList();
        types.ShouldBe([typeof(CasePosted), typeof(CaseReferred), typeof(ReferralFollowedUp), typeof(CaseClosed), typeof(CaseReopened)]);
        var view = await Host.GetAsync<CaseView>(Facilitator(), $"/api/cases/{caseId}");
        view.Case.Status.ShouldBe(CaseStatus.Open);
        view.Case.Referral!.Outcome.ShouldBe(ReferralOutcome.Helped);

        var before = await EventCount();
        await Send(Facilitator(), s =>
        {
            s.Post.Json(new ReopenCase(null)).ToUrl($"/api/cases/{caseId}/reopen");
            s.StatusCodeShouldBe(409);
        });
        (await EventCount()).ShouldBe(before);
    }

    [Fact]
    public async Task Referring_to_an_inactive_partner_is_409_and_to_an_unknown_one_404()
    {
        var scene = await CaseScene.SetUp(Host, Coordinator());
        var caseId = await Host.PostCaseAsync(Facilitator(), scene.Group, CaseScene.ItsmeCase(scene.Samira));
        await Host.SendAsync(Coordinator(), $"/api/partners/{scene.Partner}/deactivate", new DeactivatePartner("Fermé pour travaux"));
        var before = await EventCount();

        await Send(Facilitator(), s =>
        {
            s.Post.Json(new ReferCase(scene.Partner, "x")).ToUrl($"/api/cases/{caseId}/refer");
            s.StatusCodeShouldBe(409);
        });
        await Send(Facilitator(), s =>
        {
            s.Post.Json(new ReferCase(Guid.NewGuid(), "x")).ToUrl($"/api/cases/{caseId}/refer");
            s.StatusCodeShouldBe(404);
        });
        (await EventCount()).ShouldBe(before);
    }

    [Fact]
    public async Task A_case_reveals_a_learning_need_linked_both_ways_and_its_pairing_shows_in_the_chain()
    {
        var scene = await CaseScene.SetUp(Host, Coordinator());
        var caseId = await Host.PostCaseAsync(Facilitator(), scene.Group, CaseScene.ItsmeCase(scene.Samira));

        var answer = await Host.SendAsync(Facilitator(), $"/api/cases/{caseId}/learning-needs",
            new RevealLearningNeed("log-in-with-itsme", NeedPriority.High, null));
        var needId = answer.CreatedId!.Value;

        (await Stream(caseId)).Last().Data.ShouldBe(new CaseRevealedNeed(caseId, scene.Samira, needId, "log-in-with-itsme"));
        (await Stream(scene.Samira)).Last().Data.ShouldBe(
            new LearningNeedDeclared(scene.Samira, needId, "log-in-with-itsme", NeedPriority.High, null, caseId));

        await Host.OfferAsync(Coordinator(), scene.Jean, "log-in-with-itsme", 5);
        var pairing = await Host.CreateAsync(Facilitator(), "/api/pairings", new Domain.Pairings.ProposePairing(null, needId, scene.Jean));
        var view = await Host.GetAsync<CaseView>(Facilitator(), $"/api/cases/{caseId}");
        view.Needs.Single().Pairings.Single().PairingId.ShouldBe(pairing);

        // The same need twice is the participant's decision to refuse: nothing on either stream.
        var before = await EventCount();
        await Send(Facilitator(), s =>
        {
            s.Post.Json(new RevealLearningNeed("log-in-with-itsme", NeedPriority.Low, null)).ToUrl($"/api/cases/{caseId}/learning-needs");
            s.StatusCodeShouldBe(409);
        });
        (await EventCount()).ShouldBe(before);
    }

    [Fact]
    public async Task Peer_help_within_a_pairing_counts_the_pairings_helper()
    {
        var scene = await CaseScene.SetUp(Host, Coordinator());
        var caseId = await Host.PostCaseAsync(Facilitator(), scene.Group, CaseScene.ItsmeCase(scene.Samira));
        var needId = (await Host.SendAsync(Facilitator(), $"/api/cases/{caseId}/learning-needs",
            new RevealLearningNeed("log-in-with-itsme", NeedPriority.High, null))).CreatedId!.Value;
        await Host.OfferAsync(Coordinator(), scene.Jean, "log-in-with-itsme", 5);
        var pairing = await Host.CreateAsync(Facilitator(), "/api/pairings", new Domain.Pairings.ProposePairing(null, needId, scene.Jean));

        await Host.SendAsync(Facilitator(), $"/api/cases/{caseId}/accompaniments", CaseScene.Accompaniment(pairing: pairing));

        var accompanied = (await Stream(caseId)).Select(e => e.Data).OfType<CaseAccompanied>().Single().Accompaniment;
        accompanied.PeerHelperIds.ShouldBe([scene.Jean]);
        accompanied.StaffIds.ShouldBeEmpty();
    }

    [Fact]
    public async Task The_board_lists_open_cases_most_urgent_first_with_who_they_are_for()
    {
        var scene = await CaseScene.SetUp(Host, Coordinator());
        var normal = await Host.PostCaseAsync(Facilitator(), scene.Group, CaseScene.ItsmeCase(scene.Samira));
        var dueSoon = await Host.PostCaseAsync(Facilitator(), scene.Group, CaseScene.ItsmeCase(scene.Jean, Urgency.High, ApiFixture.Today.AddDays(2)));
        var dueLater = await Host.PostCaseAsync(Facilitator(), scene.Group, CaseScene.ItsmeCase(scene.Samira, Urgency.High, ApiFixture.Today.AddDays(9)));
        var urgent = await Host.PostCaseAsync(Facilitator(), scene.Group, CaseScene.ItsmeCase(scene.Jean, Urgency.Urgent));
        var closed = await Host.PostCaseAsync(Facilitator(), scene.Group, CaseScene.ItsmeCase(scene.Jean, Urgency.Urgent));
        await Host.SendAsync(Facilitator(), $"/api/cases/{closed}/close", new CloseCase("Doublon"));

        var board = await Host.GetAsync<IReadOnlyList<CaseCard>>(Facilitator(), $"/api/groups/{scene.Group}/cases");

        board.Select(c => c.Case.Id).ShouldBe([urgent, dueSoon, dueLater, normal]);
        board[0].PersonName.ShouldBe("Jean");
        (await Host.GetAsync<IReadOnlyList<CaseCard>>(Facilitator(), $"/api/groups/{scene.Group}/cases?status=closed"))
            .Single().Case.Id.ShouldBe(closed);
    }

    [Fact]
    public async Task Activity_counts_requests_minutes_and_endings_and_as_of_a_past_day_sees_nothing_yet()
    {
        var scene = await CaseScene.SetUp(Host, Coordinator());
        var resolved = await Host.PostCaseAsync(Facilitator(), scene.Group, CaseScene.ItsmeCase(scene.Samira));
        await Host.SendAsync(Facilitator(), $"/api/cases/{resolved}/accompaniments", CaseScene.Accompaniment(40));
        await Host.SendAsync(Facilitator(), $"/api/cases/{resolved}/resolve", new ResolveCase(["x"], Autonomy.DoneAlone, null));
        var referred = await Host.PostCaseAsync(Facilitator(), scene.Group, CaseScene.ItsmeCase(scene.Jean));
        await Host.SendAsync(Facilitator(), $"/api/cases/{referred}/accompaniments", CaseScene.Accompaniment(20));
        await Host.SendAsync(Facilitator(), $"/api/cases/{referred}/refer", new ReferCase(scene.Partner, "eID"));
        await Host.PostCaseAsync(Facilitator(), scene.Group, CaseScene.ItsmeCase(scene.Jean));

        var activity = await Host.GetAsync<CaseActivity>(Facilitator(), $"/api/groups/{scene.Group}/case-activity");
        activity.ShouldBe(new CaseActivity(3, 2, 60, 1, 1, 1, 0, new AutonomyCounts(0, 0, 1), new ReferralCounts(0, 0, 0, 1)));

        var yesterday = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1);
        (await Host.GetAsync<CaseActivity>(Facilitator(), $"/api/groups/{scene.Group}/case-activity?asOf={yesterday:yyyy-MM-dd}")).Requests.ShouldBe(0);
        (await Host.GetAsync<CaseActivity>(Facilitator(), $"/api/groups/{scene.Group}/case-activity?asOf={yesterday.AddDays(1):yyyy-MM-dd}"))
            .ShouldBe(activity);
    }

    [Fact]
    public async Task The_timeline_says_what_happened_and_who_did_it()
    {
        var scene = await CaseScene.SetUp(Host, Coordinator());
        var caseId = await Host.PostCaseAsync(Facilitator(), scene.Group, CaseScene.ItsmeCase(scene.Samira));
        await Host.SendAsync(Facilitator(), $"/api/cases/{caseId}/accompaniments", CaseScene.Accompaniment());

        var timeline = await Host.GetAsync<IReadOnlyList<HistoryEntry>>(Facilitator(), $"/api/cases/{caseId}/timeline");

        timeline.Select(e => e.Type).ShouldBe(["case_posted", "case_accompanied"]);
        timeline.ShouldAllBe(e => e.By == CaseScene.Facilitator);
    }
}
