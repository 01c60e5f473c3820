using System.Net;
using LivingLibrary.Api.ConsolePages;
using LivingLibrary.Api.Evaluations;
using LivingLibrary.Api.Platform;
using LivingLibrary.Api.Tests.Cases;
using LivingLibrary.Api.Tests.Evaluations;
using LivingLibrary.Api.Tests.Support;
using LivingLibrary.Domain.Evaluations;
using LivingLibrary.Domain.Groups;
using LivingLibrary.Domain.Participants;
using Marten;

namespace LivingLibrary.Api.Tests.Console;

/// <summary>The console's evaluations, progress and the coordinator's pages, read back from the event store, with the API's refusals.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class EvaluationPagesTests(ApiFixture fixture) : ApiTest(fixture)
{
    private const string Amina = EvaluationScene.Facilitator;
    private const string Fewer = "fewer than 3 people";

    private Task<ConsoleClient> As(string userId, string role, string organisation = OrgA) =>
        ConsoleClient.SignInAsync(Host, userId, organisation, role);

    private Task<ConsoleClient> AsAmina() => As(Amina, Security.FacilitatorRole);

    private Task<ConsoleClient> AsCoordinator() => As("coordinator-1", Security.CoordinatorRole);

    private string Facilitator() => Facilitator(Amina);

    private static string CampaignModelInput(int index) => LivingLibrary.Api.ConsolePages.Pages.CampaignModel.InputOf(index);

    private Task<Campaign> Load(Guid campaign) => LoadCampaign(campaign);

    private async Task<Campaign> LoadCampaign(Guid campaign)
    {
        await using var session = Store.QuerySession(OrgA);
        return (await session.LoadAsync<Campaign>(campaign))!;
    }

    /// <summary>Every answer of a paper sheet: a choice for each question that takes one, a text for the others.</summary>
    private static (string, string)[] AnswersTo(Campaign campaign, int can = (int)CanDo.Alone, int satisfied = 4) =>
        [.. campaign.Questions.Select((q, i) => (CampaignModelInput(i), q.Kind switch
        {
            QuestionKind.SelfAssessment => can.ToString(),
            QuestionKind.Satisfaction => satisfied.ToString(),
            _ => "J'ai appris à payer en ligne.",
        }))];

    /// <summary>The API's answers to every question: on my own, satisfied at 4, a text.</summary>
    private static List<Answer?> AnswersOf(Campaign campaign) =>
        [.. campaign.Questions.Select(q => (Answer?)(q.Kind switch
        {
            QuestionKind.SelfAssessment => new Answer(q.Key, q.Version, (int)CanDo.Alone, null),
            QuestionKind.Satisfaction => new Answer(q.Key, q.Version, 4, null),
            _ => new Answer(q.Key, q.Version, null, "J'ai appris."),
        }))];

    [Fact]
    public async Task Opening_a_campaign_appends_it_and_a_refused_one_shows_the_fields_at_fault_and_appends_nothing()
    {
        var scene = await EvaluationScene.SetUp(Host, Coordinator(), people: 2);
        var amina = await AsAmina();
        var page = $"/console/groups/{scene.Group}/campaigns";
        (await amina.GetAsync(page)).Text.ShouldContain("No evaluations yet.");
        var before = await EventCount();

        var refused = await amina.SubmitAsync(page, "Open", ("mode", "named"), ("opensOn", "2026-08-01"), ("closesOn", ApiFixture.Today.Iso()));
        refused.Status.ShouldBe(HttpStatusCode.BadRequest);
        refused.ErrorOf("kind").ShouldBe("Required.");
        refused.ErrorOf("opensOn")!.ShouldContain("1 September 2026 to 30 June 2027");
        (await EventCount()).ShouldBe(before);

        var opened = await amina.SubmitAsync(page, "Open", ("kind", "endOfProject"), ("mode", "namedOrAnonymous"),
            ("opensOn", ApiFixture.Today.AddDays(-1).Iso()), ("closesOn", ApiFixture.Today.AddDays(7).Iso()), ("tasks", "pay-bill-online"));
        opened.Status.ShouldBe(HttpStatusCode.Redirect);
        var id = Guid.Parse(opened.Location!.Split("/campaigns/")[1][..36]);
        var stream = await Stream(id);
        var e = stream.Single().Data.ShouldBeOfType<CampaignOpened>();
        (e.GroupId, e.Kind, e.Mode, e.OpensOn).ShouldBe((scene.Group, CampaignKind.EndOfProject, AnswerMode.NamedOrAnonymous, ApiFixture.Today.AddDays(-1)));
        e.Questions[0].Key.ShouldBe("can:pay-bill-online");
        e.Questions.Count(q => q.Kind == QuestionKind.SelfAssessment).ShouldBe(1);
        stream.Single().UserName.ShouldBe(Amina);
        (await amina.GetAsync(page)).Document.QuerySelector($"#campaigns a[href='/console/campaigns/{id}']").ShouldNotBeNull();
    }

    [Fact]
    public async Task Another_organisations_group_and_campaign_are_404_and_a_facilitator_of_another_group_too()
    {
        var scene = await EvaluationScene.SetUp(Host, Coordinator(), people: 1);
        var campaign = await scene.OpenAsync(Host, Facilitator(), AnswerMode.Named);
        var elsewhere = await As(Amina, Security.FacilitatorRole, OrgB);
        var stranger = await As("facilitator-2", Security.FacilitatorRole);
        foreach (var client in new[] { elsewhere, stranger })
        {
            (await client.GetAsync($"/console/groups/{scene.Group}/campaigns")).Status.ShouldBe(HttpStatusCode.NotFound);
            (await client.GetAsync($"/console/groups/{scene.Group}/progress")).Status.ShouldBe(HttpStatusCode.NotFound);
            (await client.GetAsync($"/console/campaigns/{campaign}")).Status.ShouldBe(HttpStatusCode.NotFound);
        }
        // A hostile post with a token of a page she may see: still 404, nothing appended.
        var token = (await stranger.GetAsync("/console")).Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var before = await EventCount();
        (await stranger.PostAsync($"/console/confirm/close-campaign/{campaign}", ("__RequestVerificationToken", token))).Status.ShouldBe(HttpStatusCode.NotFound);
        (await EventCount()).ShouldBe(before);
    }

    [Fact]
    public async Task Typing_a_persons_paper_answers_records_them_named_once_and_in_their_language()
    {
        var group = await Host.CreateGroupAsync(Coordinator(), GroupScenarios.NewGroup() with { Languages = ["fr", "nl"] });
        await Host.AssignAsync(Coordinator(), group, Amina);
        var jan = await Host.EnrolAsync(Coordinator(), group, ParticipantScenarios.NewParticipant("Jan", "nl"));
        var campaign = await Host.CreateAsync(Facilitator(), $"/api/groups/{group}/campaigns", EvaluationScene.EndOfProject(AnswerMode.Named) with { Tasks = ["pay-bill-online"] });
        var state = await Load(campaign);
        var amina = await AsAmina();
        var page = $"/console/campaigns/{campaign}?answering={jan}";

        var shown = await amina.GetAsync(page);
        shown.Document.QuerySelector("#choose-participant select[name=answering]").ShouldNotBeNull();
        var form = shown.Document.QuerySelector("#named-answers")!;
        form.QuerySelector("legend")!.TextContent.ShouldBe("Ik kan een factuur online betalen");
        form.QuerySelector("button[type=submit]")!.TextContent.ShouldBe("Save the answers");

        var before = await EventCount();
        var nothing = await amina.SubmitAsync(page, "Named", ("participantId", jan.ToString()));
        nothing.Status.ShouldBe(HttpStatusCode.BadRequest);
        nothing.Document.QuerySelector("#named-answers-error")!.TextContent.ShouldContain("at least one answer");
        var bad = await amina.SubmitAsync(page, "Named", ("participantId", jan.ToString()), (CampaignModelInput(0), "7"));
        bad.Status.ShouldBe(HttpStatusCode.BadRequest);
        bad.Document.QuerySelector("#named-q0-error")!.TextContent.ShouldBe("Choose from the list.");
        (await EventCount()).ShouldBe(before);

        var saved = await amina.SubmitAsync(page, "Named", [("participantId", jan.ToString()), ("mayQuote", "true"), .. AnswersTo(state, can: (int)CanDo.WithHelp)]);
        saved.Status.ShouldBe(HttpStatusCode.Redirect, saved.Text);
        var recorded = (await Stream(campaign)).Last().Data.ShouldBeOfType<NamedAnswersRecorded>();
        (recorded.ParticipantId, recorded.MayQuote, recorded.On).ShouldBe((jan, true, ApiFixture.Today));
        recorded.Answers.Count.ShouldBe(state.Questions.Count);
        recorded.Answers.Single(a => a.Question == "can:pay-bill-online").Choice.ShouldBe((int)CanDo.WithHelp);

        before = await EventCount();
        var twice = await amina.SubmitAsync(page, "Named", [("participantId", jan.ToString()), .. AnswersTo(state)]);
        twice.Status.ShouldBe(HttpStatusCode.Conflict);
        twice.Document.QuerySelector("#named-answers .problem")!.TextContent.ShouldContain("already answered");
        (await EventCount()).ShouldBe(before);
    }

    [Fact]
    public async Task Codes_are_shown_once_and_an_anonymous_sheet_uses_its_code_once()
    {
        var scene = await EvaluationScene.SetUp(Host, Coordinator(), people: 1);
        var campaign = await scene.OpenAsync(Host, Facilitator(), AnswerMode.Anonymous);
        var state = await Load(campaign);
        var amina = await AsAmina();
        var page = $"/console/campaigns/{campaign}";
        (await amina.GetAsync(page)).Document.QuerySelector("#named-answers, #choose-participant").ShouldBeNull("an anonymous campaign takes no names");

        var before = await EventCount();
        var none = await amina.SubmitAsync(page, "Codes", ("count", "0"));
        none.Status.ShouldBe(HttpStatusCode.BadRequest);
        none.ErrorOf("count")!.ShouldContain("from 1 to 200");
        (await EventCount()).ShouldBe(before);

        var handed = await amina.SubmitAsync(page, "Codes", ("count", "3"));
        handed.Status.ShouldBe(HttpStatusCode.OK);
        var codes = handed.Document.QuerySelectorAll("#codes ol.codes li").Select(li => li.TextContent.Trim()).ToList();
        codes.Count.ShouldBe(3);
        codes.ShouldAllBe(c => c.Length == 9 && c[4] == '-');
        (await Stream(campaign)).Last().Data.ShouldBeOfType<AnswerCodesHandedOut>().Count.ShouldBe(3);
        (await amina.GetAsync(page)).Html.ShouldNotContain(codes[0], Case.Insensitive, "shown once");

        var sheet = await amina.SubmitAsync(page, "Anonymous", [("code", codes[1].ToLowerInvariant().Replace("-", " ")), ("mayQuote", "true"), .. AnswersTo(state)]);
        sheet.Status.ShouldBe(HttpStatusCode.Redirect, sheet.Text);
        var recorded = (await Stream(campaign)).Last().Data.ShouldBeOfType<AnonymousAnswersRecorded>();
        (recorded.MayQuote, recorded.Answers.Count).ShouldBe((true, state.Questions.Count));
        await using (var session = Store.QuerySession(OrgA))
            (await session.Query<AnswerCode>().CountAsync()).ShouldBe(2, "the code used is deleted with the answers");

        before = await EventCount();
        var again = await amina.SubmitAsync(page, "Anonymous", [("code", codes[1]), .. AnswersTo(state)]);
        again.Status.ShouldBe(HttpStatusCode.Conflict);
        again.Document.QuerySelector("#anonymous-answers .problem")!.TextContent.ShouldContain("cannot be used");
        var noCode = await amina.SubmitAsync(page, "Anonymous", AnswersTo(state));
        noCode.Status.ShouldBe(HttpStatusCode.BadRequest);
        noCode.ErrorOf("code").ShouldBe("Is required: the code on the answer sheet.");
        (await EventCount()).ShouldBe(before);
    }

    [Fact]
    public async Task Codes_are_shown_with_their_slips_only_in_the_answer_that_hands_them_out_and_the_same_form_sent_again_hands_out_none()
    {
        var scene = await EvaluationScene.SetUp(Host, Coordinator(), people: 1);
        var campaign = await scene.OpenAsync(Host, Facilitator(), AnswerMode.Anonymous);
        var amina = await AsAmina();
        var page = $"/console/campaigns/{campaign}";
        var handOut = await amina.FilledAsync(page, "form#hand-out-codes", ("count", "3"), ("slips", "nl"));
        var before = await EventCount();

        var handed = await handOut();
        handed.Status.ShouldBe(HttpStatusCode.OK, "the page is the answer: no address to come back to");
        var codes = handed.Document.QuerySelectorAll("#codes ol.codes li").Select(li => li.TextContent.Trim()).ToList();
        codes.Count.ShouldBe(3);
        var slips = handed.Document.QuerySelector("#slips")!;
        slips.GetAttribute("lang").ShouldBe("nl");
        slips.QuerySelectorAll(".slip .code").Select(c => c.TextContent.Trim()).ShouldBe(codes, "one code a slip");
        slips.QuerySelectorAll(".slip").ShouldAllBe(slip => slip.TextContent.Contains("Uw code voor de anonieme vragenlijst"));
        handed.Text.ShouldContain("3 code(s) handed out");

        // Reloading that answer, or going back and sending the form again, sends the same form token.
        var again = await handOut();
        again.Status.ShouldBe(HttpStatusCode.OK);
        again.Document.QuerySelector("#codes").ShouldBeNull();
        again.Document.QuerySelector("#codes-handed-out-before")!.TextContent.ShouldContain("These 3 code(s) were already handed out by this form");
        codes.ShouldAllBe(code => !again.Html.Contains(code));
        (await Stream(campaign)).Last().Data.ShouldBe(new AnswerCodesHandedOut(campaign, 3));
        (await EventCount()).ShouldBe(before + 1);
        await using (var session = Store.QuerySession(OrgA))
            (await session.Query<AnswerCode>().CountAsync()).ShouldBe(3);
        var shown = await amina.GetAsync(page);
        shown.Document.QuerySelector("#codes").ShouldBeNull();
        shown.Text.ShouldContain("3 code(s) handed out");
    }

    [Fact]
    public async Task A_campaign_or_its_conclusions_sent_twice_are_recorded_once()
    {
        var scene = await EvaluationScene.SetUp(Host, Coordinator(), people: 1);
        var amina = await AsAmina();
        var open = await amina.FilledAsync($"/console/groups/{scene.Group}/campaigns", "form#open-campaign", ("kind", "midProject"), ("mode", "named"),
            ("opensOn", ApiFixture.Today.Iso()), ("closesOn", ApiFixture.Today.AddDays(7).Iso()));
        var before = await EventCount();

        var opened = await open();
        (await open()).Location.ShouldBe(opened.Location!.Replace("#message", "&already=true#message"));
        var campaign = Guid.Parse(opened.Location!.Split("/campaigns/")[1][..36]);
        var conclude = await amina.FilledAsync($"/console/campaigns/{campaign}", "form#conclusions", ("whatWorked", "Les binômes."));
        (await conclude()).Location.ShouldBe($"/console/campaigns/{campaign}?saved=conclusions#message");
        (await conclude()).Location.ShouldBe($"/console/campaigns/{campaign}?saved=conclusions&already=true#message");
        (await Stream(campaign)).Select(e => e.Data.GetType()).ShouldBe([typeof(CampaignOpened), typeof(ConclusionsRecorded)]);
        (await EventCount()).ShouldBe(before + 2);
    }

    [Fact]
    public async Task A_facilitator_reads_their_groups_named_results_exactly_one_person_too()
    {
        var scene = await EvaluationScene.SetUp(Host, Coordinator(), people: 3);
        var campaign = await scene.OpenAsync(Host, Facilitator(), AnswerMode.Named);
        var answers = AnswersOf(await Load(campaign));
        await Host.SendAsync(Facilitator(), $"/api/campaigns/{campaign}/answers", new RecordNamedAnswers(scene.People[0], answers, false));
        var amina = await AsAmina();

        // Amina typed this answer and knows whose it is: the protection is for what leaves the group (docs/adr/0018).
        var one = (await amina.GetAsync($"/console/campaigns/{campaign}")).Document.QuerySelector("#results")!;
        one.TextContent.ShouldContain("People who answered: 1");
        var overall = one.QuerySelectorAll("#results-satisfaction tbody tr").First().QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList();
        overall.ShouldBe(["1", "0", "0", "0", "1", "0", "4.0"]);
        one.QuerySelectorAll(".suppressed").ShouldBeEmpty();

        foreach (var person in scene.People.Skip(1))
            await Host.SendAsync(Facilitator(), $"/api/campaigns/{campaign}/answers", new RecordNamedAnswers(person, answers, false));
        var three = (await amina.GetAsync($"/console/campaigns/{campaign}")).Document.QuerySelector("#results")!;
        three.TextContent.ShouldContain("People who answered: 3");
        three.QuerySelectorAll("#results-satisfaction tbody tr").First().QuerySelectorAll("td").Select(td => td.TextContent.Trim())
            .ShouldBe(["3", "0", "0", "0", "3", "0", "4.0"]);
    }

    [Fact]
    public async Task Conclusions_and_closing_append_their_events_and_blank_conclusions_append_nothing()
    {
        var scene = await EvaluationScene.SetUp(Host, Coordinator(), people: 1);
        var campaign = await scene.OpenAsync(Host, Facilitator(), AnswerMode.Named);
        var amina = await AsAmina();
        var page = $"/console/campaigns/{campaign}";
        var before = await EventCount();

        var blank = await amina.SubmitAsync(page, "Conclusions", ("whatWorked", " "));
        blank.Status.ShouldBe(HttpStatusCode.BadRequest);
        blank.ErrorOf("whatWorked").ShouldNotBeNull();
        (await EventCount()).ShouldBe(before);

        (await amina.SubmitAsync(page, "Conclusions", ("whatWorked", "Les binômes."), ("whatNext", "Une visite à l'EPN."))).Status.ShouldBe(HttpStatusCode.Redirect);
        var concluded = (await Stream(campaign)).Last().Data.ShouldBeOfType<ConclusionsRecorded>().Conclusions;
        (concluded.WhatWorked, concluded.WhatDidNot, concluded.WhatNext).ShouldBe(("Les binômes.", null, "Une visite à l'EPN."));

        (await amina.SubmitAsync($"/console/confirm/close-campaign/{campaign}")).Status.ShouldBe(HttpStatusCode.Redirect);
        (await Stream(campaign)).Last().Data.ShouldBeOfType<CampaignClosed>().On.ShouldBe(ApiFixture.Today);
        var closed = await amina.GetAsync(page);
        closed.Document.QuerySelector("#close-campaign a")!.GetAttribute("href").ShouldBe($"/console/confirm/reopen-campaign/{campaign}");
        closed.Document.QuerySelector("#choose-participant").ShouldBeNull("a closed campaign takes no answers");
    }

    [Fact]
    public async Task The_groups_progress_shows_who_moved_up_exactly_to_its_facilitator()
    {
        var scene = await EvaluationScene.SetUp(Host, Coordinator(), people: 3);
        await Host.AssessAsync(Coordinator(), scene.People[0], ApiFixture.Today, ("pay-bill-online", 4));
        var amina = await AsAmina();

        var page = await amina.GetAsync($"/console/groups/{scene.Group}/progress");
        page.Status.ShouldBe(HttpStatusCode.OK);
        var pay = page.Document.QuerySelectorAll("#progress-skills tbody tr").Single(r => r.QuerySelector("th")!.TextContent.Contains("bill"));
        // Samira's row is on the same page: the group's figures are exact for its staff (docs/adr/0018).
        pay.QuerySelectorAll("td").Take(3).Select(td => td.TextContent.Trim()).ShouldBe(["1", "1", "100%"]);
        page.Document.QuerySelector("#progress-totals")!.TextContent.ShouldContain("3");
        var samira = page.Document.QuerySelectorAll("#progress-people tbody tr").Single(r => r.QuerySelector("th")!.TextContent == "Samira");
        samira.QuerySelectorAll("td")[1].TextContent.ShouldContain("2 → 4");
    }

    [Fact]
    public async Task The_organisations_pages_are_the_coordinators_and_a_facilitator_gets_403()
    {
        var scene = await EvaluationScene.SetUp(Host, Coordinator(), people: 2);
        var amina = await AsAmina();
        foreach (var page in new[] { "/console/organisation", "/console/organisation/report", "/console/organisation/report?from=2026-01-01&to=2026-12-31",
                     "/console/observatory" })
            (await amina.GetAsync(page)).Status.ShouldBe(HttpStatusCode.Forbidden, page);

        var coordinator = await AsCoordinator();
        var overview = await coordinator.GetAsync("/console/organisation");
        overview.Status.ShouldBe(HttpStatusCode.OK);
        var row = overview.Document.QuerySelector($"#organisation-groups a[href='/console/groups/{scene.Group}']")!.Closest("tr")!;
        row.QuerySelectorAll("td")[2].TextContent.ShouldBe("2");
        overview.Document.QuerySelector("#report-printable")!.GetAttribute("href")!.ShouldStartWith("/console/organisation/report?from=2026-01-01&to=2026-12-31&format=printable");
        overview.Document.QuerySelector("#funder-report button")!.TextContent.ShouldBe("Open the report");
    }

    [Fact]
    public async Task The_funder_report_is_the_apis_own_in_its_three_formats_and_a_wrong_period_is_the_form_again()
    {
        await EvaluationScene.SetUp(Host, Coordinator(), people: 3);
        await EventsRecordedEarlier(TimeSpan.FromMinutes(5));
        var coordinator = await AsCoordinator();

        var printable = await coordinator.GetAsync("/console/organisation/report?from=2026-01-01&to=2026-12-31&format=printable&reportLanguage=nl");
        printable.Status.ShouldBe(HttpStatusCode.OK);
        printable.Document.DocumentElement.GetAttribute("lang").ShouldBe("nl");
        printable.Document.QuerySelector("header .kicker").ShouldNotBeNull("the API's printable page, not the console's layout");
        printable.Document.QuerySelector("form").ShouldBeNull();
        var api = await Send(Coordinator(), s => s.Get.Url("/api/reports/funder?from=2026-01-01&to=2026-12-31&format=printable&language=nl"));
        var apiPage = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(api.ReadAsText());
        printable.Document.QuerySelector("section.headline")!.TextContent.ShouldBe(apiPage.QuerySelector("section.headline")!.TextContent);

        var csv = await coordinator.GetAsync("/console/organisation/report?from=2026-01-01&to=2026-12-31&format=csv");
        csv.Status.ShouldBe(HttpStatusCode.OK);
        csv.Html.ShouldStartWith("PK");
        var json = await coordinator.GetAsync("/console/organisation/report?from=2026-01-01&to=2026-12-31&format=json");
        System.Text.Json.JsonDocument.Parse(json.Html).RootElement.GetProperty("organisationId").GetString().ShouldBe(OrgA);

        var wrong = await coordinator.GetAsync("/console/organisation/report?from=2026-12-31&to=2026-01-01&format=printable");
        wrong.Status.ShouldBe(HttpStatusCode.BadRequest);
        wrong.ErrorOf("to").ShouldNotBeNull();
        wrong.Document.QuerySelector("#funder-report").ShouldNotBeNull();
        (await coordinator.GetAsync("/console/organisation/report")).Document.QuerySelector("#f-from")!.GetAttribute("value").ShouldBe("2026-01-01");
    }

    [Fact]
    public async Task The_observatory_shows_a_case_in_words_and_a_wrong_month_next_to_its_field()
    {
        var scene = await CaseScene.SetUp(Host, Coordinator());
        await Host.PostCaseAsync(Coordinator(), scene.Group, CaseScene.ItsmeCase(scene.Jean));
        await ViewsCaughtUp();
        var coordinator = await AsCoordinator();

        var page = await coordinator.GetAsync("/console/observatory?from=2026-11&to=2026-11");
        page.Status.ShouldBe(HttpStatusCode.OK);
        // One case: too few to show where it is (docs/adr/0018); its total reads in words.
        page.Document.QuerySelector("#observatory-withheld").ShouldNotBeNull();
        page.Document.QuerySelectorAll("#observatory tbody tr").ShouldBeEmpty();
        var total = page.Document.QuerySelector("#observatory tfoot tr")!;
        total.QuerySelectorAll("td").First().TextContent.Trim().ShouldBe(Fewer, "one case");
        total.TextContent.ShouldNotContain("1");

        var wrong = await coordinator.GetAsync("/console/observatory?from=2026-13");
        wrong.Status.ShouldBe(HttpStatusCode.BadRequest);
        wrong.ErrorOf("from").ShouldBe("Must be a month, yyyy-MM.");
    }
}
