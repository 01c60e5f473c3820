using Alba;
using LivingLibrary.Api.Cases;
using LivingLibrary.Api.Evaluations;
using LivingLibrary.Api.Platform;
using LivingLibrary.Api.Tests.Cases;
using LivingLibrary.Api.Tests.Evaluations;
using LivingLibrary.Api.Tests.Pairings;
using LivingLibrary.Api.Tests.Support;
using LivingLibrary.Domain;
using LivingLibrary.Domain.Cases;
using LivingLibrary.Domain.Evaluations;
using LivingLibrary.Domain.Pairings;

namespace LivingLibrary.Api.Tests.Corrections;

/// <summary>
/// Correcting and voiding through the API: the event is appended with who (the token's user) and why; the views count
/// the corrected values and leave out the voided ones; the first record stays in the history. Refusals append nothing:
/// bad fields 400, an unknown or empty id 404, another organisation 404, voiding twice 409.
/// </summary>
public sealed class CorrectionEndpointTests(ApiFixture fixture) : ApiTest(fixture)
{
    private string Amina => Facilitator(PairingScene.Facilitator);

    private async Task Refused(string token, string url, object body, int status)
    {
        var before = await EventCount();
        await Send(token, s =>
        {
            s.Post.Json(body).ToUrl(url);
            s.StatusCodeShouldBe(status);
        });
        (await EventCount()).ShouldBe(before, url);
    }

    [Fact]
    public async Task A_help_session_is_corrected_and_voided_with_who_and_why_and_the_history_keeps_the_first_record()
    {
        var scene = await PairingScene.SetUp(Host, Coordinator(), Amina);
        var pairing = await Host.StartAsync(Amina, scene.JeanNeed, scene.Samira);
        await Host.SendAsync(Amina, $"/api/pairings/{pairing}/sessions", new LogHelpSession(ApiFixture.Today, 30, "bills", LearnerFeeling.Fine));
        await Host.SendAsync(Amina, $"/api/pairings/{pairing}/sessions", new LogHelpSession(ApiFixture.Today, 45, "bank", LearnerFeeling.Fine));
        var sessions = (await Host.GetAsync<Pairing>(Amina, $"/api/pairings/{pairing}")).Sessions.Select(s => s.Id).ToList();
        sessions.ShouldAllBe(id => id != Guid.Empty);

        await Host.SendAsync(Amina, $"/api/pairings/{pairing}/sessions/{sessions[0]}/correct",
            new CorrectHelpSession(ApiFixture.Today, 90, "bills", LearnerFeeling.Confident, CorrectionReason.TypingMistake, "90, not 30"));
        (await Stream(pairing)).Last().Data.ShouldBe(new HelpSessionCorrected(pairing, sessions[0], ApiFixture.Today, 90, "bills", LearnerFeeling.Confident,
            new Correction(PairingScene.Facilitator, CorrectionReason.TypingMistake, "90, not 30")));
        await Host.SendAsync(Amina, $"/api/pairings/{pairing}/sessions/{sessions[1]}/void", new VoidHelpSession(CorrectionReason.Duplicate, null));
        (await Stream(pairing)).Last().Data.ShouldBe(new HelpSessionVoided(pairing, sessions[1], new Correction(PairingScene.Facilitator, CorrectionReason.Duplicate, null)));

        (await Host.GetAsync<Pairing>(Amina, $"/api/pairings/{pairing}")).Sessions.Select(s => (s.Id, s.DurationMinutes)).ShouldBe([(sessions[0], 90)]);
        var history = (await Host.GetAsync<HistoryEntry[]>(Amina, $"/api/pairings/{pairing}/history")).Select(h => h.Type).ToList();
        history.TakeLast(4).ShouldBe(["help_session_logged", "help_session_logged", "help_session_corrected", "help_session_voided"]);

        var url = $"/api/pairings/{pairing}/sessions";
        await Refused(Amina, $"{url}/{sessions[1]}/void", new VoidHelpSession(CorrectionReason.Duplicate, null), 409);
        await Refused(Amina, $"{url}/{Guid.NewGuid()}/void", new VoidHelpSession(CorrectionReason.Duplicate, null), 404);
        await Refused(Amina, $"{url}/{Guid.Empty}/void", new VoidHelpSession(CorrectionReason.Duplicate, null), 404);
        await Refused(Amina, $"{url}/{sessions[0]}/void", new VoidHelpSession(null, null), 400);
        await Refused(Amina, $"{url}/{sessions[0]}/correct", new CorrectHelpSession(null, 0, "", null, CorrectionReason.Other, null), 400);
        await Refused(Coordinator(OrgB), $"{url}/{sessions[0]}/void", new VoidHelpSession(CorrectionReason.Duplicate, null), 404);
        await Refused(Facilitator("facilitator-2"), $"{url}/{sessions[0]}/void", new VoidHelpSession(CorrectionReason.Duplicate, null), 404);
    }

