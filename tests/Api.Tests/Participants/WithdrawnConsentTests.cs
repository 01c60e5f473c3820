using Alba;
using LivingLibrary.Api.Evaluations;
using LivingLibrary.Api.Loans;
using LivingLibrary.Api.Pairings;
using LivingLibrary.Api.Tests.Cases;
using LivingLibrary.Api.Tests.Evaluations;
using LivingLibrary.Api.Tests.Loans;
using LivingLibrary.Api.Tests.Pairings;
using LivingLibrary.Api.Tests.Support;
using LivingLibrary.Domain.Evaluations;
using LivingLibrary.Domain.Pairings;
using LivingLibrary.Domain.Pairings.Suggestions;
using LivingLibrary.Domain.Participants;
using LivingLibrary.Projections.Pairings;

namespace LivingLibrary.Api.Tests.Participants;

/// <summary>
/// While a person's consent is withdrawn nothing new is processed about them — no suggestion, pairing, named answers,
/// loan or case, each refused by the decision with 409 — and what exists stays and still counts (docs/adr/0012).
/// </summary>
public sealed class WithdrawnConsentTests(ApiFixture fixture) : ApiTest(fixture)
{
    private string Amina() => Facilitator(PairingScene.Facilitator);

    private Task Withdraw(Guid participant) =>
        Host.SendAsync(Amina(), $"/api/participants/{participant}/consent/withdraw", new WithdrawConsent(null));

    private Task ConsentAgain(Guid participant) =>
        Host.SendAsync(Amina(), $"/api/participants/{participant}/consent", new RecordConsent("notice-2026-fr", ApiFixture.Today, 2));

    /// <summary>The request is refused with 409 in the decision's words, and nothing is appended.</summary>
    private async Task<string> Conflict(string url, object body)
    {
        var before = await EventCount();
        var result = await Send(Amina(), s =>
        {
            s.Post.Json(body).ToUrl(url);
            s.StatusCodeShouldBe(409);
        });
        (await EventCount()).ShouldBe(before, url);
        return (await result.ReadAsJsonAsync<ValidationProblem>())!.Detail!;
    }

    private static IEnumerable<Guid> People(SuggestionView s) =>
        s.Pairs.SelectMany(p => new[] { p.LearnerId, p.HelperId }).Concat(s.Unmatched.Select(u => u.LearnerId));

    [Fact]
    public async Task Suggestions_leave_out_a_learner_and_helpers_who_withdrew_and_take_them_again_once_they_consent_again()
    {
        var scene = await PairingScene.SetUp(Host, Coordinator(), Amina());
        (await Host.SuggestAsync(Amina(), scene.Group)).Pairs.ShouldContain(p => p.LearnerId == scene.Jean);

        await Withdraw(scene.Jean);
        var withoutJean = await Host.SuggestAsync(Amina(), scene.Group);
        People(withoutJean).ShouldNotContain(scene.Jean);
        withoutJean.Unmatched.ShouldNotContain(u => u.NeedId == scene.JeanNeed, "nobody seeks help for a need of someone who withdrew");
        await ViewsCaughtUp();
        (await Host.GetAsync<UnmatchedNeedEntry[]>(Amina(), $"/api/groups/{scene.Group}/unmatched-needs")).ShouldNotContain(n => n.LearnerId == scene.Jean);

        await ConsentAgain(scene.Jean);
        await Withdraw(scene.Samira);
        await Withdraw(scene.Lucie);
        var withoutHelpers = await Host.SuggestAsync(Amina(), scene.Group);
        People(withoutHelpers).ShouldNotContain(scene.Samira);
        People(withoutHelpers).ShouldNotContain(scene.Lucie);
        withoutHelpers.Unmatched.Single(u => u.NeedId == scene.JeanNeed).Reason.ShouldBeOfType<NobodyOffersSubject>();

        await ConsentAgain(scene.Samira);
        await ConsentAgain(scene.Lucie);
        var again = await Host.SuggestAsync(Amina(), scene.Group);
        again.Pairs.Single(p => p.NeedId == scene.JeanNeed).HelperId.ShouldBeOneOf(scene.Samira, scene.Lucie);
    }

