using Alba;
using LivingLibrary.Api.Evaluations;
using LivingLibrary.Api.Platform;
using LivingLibrary.Api.Tests.Cases;
using LivingLibrary.Api.Tests.Support;
using LivingLibrary.Domain.Evaluations;

namespace LivingLibrary.Api.Tests.Evaluations;

/// <summary>A campaign opened, answered by name and on paper, concluded and closed, read back from the event store.</summary>
[Collection(CasesCollection.Name)]
public sealed class CampaignTests(ApiFixture fixture) : ApiTest(fixture)
{
    private string Facilitator() => Facilitator(EvaluationScene.Facilitator);

    [Fact]
    public async Task Opening_a_campaign_asks_the_groups_tasks_the_templates_and_the_organisations_own_questions()
    {
        var scene = await EvaluationScene.SetUp(Host, Coordinator());
        var question = await Host.CreateAsync(Coordinator(), "/api/questions",
            new AddOrganisationQuestion(QuestionKind.Open, new QuestionText("Qu'avez-vous pensé du local ?", null, null), [CampaignKind.EndOfProject]));

        var campaign = await scene.OpenAsync(Host, Facilitator(), AnswerMode.Named);

        var opened = (await Stream(campaign)).Single().Data.ShouldBeOfType<CampaignOpened>();
        (opened.GroupId, opened.Kind, opened.Mode, opened.OpensOn).ShouldBe((scene.Group, CampaignKind.EndOfProject, AnswerMode.Named, ApiFixture.Today.AddDays(-7)));
        opened.Questions.Select(q => q.Key).ShouldBe(["can:join-video-call", "can:pay-bill-online", "satisfaction-overall", "satisfaction-atmosphere",
            "satisfaction-help", "learned", "change", $"org:{question}"]);
        opened.Questions.ShouldAllBe(q => q.Version == 1);

        var sheet = await Host.GetAsync<CampaignSheet>(Facilitator(), $"/api/campaigns/{campaign}?language=nl");
        sheet.Questions[1].Text.ShouldBe("Ik kan een factuur online betalen");
        sheet.Questions[1].Choices.ShouldBe(["Nog niet", "Met hulp", "Alleen", "Ik kan anderen helpen"]);
        sheet.Questions[^1].Text.ShouldBe("Qu'avez-vous pensé du local ?"); // no Dutch written: French stands in
        (await Host.GetAsync<IReadOnlyList<CampaignSummary>>(Facilitator(), $"/api/groups/{scene.Group}/campaigns")).Single().Id.ShouldBe(campaign);
    }

    [Fact]
    public async Task Dates_outside_the_groups_period_or_an_unknown_task_are_400_with_nothing_appended()
    {
        var scene = await EvaluationScene.SetUp(Host, Coordinator(), people: 1);
        var before = await EventCount();

        var result = await Send(Facilitator(), s =>
        {
            s.Post.Json(EvaluationScene.EndOfProject(AnswerMode.Named) with { OpensOn = new DateOnly(2026, 8, 1), ClosesOn = new DateOnly(2027, 7, 1), Tasks = ["fly-a-drone"] })
                .ToUrl($"/api/groups/{scene.Group}/campaigns");
            s.StatusCodeShouldBe(400);
        });

        var problem = (await result.ReadAsJsonAsync<ValidationProblem>())!;
        problem.Errors["opensOn"].Single().ShouldContain("1 September 2026 to 30 June 2027");
        problem.Errors["closesOn"].Single().ShouldContain("within the group's period");
        problem.Errors["tasks"].Single().ShouldContain("GET /api/tasks");
        (await EventCount()).ShouldBe(before);
    }