    [Fact]
    public async Task A_refusal_names_every_field_at_fault_and_what_is_expected()
    {
        var scene = await PairingScene.SetUp(Host, Coordinator(), Amina);
        var pairing = await Host.StartAsync(Amina, scene.JeanNeed, scene.Samira);
        await Host.SendAsync(Amina, $"/api/pairings/{pairing}/sessions", new LogHelpSession(ApiFixture.Today, 30, "bills", LearnerFeeling.Fine));
        var session = (await Host.GetAsync<Pairing>(Amina, $"/api/pairings/{pairing}")).Sessions.Single().Id;

        var result = await Send(Amina, s =>
        {
            s.Post.Json(new CorrectHelpSession(null, 0, null, null, CorrectionReason.Other, null)).ToUrl($"/api/pairings/{pairing}/sessions/{session}/correct");
            s.StatusCodeShouldBe(400);
        });
        var problem = (await result.ReadAsJsonAsync<ValidationProblem>())!;
        problem.Errors.Keys.ShouldBe(["heldOn", "durationMinutes", "workedOn", "learnerFelt", "explanation"], ignoreOrder: true);
        problem.Errors["explanation"].ShouldBe(["is required."]);
    }

    [Fact]
    public async Task A_case_and_its_accompaniments_are_corrected_and_voided_and_a_voided_case_counts_nowhere()
    {
        var scene = await CaseScene.SetUp(Host, Coordinator());
        var amina = Facilitator(CaseScene.Facilitator);
        var problem = await Host.PostCaseAsync(amina, scene.Group, CaseScene.ItsmeCase(scene.Samira));
        var other = await Host.PostCaseAsync(amina, scene.Group, CaseScene.ItsmeCase(scene.Jean));
        var first = (await Host.SendAsync(amina, $"/api/cases/{problem}/accompaniments", CaseScene.Accompaniment(30))).CreatedId!.Value;
        var second = (await Host.SendAsync(amina, $"/api/cases/{problem}/accompaniments", CaseScene.Accompaniment(20))).CreatedId!.Value;

        await Host.SendAsync(amina, $"/api/cases/{problem}/accompaniments/{first}/correct", new CorrectAccompaniment(ApiFixture.Today, 60, Setting.Remote,
            DeviceUsed.OwnPhone, ProcedureProgress.Done, null, null, CorrectionReason.TypingMistake, null));
        (await Stream(problem)).Last().Data.ShouldBeOfType<AccompanimentCorrected>().Why.By.ShouldBe(CaseScene.Facilitator);
        await Host.SendAsync(amina, $"/api/cases/{problem}/accompaniments/{second}/void", new VoidAccompaniment(CorrectionReason.DidNotHappen, null));
        (await Host.GetAsync<CaseActivity>(amina, $"/api/groups/{scene.Group}/case-activity")).Minutes.ShouldBe(60);

        await Host.SendAsync(amina, $"/api/cases/{problem}/correct", new CorrectCase("Activer itsme sur le téléphone", "itsme", "login-and-identity", null,
            Urgency.High, null, CorrectionReason.TypingMistake, null));
        (await Host.GetAsync<CaseView>(amina, $"/api/cases/{problem}")).Case.Details.Urgency.ShouldBe(Urgency.High);
        await Host.SendAsync(amina, $"/api/cases/{other}/void", new VoidCase(CorrectionReason.WrongPerson, "Jean had no such request"));
        (await Stream(other)).Last().Data.ShouldBe(new CaseVoided(other, new Correction(CaseScene.Facilitator, CorrectionReason.WrongPerson, "Jean had no such request")));
        var activity = await Host.GetAsync<CaseActivity>(amina, $"/api/groups/{scene.Group}/case-activity");
        (activity.Requests, activity.Open).ShouldBe((1, 1));
        (await Host.GetAsync<HistoryEntry[]>(amina, $"/api/cases/{problem}/timeline")).Select(h => h.Type).ShouldBe(
            ["case_posted", "case_accompanied", "case_accompanied", "accompaniment_corrected", "accompaniment_voided", "case_corrected"]);

        await Refused(amina, $"/api/cases/{other}/void", new VoidCase(CorrectionReason.WrongPerson, null), 409);
        await Refused(amina, $"/api/cases/{other}/reopen", new ReopenCase(null), 409);
        await Refused(amina, $"/api/cases/{problem}/accompaniments/{second}/void", new VoidAccompaniment(CorrectionReason.Duplicate, null), 409);
        await Refused(amina, $"/api/cases/{problem}/accompaniments/{Guid.Empty}/void", new VoidAccompaniment(CorrectionReason.Duplicate, null), 404);
        await Refused(amina, $"/api/cases/{Guid.Empty}/void", new VoidCase(CorrectionReason.Duplicate, null), 404);
        await Refused(amina, $"/api/cases/{problem}/correct", new CorrectCase(null, "nope", null, null, null, null, null, null), 400);
        await Refused(Coordinator(OrgB), $"/api/cases/{problem}/void", new VoidCase(CorrectionReason.Duplicate, null), 404);
        await Refused(Coordinator(OrgB), $"/api/cases/{problem}/accompaniments/{first}/void", new VoidAccompaniment(CorrectionReason.Duplicate, null), 404);
    }