    [Fact]
    public async Task Proposing_a_pairing_with_someone_who_withdrew_is_409_from_a_suggestion_made_before_or_as_the_facilitators_own()
    {
        var scene = await PairingScene.SetUp(Host, Coordinator(), Amina());
        var before = await Host.SuggestAsync(Amina(), scene.Group);

        await Withdraw(scene.Jean);
        (await Conflict("/api/pairings", new ProposePairing(before.SuggestionId, scene.JeanNeed, null))).ShouldStartWith("The learner withdrew their consent");

        await ConsentAgain(scene.Jean);
        await Withdraw(scene.Samira);
        (await Conflict("/api/pairings", new ProposePairing(null, scene.JeanNeed, scene.Samira))).ShouldStartWith("The helper withdrew their consent");
        await Host.ProposeAsync(Amina(), new ProposePairing(null, scene.JeanNeed, scene.Lucie));
    }

    [Fact]
    public async Task A_pairing_started_before_the_withdrawal_stays_and_still_counts()
    {
        var scene = await PairingScene.SetUp(Host, Coordinator(), Amina());
        var pairing = await Host.StartAsync(Amina(), scene.JeanNeed, scene.Lucie);

        await Withdraw(scene.Jean);
        await ViewsCaughtUp();

        (await Host.GetAsync<GroupPairingStats[]>(Coordinator(), "/api/pairings/stats")).Single().Started.ShouldBe(1);
        (await Stream(pairing)).ShouldNotBeEmpty();
    }

    [Fact]
    public async Task Named_answers_of_someone_who_withdrew_are_409_and_the_answers_given_before_still_count()
    {
        var scene = await EvaluationScene.SetUp(Host, Coordinator(), people: 4);
        var campaign = await scene.OpenAsync(Host, Amina(), AnswerMode.Named);
        var answers = EvaluationScene.AnswersTo(await EvaluationScene.SheetAsync(Host, Amina(), campaign));
        foreach (var person in scene.People.Take(3))
            await Host.SendAsync(Amina(), $"/api/campaigns/{campaign}/answers", new RecordNamedAnswers(person, answers, false));

        await Withdraw(scene.People[3]);
        await Withdraw(scene.People[0]);

        (await Conflict($"/api/campaigns/{campaign}/answers", new RecordNamedAnswers(scene.People[3], answers, false)))
            .ShouldStartWith("The participant withdrew their consent");
        (await Host.GetAsync<CampaignOutcome>(Amina(), $"/api/campaigns/{campaign}/results")).Results.Respondents.Value.ShouldBe(3);
    }

    [Fact]
    public async Task Lending_a_device_to_someone_who_withdrew_is_409_and_the_device_they_have_can_still_come_back()
    {
        var scene = await LoanScene.SetUp(Host, Coordinator());
        await Host.SendAsync(Amina(), $"/api/devices/{scene.Laptop}/lend", LoanScene.To(scene.Samira));

        await Withdraw(scene.Samira);

        (await Conflict($"/api/devices/{scene.Tablet}/lend", LoanScene.To(scene.Samira))).ShouldStartWith("The participant withdrew their consent");
        (await Host.GetAsync<BorrowerLoan[]>(Amina(), $"/api/participants/{scene.Samira}/loans")).ShouldHaveSingleItem().DeviceId.ShouldBe(scene.Laptop);
        await Host.SendAsync(Amina(), $"/api/devices/{scene.Laptop}/return", LoanScene.Back());
    }

    [Fact]
    public async Task Posting_a_case_for_someone_who_withdrew_is_409()
    {
        var scene = await CaseScene.SetUp(Host, Coordinator());

        await Withdraw(scene.Samira);

        (await Conflict($"/api/groups/{scene.Group}/cases", CaseScene.ItsmeCase(scene.Samira))).ShouldStartWith("The participant withdrew their consent");
        await Host.PostCaseAsync(Amina(), scene.Group, CaseScene.ItsmeCase(scene.Jean));
    }
}
