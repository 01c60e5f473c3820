using System.Net;
using LivingLibrary.Api.Platform;
using LivingLibrary.Api.Tests.Cases;
using LivingLibrary.Api.Tests.Evaluations;
using LivingLibrary.Api.Tests.Pairings;
using LivingLibrary.Api.Tests.Support;
using LivingLibrary.Domain;
using LivingLibrary.Domain.Cases;
using LivingLibrary.Domain.Evaluations;
using LivingLibrary.Domain.Pairings;

namespace LivingLibrary.Api.Tests.Console;

/// <summary>
/// Corrections through the console: links beside each record lead to a form or a confirmation page of its own (GET says
/// what will happen, POST sends the API's command, no script needed); each reads the event store: the event on success,
/// nothing on a refusal; another organisation's or group's records are 404.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class CorrectionPagesTests(ApiFixture fixture) : ApiTest(fixture)
{
    private Task<ConsoleClient> As(string userId, string organisation = OrgA) =>
        ConsoleClient.SignInAsync(Host, userId, organisation, Security.FacilitatorRole);

    [Fact]
    public async Task A_help_session_is_corrected_and_voided_from_links_beside_it_and_the_pairing_counts_the_correction()
    {
        var scene = await PairingScene.SetUp(Host, Coordinator(), Facilitator(PairingScene.Facilitator));
        var pairing = await Host.StartAsync(Facilitator(PairingScene.Facilitator), scene.JeanNeed, scene.Samira);
        await Host.SendAsync(Coordinator(), $"/api/pairings/{pairing}/sessions", new LogHelpSession(ApiFixture.Today, 30, "bills", LearnerFeeling.Fine));
        await Host.SendAsync(Coordinator(), $"/api/pairings/{pairing}/sessions", new LogHelpSession(ApiFixture.Today, 45, "bank", LearnerFeeling.Fine));
        var amina = await As(PairingScene.Facilitator);
        var rows = (await amina.GetAsync($"/console/pairings/{pairing}")).Document.QuerySelectorAll("#sessions tbody tr");
        var correct = rows[0].QuerySelectorAll("a")[0].GetAttribute("href")!;
        var voiding = rows[1].QuerySelectorAll("a")[1].GetAttribute("href")!;
        correct.ShouldStartWith($"/console/correct/session/{pairing}?part=");
        voiding.ShouldStartWith($"/console/confirm/void-session/{pairing}?part=");

        var form = await amina.GetAsync(correct);
        form.Document.QuerySelector("#f-durationMinutes")!.GetAttribute("value").ShouldBe("30", "the form holds the session as counted now");
        var before = await EventCount();
        var refused = await amina.SubmitAsync(correct, ("heldOn", ApiFixture.Today.ToString("yyyy-MM-dd")), ("durationMinutes", "90"), ("workedOn", "bills"),
            ("learnerFelt", "confident"), ("reason", "other"));
        refused.Status.ShouldBe(HttpStatusCode.BadRequest);
        refused.ErrorOf("explanation").ShouldNotBeNull();
        (await EventCount()).ShouldBe(before);

        var saved = await amina.SubmitAsync(correct, ("heldOn", ApiFixture.Today.ToString("yyyy-MM-dd")), ("durationMinutes", "90"), ("workedOn", "bills"),
            ("learnerFelt", "confident"), ("reason", "typingMistake"));
        saved.Location.ShouldBe($"/console/pairings/{pairing}?saved=true#message");
        var corrected = (await Stream(pairing)).Last().Data.ShouldBeOfType<HelpSessionCorrected>();
        (corrected.DurationMinutes, corrected.Why).ShouldBe((90, new Correction(PairingScene.Facilitator, CorrectionReason.TypingMistake, null)));

        var asks = await amina.GetAsync(voiding);
        asks.Status.ShouldBe(HttpStatusCode.OK);
        asks.Document.QuerySelector("form#confirm")!.GetAttribute("method").ShouldBe("post");
        asks.Document.QuerySelectorAll("script:not([src])").Length.ShouldBe(0);
        (await Stream(pairing)).Last().Data.ShouldBeOfType<HelpSessionCorrected>("asking records nothing");
        before = await EventCount();
        (await amina.SubmitAsync(voiding)).Status.ShouldBe(HttpStatusCode.BadRequest, "a reason is required");
        (await EventCount()).ShouldBe(before);
        (await amina.SubmitAsync(voiding, ("reason", "duplicate"))).Status.ShouldBe(HttpStatusCode.Redirect);
        (await Stream(pairing)).Last().Data.ShouldBeOfType<HelpSessionVoided>();
        (await amina.GetAsync(voiding)).Status.ShouldBe(HttpStatusCode.NotFound, "a voided session is not there to void again");
        var shown = await amina.GetAsync($"/console/pairings/{pairing}");
        shown.Document.QuerySelectorAll("#sessions tbody tr").Select(r => r.QuerySelectorAll("td")[0].TextContent).ShouldBe(["90"]);

        var elsewhere = await As(PairingScene.Facilitator, OrgB);
        var stranger = await As("facilitator-2");
        foreach (var client in new[] { elsewhere, stranger })
        {
            (await client.GetAsync(correct)).Status.ShouldBe(HttpStatusCode.NotFound);
            (await client.GetAsync($"/console/confirm/end-pairing/{pairing}")).Status.ShouldBe(HttpStatusCode.NotFound);
        }
    }

    [Fact]
    public async Task A_case_and_an_accompaniment_are_corrected_and_voided_and_the_timeline_shows_both_records()
    {
        var scene = await CaseScene.SetUp(Host, Coordinator());
        var problem = await Host.PostCaseAsync(Coordinator(), scene.Group, CaseScene.ItsmeCase(scene.Samira));
        var accompaniment = (await Host.SendAsync(Coordinator(), $"/api/cases/{problem}/accompaniments", CaseScene.Accompaniment(30))).CreatedId!.Value;
        var amina = await As(CaseScene.Facilitator);
        var page = $"/console/cases/{problem}";

        var links = (await amina.GetAsync(page)).Document.QuerySelectorAll("#accompaniments tbody a").Select(a => a.GetAttribute("href")).ToList();
        links.ShouldBe([$"/console/correct/accompaniment/{problem}?part={accompaniment}", $"/console/confirm/void-accompaniment/{problem}?part={accompaniment}"]);
        (await amina.SubmitAsync(links[0]!, ("on", ApiFixture.Today.ToString("yyyy-MM-dd")), ("minutes", "50"), ("setting", "remote"), ("device", "ownPhone"),
            ("progress", "done"), ("reason", "typingMistake"))).Status.ShouldBe(HttpStatusCode.Redirect);
        (await Stream(problem)).Last().Data.ShouldBeOfType<AccompanimentCorrected>().Accompaniment.Minutes.ShouldBe(50);

        var before = await EventCount();
        var bad = await amina.SubmitAsync($"/console/correct/case/{problem}", ("goal", ""), ("service", "itsme"), ("difficulty", "login-and-identity"), ("reason", "typingMistake"));
        bad.Status.ShouldBe(HttpStatusCode.BadRequest);
        bad.ErrorOf("goal").ShouldNotBeNull();
        (await EventCount()).ShouldBe(before);
        (await amina.SubmitAsync($"/console/correct/case/{problem}", ("goal", "Activer itsme sur le téléphone"), ("service", "itsme"),
            ("difficulty", "login-and-identity"), ("urgency", "high"), ("reason", "typingMistake"))).Status.ShouldBe(HttpStatusCode.Redirect);
        (await Stream(problem)).Last().Data.ShouldBeOfType<CaseCorrected>().Details.Urgency.ShouldBe(Urgency.High);

        (await amina.SubmitAsync($"/console/confirm/void-case/{problem}", ("reason", "wrongPerson"), ("explanation", "Jean's, not Samira's")))
            .Location.ShouldBe($"/console/cases/{problem}?saved=true#message");
        (await Stream(problem)).Last().Data.ShouldBe(new CaseVoided(problem, new Correction(CaseScene.Facilitator, CorrectionReason.WrongPerson, "Jean's, not Samira's")));
        var voided = await amina.GetAsync(page);
        voided.Document.QuerySelector("#case-status")!.TextContent.ShouldBe("Voided");
        voided.Document.QuerySelector("#case-corrections").ShouldBeNull("a voided case takes no more corrections");
        var timeline = voided.Text;
        timeline.ShouldContain("Accompaniment corrected");
        timeline.ShouldContain("Case voided");
        (await amina.GetAsync($"/console/confirm/void-case/{problem}")).Status.ShouldBe(HttpStatusCode.OK);
        before = await EventCount();
        (await amina.SubmitAsync($"/console/confirm/void-case/{problem}", ("reason", "wrongPerson"))).Status.ShouldBe(HttpStatusCode.Conflict, "voiding twice");
        (await EventCount()).ShouldBe(before);

        (await (await As(CaseScene.Facilitator, OrgB)).GetAsync($"/console/correct/case/{problem}")).Status.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Named_answers_are_corrected_and_voided_and_a_closed_evaluation_reopens_on_a_page_that_asks_first()
    {
        var scene = await EvaluationScene.SetUp(Host, Coordinator(), people: 1);
        var campaign = await scene.OpenAsync(Host, Coordinator(), AnswerMode.Named);
        var sheet = await EvaluationScene.SheetAsync(Host, Coordinator(), campaign);
        await Host.SendAsync(Coordinator(), $"/api/campaigns/{campaign}/answers", new RecordNamedAnswers(scene.People[0], EvaluationScene.AnswersTo(sheet), false));
        var amina = await As(EvaluationScene.Facilitator);
        var page = $"/console/campaigns/{campaign}";
        var links = (await amina.GetAsync(page)).Document.QuerySelectorAll("#named-answers-list a").Select(a => a.GetAttribute("href")!).ToList();
        links.ShouldBe([$"/console/correct/answers/{campaign}?part={scene.People[0]}", $"/console/confirm/void-answers/{campaign}?part={scene.People[0]}"]);

        var form = (await amina.GetAsync(links[0])).Document;
        var satisfaction = sheet.Questions.Select((q, i) => (q, i)).First(x => x.q.Kind == QuestionKind.Satisfaction).i;
        form.QuerySelector($"input[name='q.{satisfaction}'][value='4']")!.HasAttribute("checked").ShouldBeTrue("the answers as counted now");
        var fields = sheet.Questions.Select((q, i) => ($"q.{i}", q.Kind switch
        {
            QuestionKind.SelfAssessment => "2",
            QuestionKind.Satisfaction => "5",
            _ => "J'ai appris.",
        })).Append(("reason", "typingMistake")).ToArray();
        (await amina.SubmitAsync(links[0], fields)).Status.ShouldBe(HttpStatusCode.Redirect);
        (await Stream(campaign)).Last().Data.ShouldBeOfType<NamedAnswersCorrected>().Answers
            .Single(a => a.Question == sheet.Questions[satisfaction].Key).Choice.ShouldBe(5);

        (await amina.SubmitAsync(links[1], ("reason", "wrongPerson"))).Status.ShouldBe(HttpStatusCode.Redirect);
        (await Stream(campaign)).Last().Data.ShouldBeOfType<NamedAnswersVoided>().ParticipantId.ShouldBe(scene.People[0]);

        (await amina.GetAsync(page)).Document.QuerySelector("#close-campaign a")!.GetAttribute("href").ShouldBe($"/console/confirm/close-campaign/{campaign}");
        (await amina.SubmitAsync($"/console/confirm/close-campaign/{campaign}")).Location.ShouldBe($"{page}?saved=true#message");
        (await Stream(campaign)).Last().Data.ShouldBeOfType<CampaignClosed>();
        var before = await EventCount();
        var late = await amina.SubmitAsync($"/console/confirm/reopen-campaign/{campaign}", ("closesOn", ApiFixture.Today.AddDays(-1).ToString("yyyy-MM-dd")));
        late.Status.ShouldBe(HttpStatusCode.BadRequest);
        late.ErrorOf("closesOn").ShouldNotBeNull();
        (await EventCount()).ShouldBe(before);
        (await amina.SubmitAsync($"/console/confirm/reopen-campaign/{campaign}", ("closesOn", ApiFixture.Today.AddDays(3).ToString("yyyy-MM-dd"))))
            .Status.ShouldBe(HttpStatusCode.Redirect);
        (await Stream(campaign)).Last().Data.ShouldBe(new CampaignReopened(campaign, ApiFixture.Today, ApiFixture.Today.AddDays(3)));

        (await (await As(EvaluationScene.Facilitator, OrgB)).GetAsync($"/console/confirm/reopen-campaign/{campaign}")).Status.ShouldBe(HttpStatusCode.NotFound);
        (await amina.GetAsync($"/console/confirm/no-such-thing/{campaign}")).Status.ShouldBe(HttpStatusCode.NotFound);
    }
}