    [Fact]
    public async Task Named_answers_are_linked_to_the_participant_once_and_refused_for_a_stranger_a_wrong_version_or_twice()
    {
        var scene = await EvaluationScene.SetUp(Host, Coordinator(), people: 2);
        var other = await Host.CreateGroupAsync(Coordinator(), GroupScenarios.NewGroup("Jeudi"));
        var stranger = await Host.EnrolAsync(Coordinator(), other);
        var campaign = await scene.OpenAsync(Host, Facilitator(), AnswerMode.Named);
        var answers = EvaluationScene.AnswersTo(await EvaluationScene.SheetAsync(Host, Facilitator(), campaign));

        var answer = await Host.SendAsync(Facilitator(), $"/api/campaigns/{campaign}/answers", new RecordNamedAnswers(scene.People[0], answers, true));

        answer.Version.ShouldBe(2);
        var recorded = (await Stream(campaign)).Last().Data.ShouldBeOfType<NamedAnswersRecorded>();
        (recorded.ParticipantId, recorded.MayQuote, recorded.On).ShouldBe((scene.People[0], true, ApiFixture.Today));
        recorded.Answers.Count.ShouldBe(7);
        recorded.Answers.Single(a => a.Question == "can:pay-bill-online").Choice.ShouldBe((int)CanDo.Alone);

        var before = await EventCount();
        await Refused(409, campaign, "answers", new RecordNamedAnswers(scene.People[0], answers, false));
        await Refused(404, campaign, "answers", new RecordNamedAnswers(stranger, answers, false));
        await Refused(409, campaign, "anonymous-answers", new RecordAnonymousAnswers("ABCD-EFGH", answers, false));
        var problem = (await Refused(400, campaign, "answers", new RecordNamedAnswers(scene.People[1],
            [answers[0]! with { Version = 2 }, answers[0], new Answer("can:pay-bill-online", 1, 9, null), new Answer("never-asked", 1, 1, null)], false)))!;
        problem.Errors["answers[0]"].Single().ShouldContain("the campaign asks version 1");
        problem.Errors["answers[1]"].Single().ShouldContain("a second time");
        problem.Errors["answers[2]"].Single().ShouldContain("from 0 to 3");
        problem.Errors["answers[3]"].Single().ShouldContain("does not ask");
        (await EventCount()).ShouldBe(before);
    }

