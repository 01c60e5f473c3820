using Alba;
using LivingLibrary.Api.Evaluations;
using LivingLibrary.Api.Tests.Cases;
using LivingLibrary.Api.Tests.Console;
using LivingLibrary.Api.Tests.Evaluations;
using LivingLibrary.Api.Tests.Support;
using LivingLibrary.Domain.Evaluations;
using LivingLibrary.Domain.Participants;

namespace LivingLibrary.Api.Tests.Me;

/// <summary>
/// A participant answers an evaluation by name for themself, reads their progress and export, and gives or withdraws their
/// consent, through the staff's own routes (docs/adr/0026); a one-time code opens its form without sign-in (docs/adr/0009).
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class MeEvaluationsApiTests(ApiFixture fixture) : ApiTest(fixture)
{
    private Task<IScenarioResult> Call(string? token, string method, string url, object? body, int status) =>
        Host.Scenario(s =>
        {
            if (token is not null) s.WithRequestHeader("Authorization", $"Bearer {token}");
            if (method == "GET") s.Get.Url(url); else s.Post.Json(body ?? new { }).ToUrl(url);
            s.StatusCodeShouldBe(status);
        });

    [Fact]
    public async Task A_participant_records_their_own_named_answers_once_and_the_event_says_they_recorded_them()
    {
        var scene = await EvaluationScene.SetUp(Host, Coordinator(), people: 2);
        var campaign = await scene.OpenAsync(Host, Coordinator(), AnswerMode.Named);
        var answers = EvaluationScene.AnswersTo(await EvaluationScene.SheetAsync(Host, Coordinator(), campaign));
        var samira = scene.People[0];

        await Call(Participant(samira), "POST", $"/api/campaigns/{campaign}/answers", new RecordNamedAnswers(samira, answers, false), 200);
        var before = await EventCount();
        var again = await Call(Participant(samira), "POST", $"/api/campaigns/{campaign}/answers", new RecordNamedAnswers(samira, answers, false), 409);

        var recorded = (await Stream(campaign)).Where(e => e.Data is NamedAnswersRecorded).ShouldHaveSingleItem();
        ((NamedAnswersRecorded)recorded.Data).ParticipantId.ShouldBe(samira);
        LivingLibrary.Domain.Caller.IsParticipantUser(recorded.UserName, out var by).ShouldBeTrue();
        by.ShouldBe(samira);
        (await EventCount()).ShouldBe(before);
        (await again.ReadAsJsonAsync<Microsoft.AspNetCore.Mvc.ProblemDetails>())!.Detail.ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task A_closed_campaign_refuses_a_participants_answers_with_a_reason_and_appends_nothing()
    {
        var scene = await EvaluationScene.SetUp(Host, Coordinator(), people: 1);
        var campaign = await scene.OpenAsync(Host, Coordinator(), AnswerMode.Named);
        var answers = EvaluationScene.AnswersTo(await EvaluationScene.SheetAsync(Host, Coordinator(), campaign));
        await Host.SendAsync(Coordinator(), $"/api/campaigns/{campaign}/close", new { });
        var before = await EventCount();

        await Call(Participant(scene.People[0]), "POST", $"/api/campaigns/{campaign}/answers", new RecordNamedAnswers(scene.People[0], answers, false), 409);

        (await EventCount()).ShouldBe(before);
    }

    /// <summary>Samira's group, a second participant of it, a participant of another group and one of another organisation.</summary>
    private async Task<(EvaluationScene Scene, Guid Campaign, Guid Neighbour, Guid OtherGroup, Guid OtherOrganisation)> StrangersAsync()
    {
        var scene = await EvaluationScene.SetUp(Host, Coordinator(), people: 2);
        var campaign = await scene.OpenAsync(Host, Coordinator(), AnswerMode.Named);
        var otherGroup = await Host.EnrolAsync(Coordinator(), await Host.CreateGroupAsync(Coordinator()), ParticipantScenarios.NewParticipant("Jean"));
        var otherOrganisation = await Host.EnrolAsync(Coordinator(OrgB), await Host.CreateGroupAsync(Coordinator(OrgB)), ParticipantScenarios.NewParticipant("Elena"));
        return (scene, campaign, scene.People[1], otherGroup, otherOrganisation);
    }

    public static TheoryData<string> Routes => ParticipantRoutes.EvaluationsProgressAndData();

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Another_participant_of_the_group_of_another_group_or_organisation_gets_404_and_nothing_is_appended(string route)
    {
        var (scene, campaign, neighbour, otherGroup, otherOrganisation) = await StrangersAsync();
        var samira = scene.People[0];
        var answers = EvaluationScene.AnswersTo(await EvaluationScene.SheetAsync(Host, Coordinator(), campaign));
        var method = route.Split(' ')[0];
        string Url(string template) => template.Replace("{campaignId}", campaign.ToString()).Replace("{participantId}", samira.ToString());
        object? Body(Guid forWhom) => route.Contains("/answers") ? new RecordNamedAnswers(forWhom, answers, false)
            : route.EndsWith("/consent") ? new RecordConsent("notice-2026-fr", ApiFixture.Today) : new WithdrawConsent(null);
        var before = await EventCount();

        foreach (var (stranger, organisation) in new[] { (neighbour, OrgA), (otherGroup, OrgA), (otherOrganisation, OrgB) })
        {
            // About Samira, and (for the answers) in Samira's name through their own token.
            var result = await Call(Participant(stranger, organisation), method, Url(route.Split(' ')[1]), Body(samira), 404);
            result.Context.Response.ContentType.ShouldStartWith("application/problem+json");
        }
        if (route.Contains("/answers"))
        {
            // Their own answers, in a campaign of a group that is not theirs.
            await Call(Participant(otherGroup), method, Url(route.Split(' ')[1]), Body(otherGroup), 404);
            await Call(Participant(otherOrganisation, OrgB), method, Url(route.Split(' ')[1]), Body(otherOrganisation), 404);
        }

        (await EventCount()).ShouldBe(before);
    }

    [Fact]
    public async Task Staff_still_record_answers_consent_and_read_progress_and_export_as_before()
    {
        var (scene, campaign, _, _, _) = await StrangersAsync();
        var samira = scene.People[0];
        var answers = EvaluationScene.AnswersTo(await EvaluationScene.SheetAsync(Host, Coordinator(), campaign));

        await Call(Facilitator(EvaluationScene.Facilitator), "POST", $"/api/campaigns/{campaign}/answers", new RecordNamedAnswers(samira, answers, false), 200);
        await Call(Facilitator(EvaluationScene.Facilitator), "GET", $"/api/participants/{samira}/progress", null, 200);
        await Call(Facilitator(EvaluationScene.Facilitator), "GET", $"/api/participants/{samira}/export", null, 403);
        await Call(Coordinator(), "GET", $"/api/participants/{samira}/export", null, 200);
        await Call(Facilitator(EvaluationScene.Facilitator), "POST", $"/api/participants/{samira}/consent/withdraw", new WithdrawConsent(null), 200);
    }

    [Fact]
    public async Task A_participant_reads_their_own_export_and_progress_and_the_journal_says_they_read_them()
    {
        var scene = await EvaluationScene.SetUp(Host, Coordinator(), people: 1);
        var samira = scene.People[0];

        await Call(Participant(samira), "GET", $"/api/participants/{samira}/export", null, 200);
        await Call(Participant(samira), "GET", $"/api/participants/{samira}/progress", null, 200);

        var readers = await Sql<long>($"select count(*) from {Store.Options.Events.DatabaseSchemaName}.mt_doc_accessjournalentry where data ->> 'userId' = @user and data ->> 'personId' = @person",
            ("user", LivingLibrary.Domain.Caller.ParticipantUser(samira)), ("person", samira.ToString()));
        readers.ShouldBe(2);
    }

    [Fact]
    public async Task A_participant_withdraws_and_gives_again_their_own_consent_and_each_event_is_stored()
    {
        var scene = await EvaluationScene.SetUp(Host, Coordinator(), people: 1);
        var samira = scene.People[0];

        await Call(Participant(samira), "POST", $"/api/participants/{samira}/consent/withdraw", new WithdrawConsent(null), 200);
        await Call(Participant(samira), "POST", $"/api/participants/{samira}/consent", new RecordConsent("notice-2026-fr", ApiFixture.Today), 200);

        var events = await Stream(samira);
        events.ShouldContain(e => e.Data is ConsentWithdrawn && e.UserName == LivingLibrary.Domain.Caller.ParticipantUser(samira));
        events.ShouldContain(e => e.Data is ConsentRecorded && e.UserName == LivingLibrary.Domain.Caller.ParticipantUser(samira));
    }

    // Without sign-in, with a one-time code.

    private static string WithCode(Guid campaign, string organisation = OrgA) => $"/api/organisations/{organisation}/campaigns/{campaign}/with-code";

    [Fact]
    public async Task A_code_opens_its_questionnaire_and_records_answers_once_without_sign_in_and_nothing_stored_names_a_person_or_the_code()
    {
        var scene = await EvaluationScene.SetUp(Host, Coordinator(), people: 2);
        var campaign = await scene.OpenAsync(Host, Coordinator(), AnswerMode.Anonymous);
        var code = (await EvaluationScene.CodesAsync(Host, Coordinator(), campaign, 2))[0];

        var opened = await Call(null, "GET", $"{WithCode(campaign)}?code={Uri.EscapeDataString(code)}&language=fr", null, 200);
        var sheet = (await opened.ReadAsJsonAsync<QuestionnaireWithCode>())!;
        var answers = EvaluationScene.AnswersTo(new CampaignSheet(campaign, scene.Group, sheet.Kind, AnswerMode.Anonymous, default, sheet.ClosesOn, false,
            sheet.Questions, 0, 0, 0, null));
        await Call(null, "POST", WithCode(campaign), new RecordAnonymousAnswers(code, answers, false), 200);
        var before = await EventCount();
        await Call(null, "POST", WithCode(campaign), new RecordAnonymousAnswers(code, answers, false), 409);
        await Call(null, "GET", $"{WithCode(campaign)}?code={Uri.EscapeDataString(code)}", null, 409);

        (await EventCount()).ShouldBe(before);
        var recorded = (await Stream(campaign)).Where(e => e.Data is AnonymousAnswersRecorded).ShouldHaveSingleItem();
        var json = System.Text.Json.JsonSerializer.Serialize(recorded.Data) + recorded.UserName + string.Join(",", recorded.Headers?.Values.Select(v => v?.ToString()) ?? []);
        foreach (var person in scene.People) json.ShouldNotContain(person.ToString());
        json.ShouldNotContain(code);
        json.ShouldNotContain(code.Replace("-", ""));
        (await Sql<long>("select count(*) from mt_doc_answercode")).ShouldBe(1, "the used code is gone, the other is left");
    }

    [Fact]
    public async Task A_wrong_code_another_organisations_address_or_a_named_campaign_is_refused_in_words_never_a_500()
    {
        var scene = await EvaluationScene.SetUp(Host, Coordinator(), people: 1);
        var anonymous = await scene.OpenAsync(Host, Coordinator(), AnswerMode.Anonymous);
        var named = await scene.OpenAsync(Host, Coordinator(), AnswerMode.Named);
        var code = (await EvaluationScene.CodesAsync(Host, Coordinator(), anonymous, 1))[0];
        var before = await EventCount();

        var wrong = await Call(null, "GET", $"{WithCode(anonymous)}?code=ZZZZ-ZZZZ", null, 409);
        await Call(null, "GET", WithCode(anonymous), null, 409);
        await Call(null, "POST", WithCode(anonymous), new RecordAnonymousAnswers("ZZZZ-ZZZZ", [new Answer("x", 1, 1, null)], false), 400);
        await Call(null, "GET", $"{WithCode(anonymous, OrgB)}?code={code}", null, 404);
        await Call(null, "GET", $"{WithCode(named)}?code={code}", null, 409);
        await Call(null, "GET", $"{WithCode(Guid.NewGuid())}?code={code}", null, 404);

        (await wrong.ReadAsJsonAsync<Microsoft.AspNetCore.Mvc.ProblemDetails>())!.Detail.ShouldNotBeNullOrEmpty();
        (await EventCount()).ShouldBe(before);
    }

    [Fact]
    public async Task One_address_trying_codes_is_stopped_after_its_share_of_a_minute_with_a_problem_and_nothing_appended()
    {
        var scene = await EvaluationScene.SetUp(Host, Coordinator(), people: 1);
        var campaign = await scene.OpenAsync(Host, Coordinator(), AnswerMode.Anonymous);
        var guesser = System.Net.IPAddress.Parse($"203.0.113.{Random.Shared.Next(1, 255)}");
        var before = await EventCount();

        var statuses = new List<int>();
        for (var i = 0; i <= AnswerCodeLimits.PerMinute; i++)
        {
            var result = await Host.Scenario(s =>
            {
                s.ConfigureHttpContext(c => c.Connection.RemoteIpAddress = guesser);
                s.Get.Url($"{WithCode(campaign)}?code=ZZZZ-{i:D4}");
                s.IgnoreStatusCode();
            });
            statuses.Add(result.Context.Response.StatusCode);
            if (i == AnswerCodeLimits.PerMinute) result.Context.Response.ContentType.ShouldStartWith("application/problem+json");
        }

        statuses.Take(AnswerCodeLimits.PerMinute).ShouldAllBe(s => s == 409);
        statuses.Last().ShouldBe(429);
        (await EventCount()).ShouldBe(before);
    }
}