    [Fact]
    public async Task Named_answers_are_corrected_and_voided_and_a_closed_campaign_reopens()
    {
        var scene = await EvaluationScene.SetUp(Host, Coordinator(), people: 2);
        var amina = Facilitator(EvaluationScene.Facilitator);
        var campaign = await scene.OpenAsync(Host, amina, AnswerMode.Named);
        var sheet = await EvaluationScene.SheetAsync(Host, amina, campaign);
        foreach (var person in scene.People)
            await Host.SendAsync(amina, $"/api/campaigns/{campaign}/answers", new RecordNamedAnswers(person, EvaluationScene.AnswersTo(sheet, satisfied: 2), false));

        await Host.SendAsync(amina, $"/api/campaigns/{campaign}/answers/{scene.People[0]}/correct",
            new CorrectNamedAnswers(EvaluationScene.AnswersTo(sheet, satisfied: 5), false, CorrectionReason.TypingMistake, null));
        (await Stream(campaign)).Last().Data.ShouldBeOfType<NamedAnswersCorrected>().ParticipantId.ShouldBe(scene.People[0]);
        await Host.SendAsync(amina, $"/api/campaigns/{campaign}/answers/{scene.People[1]}/void", new VoidNamedAnswers(CorrectionReason.WrongPerson, null));
        var results = (await Host.GetAsync<CampaignOutcome>(amina, $"/api/campaigns/{campaign}/results")).Results;
        results.Respondents.Value.ShouldBe(1);
        results.Questions.Single(q => q.Question == "satisfaction-overall").Mean!.Value.ShouldBe(5);

        await Refused(amina, $"/api/campaigns/{campaign}/answers/{scene.People[1]}/void", new VoidNamedAnswers(CorrectionReason.WrongPerson, null), 409);
        await Refused(amina, $"/api/campaigns/{campaign}/answers/{Guid.NewGuid()}/void", new VoidNamedAnswers(CorrectionReason.WrongPerson, null), 404);
        await Refused(amina, $"/api/campaigns/{campaign}/answers/{scene.People[0]}/correct", new CorrectNamedAnswers([], null, null, null), 400);
        await Refused(Coordinator(OrgB), $"/api/campaigns/{campaign}/answers/{scene.People[0]}/void", new VoidNamedAnswers(CorrectionReason.WrongPerson, null), 404);

        await Host.SendAsync(amina, $"/api/campaigns/{campaign}/close", new { });
        await Refused(amina, $"/api/campaigns/{campaign}/reopen", new ReopenCampaign(ApiFixture.Today.AddDays(-1)), 400);
        await Refused(Coordinator(OrgB), $"/api/campaigns/{campaign}/reopen", new ReopenCampaign(null), 404);
        await Host.SendAsync(amina, $"/api/campaigns/{campaign}/reopen", new ReopenCampaign(ApiFixture.Today.AddDays(3)));
        (await Stream(campaign)).Last().Data.ShouldBe(new CampaignReopened(campaign, ApiFixture.Today, ApiFixture.Today.AddDays(3)));
        await Host.SendAsync(amina, $"/api/campaigns/{campaign}/answers", new RecordNamedAnswers(scene.People[1], EvaluationScene.AnswersTo(sheet), false));
    }
}