    [Fact]
    public async Task Answers_after_closing_or_after_the_closing_day_are_409_with_nothing_appended()
    {
        var scene = await EvaluationScene.SetUp(Host, Coordinator(), people: 2);
        var closed = await scene.OpenAsync(Host, Facilitator(), AnswerMode.Named);
        var answers = EvaluationScene.AnswersTo(await EvaluationScene.SheetAsync(Host, Facilitator(), closed));
        await Host.SendAsync(Facilitator(), $"/api/campaigns/{closed}/close", new { });
        (await Stream(closed)).Last().Data.ShouldBe(new CampaignClosed(closed, ApiFixture.Today));
        var past = await Host.CreateAsync(Facilitator(), $"/api/groups/{scene.Group}/campaigns",
            EvaluationScene.EndOfProject(AnswerMode.Named) with { OpensOn = ApiFixture.Today.AddDays(-30), ClosesOn = ApiFixture.Today.AddDays(-1) });
        var before = await EventCount();

        (await Refused(409, closed, "answers", new RecordNamedAnswers(scene.People[0], answers, false), problem: true))!.Detail!.ShouldContain("closed");
        (await Refused(409, past, "answers", new RecordNamedAnswers(scene.People[0], answers, false), problem: true))!.Detail!
            .ShouldContain($"closed on {ApiFixture.Today.AddDays(-1).ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en"))}");
        (await Host.SendAsync(Facilitator(), $"/api/campaigns/{closed}/close", new { })).Version.ShouldBe(2); // closing again changes nothing
        (await EventCount()).ShouldBe(before);
    }

    [Fact]
    public async Task A_paper_code_is_used_once_unknown_and_used_codes_get_the_same_refusal_and_nothing_stored_links_a_code_to_answers()
    {
        var scene = await EvaluationScene.SetUp(Host, Coordinator(), people: 3);
        var campaign = await scene.OpenAsync(Host, Facilitator(), AnswerMode.Anonymous);
        var answers = EvaluationScene.AnswersTo(await EvaluationScene.SheetAsync(Host, Facilitator(), campaign));

        var codes = await EvaluationScene.CodesAsync(Host, Facilitator(), campaign, 5);

        codes.Count.ShouldBe(5);
        codes.Distinct().Count().ShouldBe(5);
        codes.ShouldAllBe(c => System.Text.RegularExpressions.Regex.IsMatch(c, "^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$"));
        (await Stream(campaign)).Last().Data.ShouldBe(new AnswerCodesHandedOut(campaign, 5));
        foreach (var code in codes) (await StoredAnywhere(code)).ShouldBeEmpty(); // only hashes are kept
        (await StoredAnywhere(AnswerCodes.Hash(campaign, codes[0]))).ShouldBe(["mt_doc_answercode"]);

        // Typed from paper: lower case and spaces are fine. Sent with an Idempotency-Key, which is not kept for this route.
        await Send(Facilitator(), s =>
        {
            s.WithRequestHeader(Idempotency.Header, "paper-1");
            s.Post.Json(new RecordAnonymousAnswers(" " + codes[0].ToLowerInvariant().Replace("-", " "), answers, true)).ToUrl($"/api/campaigns/{campaign}/anonymous-answers");
            s.StatusCodeShouldBe(200);
        });

        var recorded = (await Stream(campaign)).Last();
        recorded.Data.ShouldBe(new AnonymousAnswersRecorded(campaign, recorded.Data.ShouldBeOfType<AnonymousAnswersRecorded>().Answers, true, ApiFixture.Today));
        (await StoredAnywhere(AnswerCodes.Hash(campaign, codes[0]))).ShouldBeEmpty();
        (await StoredAnywhere("paper-1")).ShouldBeEmpty();

        var before = await EventCount();
        var used = await Refused(409, campaign, "anonymous-answers", new RecordAnonymousAnswers(codes[0], answers, false), problem: true);
        var unknown = await Refused(409, campaign, "anonymous-answers", new RecordAnonymousAnswers("ZZZZ-ZZZZ", answers, false), problem: true);
        used!.Detail.ShouldBe(unknown!.Detail);
        await Refused(409, campaign, "answers", new RecordNamedAnswers(scene.People[0], answers, false));
        (await EventCount()).ShouldBe(before);
        (await EvaluationScene.SheetAsync(Host, Facilitator(), campaign)).ShouldSatisfyAllConditions(
            s => s.Answered.ShouldBe(1), s => s.CodesHandedOut.ShouldBe(5), s => s.CodesUsed.ShouldBe(1));
    }

    [Fact]
    public async Task Codes_sent_again_with_their_Idempotency_Key_hand_out_no_second_batch_and_are_kept_nowhere_in_plain()
    {
        var scene = await EvaluationScene.SetUp(Host, Coordinator(), people: 1);
        var campaign = await scene.OpenAsync(Host, Facilitator(), AnswerMode.Anonymous);
        Task<IScenarioResult> HandOut() => Send(Facilitator(), s =>
        {
            s.WithRequestHeader(Idempotency.Header, "codes-for-tuesday");
            s.Post.Json(new HandOutAnswerCodes(3)).ToUrl($"/api/campaigns/{campaign}/codes");
            s.StatusCodeShouldBe(200);
        });

        var first = System.Text.Json.Nodes.JsonNode.Parse(await (await HandOut()).ReadAsTextAsync())!;
        var codes = first["codes"]!.AsArray().Select(c => c!.GetValue<string>()).ToList();
        codes.Count.ShouldBe(3);
        var again = await HandOut();
        again.Context.Response.Headers["Idempotent-Replayed"].ToString().ShouldBe("true");
        var replayed = System.Text.Json.Nodes.JsonNode.Parse(await again.ReadAsTextAsync())!.AsObject();
        (replayed["campaignId"]!.GetValue<string>(), replayed["count"]!.GetValue<int>()).ShouldBe((campaign.ToString(), 3));
        replayed.ContainsKey("codes").ShouldBeFalse("the codes are shown once");

        (await Stream(campaign)).Select(e => e.Data).OfType<AnswerCodesHandedOut>().ShouldHaveSingleItem().Count.ShouldBe(3);
        foreach (var code in codes) (await StoredAnywhere(code)).ShouldBeEmpty();
        (await StoredAnywhere(campaign.ToString())).ShouldContain("mt_doc_idempotentanswer", "the key's record is kept, without the codes");
    }

    [Fact]
    public async Task Two_answers_sent_at_once_with_one_code_record_one()
    {
        var scene = await EvaluationScene.SetUp(Host, Coordinator(), people: 1);
        var campaign = await scene.OpenAsync(Host, Facilitator(), AnswerMode.Anonymous);
        var answers = EvaluationScene.AnswersTo(await EvaluationScene.SheetAsync(Host, Facilitator(), campaign));
        var code = (await EvaluationScene.CodesAsync(Host, Facilitator(), campaign, 1)).Single();

        var statuses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Send(Facilitator(), s =>
        {
            s.Post.Json(new RecordAnonymousAnswers(code, answers, false)).ToUrl($"/api/campaigns/{campaign}/anonymous-answers");
            s.IgnoreStatusCode();
        })));

        statuses.Select(r => r.Context.Response.StatusCode).Order().ShouldBe([200, 409, 409, 409]);
        (await Stream(campaign)).Count(e => e.Data is AnonymousAnswersRecorded).ShouldBe(1);
    }

    [Fact]
    public async Task The_groups_results_show_named_answers_exactly_anonymous_ones_three_at_least_and_quote_only_consenting_anonymous_answers()
    {
        var scene = await EvaluationScene.SetUp(Host, Coordinator(), people: 3);
        var named = await scene.OpenAsync(Host, Facilitator(), AnswerMode.Named);
        var answers = EvaluationScene.AnswersTo(await EvaluationScene.SheetAsync(Host, Facilitator(), named), text: "Samira m'a aidée");
        foreach (var person in scene.People.Take(2))
            await Host.SendAsync(Facilitator(), $"/api/campaigns/{named}/answers", new RecordNamedAnswers(person, answers, true));

        // The group's staff typed these answers and know whose they are: exact (docs/adr/0018).
        var two = await Host.GetAsync<CampaignOutcome>(Facilitator(), $"/api/campaigns/{named}/results");
        two.Results.Respondents.Value.ShouldBe(2);
        var overall = two.Results.Questions.Single(q => q.Question == "satisfaction-overall");
        (overall.Answered.Value, overall.Mean!.Value).ShouldBe((2, 4.0));
        overall.Choices!.Select(c => c.ToString()).ShouldBe(["0", "0", "0", "2", "0"]);
        two.Quotes.ShouldBeEmpty(); // a named answer's text is the person's

        // One anonymous answer beside them: nothing it adds may be told from the named ones, until three answered anonymously.
        var either = await scene.OpenAsync(Host, Facilitator(), AnswerMode.NamedOrAnonymous);
        var sheet = await EvaluationScene.SheetAsync(Host, Facilitator(), either);
        foreach (var person in scene.People.Take(2))
            await Host.SendAsync(Facilitator(), $"/api/campaigns/{either}/answers", new RecordNamedAnswers(person, EvaluationScene.AnswersTo(sheet), true));
        var codes = await EvaluationScene.CodesAsync(Host, Facilitator(), either, 3);
        await Host.SendAsync(Facilitator(), $"/api/campaigns/{either}/anonymous-answers", new RecordAnonymousAnswers(codes[0], EvaluationScene.AnswersTo(sheet, satisfied: 1), true));
        var mixed = (await Host.GetAsync<CampaignOutcome>(Facilitator(), $"/api/campaigns/{either}/results")).Results;
        mixed.Respondents.Value.ShouldBe(3);
        var unhappy = mixed.Questions.Single(q => q.Question == "satisfaction-overall");
        new[] { unhappy.Answered, unhappy.Mean! }.Concat(unhappy.Choices!).ShouldAllBe(f => f.Suppressed);

        foreach (var code in codes.Skip(1))
            await Host.SendAsync(Facilitator(), $"/api/campaigns/{either}/anonymous-answers", new RecordAnonymousAnswers(code, EvaluationScene.AnswersTo(sheet, satisfied: 1), true));
        var five = (await Host.GetAsync<CampaignOutcome>(Facilitator(), $"/api/campaigns/{either}/results")).Results.Questions.Single(q => q.Question == "satisfaction-overall");
        five.Choices!.Select(c => c.ToString()).ShouldBe(["3", "0", "0", "2", "0"]);
        (five.Answered.Value, five.Mean!.Value).ShouldBe((5, 2.2));

        var anonymous = await scene.OpenAsync(Host, Facilitator(), AnswerMode.Anonymous);
        var anonymousSheet = await EvaluationScene.SheetAsync(Host, Facilitator(), anonymous);
        foreach (var (code, i) in (await EvaluationScene.CodesAsync(Host, Facilitator(), anonymous, 3)).Select((c, i) => (c, i)))
            await Host.SendAsync(Facilitator(), $"/api/campaigns/{anonymous}/anonymous-answers",
                new RecordAnonymousAnswers(code, EvaluationScene.AnswersTo(anonymousSheet, text: $"Texte {i}"), MayQuote: i != 1));
        (await Host.GetAsync<CampaignOutcome>(Facilitator(), $"/api/campaigns/{anonymous}/results")).Quotes
            .ShouldBe(["Texte 0", "Texte 0", "Texte 2", "Texte 2"]); // two open questions each
    }

    [Fact]
    public async Task A_campaign_answered_either_way_takes_named_answers_and_paper_codes_and_quotes_only_the_anonymous_ones()
    {
        var scene = await EvaluationScene.SetUp(Host, Coordinator(), people: 2);
        var campaign = await scene.OpenAsync(Host, Facilitator(), AnswerMode.NamedOrAnonymous);
        var sheet = await EvaluationScene.SheetAsync(Host, Facilitator(), campaign);
        foreach (var person in scene.People)
            await Host.SendAsync(Facilitator(), $"/api/campaigns/{campaign}/answers", new RecordNamedAnswers(person, EvaluationScene.AnswersTo(sheet, text: "Nommé"), true));
        foreach (var code in await EvaluationScene.CodesAsync(Host, Facilitator(), campaign, 3))
            await Host.SendAsync(Facilitator(), $"/api/campaigns/{campaign}/anonymous-answers", new RecordAnonymousAnswers(code, EvaluationScene.AnswersTo(sheet, text: "Anonyme"), true));

        var events = await Stream(campaign);
        events.Count(e => e.Data is NamedAnswersRecorded).ShouldBe(2);
        events.Count(e => e.Data is AnonymousAnswersRecorded).ShouldBe(3);
        var outcome = await Host.GetAsync<CampaignOutcome>(Facilitator(), $"/api/campaigns/{campaign}/results");
        outcome.Results.Respondents.Value.ShouldBe(5);
        outcome.Quotes.Distinct().ShouldBe(["Anonyme"]);
        (await EvaluationScene.SheetAsync(Host, Facilitator(), campaign)).ShouldSatisfyAllConditions(s => s.Answered.ShouldBe(5), s => s.CodesUsed.ShouldBe(3));
    }

    [Fact]
    public async Task The_group_writes_its_conclusions_and_writing_them_again_replaces_them()
    {
        var scene = await EvaluationScene.SetUp(Host, Coordinator(), people: 1);
        var campaign = await scene.OpenAsync(Host, Facilitator(), AnswerMode.Named);
        var before = await EventCount();
        await Refused(400, campaign, "conclusions", new RecordConclusions(" ", null, null));
        (await EventCount()).ShouldBe(before);

        await Host.SendAsync(Facilitator(), $"/api/campaigns/{campaign}/conclusions", new RecordConclusions("L'entraide", null, null));
        await Host.SendAsync(Facilitator(), $"/api/campaigns/{campaign}/conclusions", new RecordConclusions(" L'entraide ", "Trop peu de PC", "Continuer en 2027"));

        (await Stream(campaign)).Last().Data.ShouldBe(new ConclusionsRecorded(campaign, new Conclusions("L'entraide", "Trop peu de PC", "Continuer en 2027", ApiFixture.Today)));
        (await EvaluationScene.SheetAsync(Host, Facilitator(), campaign)).Conclusions!.WhatNext.ShouldBe("Continuer en 2027");
    }

    [Fact]
    public async Task An_organisation_question_is_versioned_answers_keep_the_version_they_answered_and_only_coordinators_change_it()
    {
        var scene = await EvaluationScene.SetUp(Host, Coordinator(), people: 1);
        var question = await Host.CreateAsync(Coordinator(), "/api/questions", new AddOrganisationQuestion(QuestionKind.Satisfaction,
            new QuestionText("Le local était accessible.", "Het lokaal was toegankelijk.", null), null));
        var first = await scene.OpenAsync(Host, Facilitator(), AnswerMode.Named);
        var before = await EventCount();
        await Send(Facilitator(), s =>
        {
            s.Post.Json(new RewordOrganisationQuestion(new QuestionText("x", null, null))).ToUrl($"/api/questions/{question}/reword");
            s.StatusCodeShouldBe(403);
        });
        (await EventCount()).ShouldBe(before);

        await Host.SendAsync(Coordinator(), $"/api/questions/{question}/reword", new RewordOrganisationQuestion(new QuestionText("Le local était facile d'accès.", null, null)));
        var second = await scene.OpenAsync(Host, Facilitator(), AnswerMode.Named);

        (await Stream(question)).Last().Data.ShouldBeOfType<OrganisationQuestionReworded>();
        var key = $"org:{question}";
        (await EvaluationScene.SheetAsync(Host, Facilitator(), first)).Questions.Single(q => q.Key == key).ShouldSatisfyAllConditions(
            q => q.Version.ShouldBe(1), q => q.Text.ShouldBe("Le local était accessible."));
        (await EvaluationScene.SheetAsync(Host, Facilitator(), second)).Questions.Single(q => q.Key == key).Version.ShouldBe(2);
        (await Refused(400, second, "answers", new RecordNamedAnswers(scene.People[0], [new Answer(key, 1, 4, null)], false)))!
            .Errors["answers[0]"].Single().ShouldContain("version 2");

        await Host.SendAsync(Coordinator(), $"/api/questions/{question}/retire", new { });
        var third = await scene.OpenAsync(Host, Facilitator(), AnswerMode.Named);
        (await EvaluationScene.SheetAsync(Host, Facilitator(), third)).Questions.ShouldNotContain(q => q.Key == key);
        (await Host.GetAsync<IReadOnlyList<OrganisationQuestion>>(Facilitator(), "/api/questions")).Single().IsRetired.ShouldBeTrue();
    }

    private async Task<ValidationProblem?> Refused(int status, Guid campaign, string verb, object body, bool problem = false)
    {
        var result = await Send(Facilitator(), s =>
        {
            s.Post.Json(body).ToUrl($"/api/campaigns/{campaign}/{verb}");
            s.StatusCodeShouldBe(status);
        });
        return status == 400 || problem ? await result.ReadAsJsonAsync<ValidationProblem>() : null;
    }

    /// <summary>The tables of the database, in any schema, whose rows hold this text anywhere.</summary>
    private async Task<IReadOnlyList<string>> StoredAnywhere(string text)
    {
        await using var connection = new Npgsql.NpgsqlConnection(Database);
        await connection.OpenAsync();
        var tables = new List<(string Schema, string Name)>();
        await using (var list = new Npgsql.NpgsqlCommand(
            "select table_schema, table_name from information_schema.tables where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')", connection))
        await using (var reader = await list.ExecuteReaderAsync())
            while (await reader.ReadAsync()) tables.Add((reader.GetString(0), reader.GetString(1)));
        var found = new List<string>();
        foreach (var (schema, name) in tables)
        {
            await using var search = new Npgsql.NpgsqlCommand($"select exists (select 1 from \"{schema}\".\"{name}\" t where t::text ilike '%' || @text || '%')", connection);
            search.Parameters.AddWithValue("text", text);
            if ((bool)(await search.ExecuteScalarAsync())!) found.Add(name);
        }
        return found;
    }
}
