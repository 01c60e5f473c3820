using System.Net;
using LivingLibrary.Api.Evaluations;
using LivingLibrary.Api.Tests.Cases;
using LivingLibrary.Api.Tests.Console;
using LivingLibrary.Api.Tests.Evaluations;
using LivingLibrary.Api.Tests.Support;
using LivingLibrary.Domain.Evaluations;

namespace LivingLibrary.Api.Tests.Me;

/// <summary>A participant answers an evaluation on their phone: by name in their space, or with a code slip without signing in.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class MeEvaluationsPagesTests(ApiFixture fixture) : ApiTest(fixture)
{
    private static (string, string)[] Chosen(CampaignSheet sheet) =>
        [.. sheet.Questions.Select((q, i) => ($"q.{i}", q.Kind switch
        {
            QuestionKind.SelfAssessment => ((int)CanDo.Alone).ToString(),
            QuestionKind.Satisfaction => "4",
            _ => "J'ai appris à payer en ligne.",
        })), ("mayQuote", "false")];

    [Fact]
    public async Task A_participant_answers_by_name_on_one_page_of_labelled_choices_and_then_is_told_they_answered()
    {
        var scene = await EvaluationScene.SetUp(Host, Coordinator(), people: 2);
        var campaign = await scene.OpenAsync(Host, Coordinator(), AnswerMode.Named);
        var sheet = await EvaluationScene.SheetAsync(Host, Coordinator(), campaign);
        var samira = scene.People[0];
        var me = await ConsoleClient.SignInParticipantAsync(Host, samira, OrgA);

        var list = await me.GetAsync("/console/me/evaluations");
        list.Document.QuerySelector($"#evaluations a[href='/console/me/evaluations/{campaign}']").ShouldNotBeNull();
        var page = await me.GetAsync($"/console/me/evaluations/{campaign}");
        page.Html.ShouldNotContain("<script");
        page.Document.QuerySelectorAll("label.choice input[type=radio]").Length.ShouldBeGreaterThan(sheet.Questions.Count);
        page.Document.QuerySelectorAll("label.choice").ShouldAllBe(l => l.TextContent.Trim().Any(char.IsLetter), "every choice says it in words");

        var sent = await (await me.FilledAsync($"/console/me/evaluations/{campaign}", "main form[method=post]", Chosen(sheet)))();

        sent.Status.ShouldBe(HttpStatusCode.Redirect);
        sent.Location.ShouldBe("/console/me/evaluations?sent=true#message");
        var recorded = (await Stream(campaign)).Select(e => e.Data).OfType<NamedAnswersRecorded>().ShouldHaveSingleItem();
        recorded.ParticipantId.ShouldBe(samira);
        recorded.Answers.Count.ShouldBe(sheet.Questions.Count);
        (await me.GetAsync("/console/me/evaluations")).Document.QuerySelector("#no-evaluation").ShouldNotBeNull();
        var again = await me.GetAsync($"/console/me/evaluations/{campaign}");
        again.Document.QuerySelector("main form[method=post]").ShouldBeNull();
        again.Document.GetElementById("message")!.TextContent.ShouldBe("You have already answered. Thank you!");
    }

    [Fact]
    public async Task A_closed_evaluation_is_said_in_plain_words_and_another_groups_is_not_found()
    {
        var scene = await EvaluationScene.SetUp(Host, Coordinator(), people: 1);
        var campaign = await scene.OpenAsync(Host, Coordinator(), AnswerMode.Named);
        var otherGroup = await Host.EnrolAsync(Coordinator(), await Host.CreateGroupAsync(Coordinator()), ParticipantScenarios.NewParticipant("Jean"));
        await Host.SendAsync(Coordinator(), $"/api/campaigns/{campaign}/close", new { });

        var closed = await (await ConsoleClient.SignInParticipantAsync(Host, scene.People[0], OrgA)).GetAsync($"/console/me/evaluations/{campaign}");
        var stranger = await (await ConsoleClient.SignInParticipantAsync(Host, otherGroup, OrgA)).GetAsync($"/console/me/evaluations/{campaign}");

        closed.Document.GetElementById("message")!.TextContent.ShouldBe("These questions are closed. You can no longer answer.");
        stranger.Status.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_code_slip_opens_the_form_without_sign_in_once_and_a_wrong_code_is_said_plainly()
    {
        var scene = await EvaluationScene.SetUp(Host, Coordinator(), people: 1);
        var campaign = await scene.OpenAsync(Host, Coordinator(), AnswerMode.Anonymous);
        var sheet = await EvaluationScene.SheetAsync(Host, Coordinator(), campaign);
        var code = (await EvaluationScene.CodesAsync(Host, Coordinator(), campaign, 1))[0];
        var nobody = ConsoleClient.Anonymous(Host);
        var address = $"/console/answer?organisation={OrgA}&campaign={campaign}&code={code}";

        var sent = await (await nobody.FilledAsync(address, "main form[method=post]", Chosen(sheet)))();
        var used = await nobody.GetAsync(address);
        var wrong = await nobody.GetAsync($"/console/answer?organisation={OrgA}&campaign={campaign}&code=ZZZZ-ZZZZ");
        var nowhere = await nobody.GetAsync($"/console/answer?organisation={OrgA}&campaign={Guid.NewGuid()}&code={code}");
        var typed = await nobody.GetAsync($"/console/answer?organisation={OrgA}&campaign={campaign}");

        sent.Status.ShouldBe(HttpStatusCode.Redirect, sent.Html);
        sent.Location!.ShouldNotContain(code);
        (await Stream(campaign)).Select(e => e.Data).OfType<AnonymousAnswersRecorded>().ShouldHaveSingleItem().Answers.Count.ShouldBe(sheet.Questions.Count);
        used.Document.GetElementById("message")!.TextContent.ShouldBe("This code does not work. It may have been used already.");
        wrong.Document.GetElementById("message")!.TextContent.ShouldBe("This code does not work. It may have been used already.");
        nowhere.Status.ShouldBe(HttpStatusCode.OK);
        nowhere.Document.GetElementById("message")!.TextContent.ShouldBe("This address does not work. Ask for another paper.");
        typed.Document.QuerySelector("main form[method=get] input[name=code]").ShouldNotBeNull("a code can be typed from the paper");
    }
}
