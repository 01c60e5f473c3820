using System.Text.Json.Nodes;
using Alba;
using LivingLibrary.Api.Tests.Cases;
using LivingLibrary.Api.Tests.Support;
using LivingLibrary.Domain.Participants;

namespace LivingLibrary.Api.Tests.Privacy;

/// <summary>
/// A person's export (GDPR articles 15 and 20): everything recorded about them, where it came from, who recorded it and
/// who read it, as one JSON document or as a page in their language; for coordinators only.
/// </summary>
[Collection(CasesCollection.Name)]
public sealed class ExportTests(ApiFixture fixture) : ApiTest(fixture)
{
    private async Task<JsonNode> Export(string url, string? token = null)
    {
        var result = await Send(token ?? Coordinator(), s =>
        {
            s.Get.Url(url);
            s.StatusCodeShouldBe(200);
        });
        result.Context.Response.ContentType.ShouldStartWith("application/json");
        return JsonNode.Parse(await result.ReadAsTextAsync())!;
    }

    private async Task<string> Page(string url)
    {
        var result = await Send(Coordinator(), s =>
        {
            s.Get.Url(url);
            s.StatusCodeShouldBe(200);
        });
        result.Context.Response.ContentType.ShouldBe("text/html; charset=utf-8");
        return await result.ReadAsTextAsync();
    }

    /// <summary>Text as the page writes it: what HTML gives a meaning is encoded, letters stay as they are.</summary>
    private static string Encoded(string text) =>
        text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\"", "&quot;").Replace("'", "&#x27;");

    private static IEnumerable<JsonNode> Items(JsonNode node, string name) => node[name]!.AsArray().Select(x => x!);

    private static string? Text(JsonNode? node) => node?.GetValue<string>();

    [Fact]
    public async Task A_participants_export_holds_what_is_recorded_now_and_every_event_of_their_stream_with_who_recorded_it()
    {
        var scene = await PrivacyScene.SetUp(Host, Coordinator());

        var export = await Export($"/api/participants/{scene.Samira}/export");

        export.ShouldSatisfyAllConditions(
            e => Text(e["kind"]).ShouldBe("participant"),
            e => Text(e["personId"]).ShouldBe(scene.Samira.ToString()),
            e => Text(e["madeBy"]).ShouldBe("coordinator-1"),
            e => Text(e["participant"]!["person"]!["displayName"]).ShouldBe("Samira"),
            e => Text(e["participant"]!["consent"]!["notice"]).ShouldBe("notice-2026-fr"),
            e => e["participant"]!["levels"]!["pay-bill-online"]!["level"]!.GetValue<int>().ShouldBe(2),
            e => Text(Items(e["participant"]!, "needs").Single()["skill"]).ShouldBe("pay-bill-online"),
            e => Text(Items(e, "groups").Single()["name"]).ShouldBe("Mardi matin"));
        var history = Items(export, "history").ToList();
        var stream = await Stream(scene.Samira);
        history.Count.ShouldBe(stream.Count);
        history.Select(h => Text(h["type"])).ShouldBe(stream.Select(e => e.EventTypeName));
        history.ShouldAllBe(h => Text(h["by"]) == "coordinator-1" && !string.IsNullOrEmpty(Text(h["correlationId"])));
        Text(history[0]["data"]!["person"]!["displayName"]).ShouldBe("Samira");
    }

    [Fact]
    public async Task A_participants_export_holds_their_case_pairing_answers_loan_and_exchange_session()
    {
        var scene = await PrivacyScene.SetUp(Host, Coordinator());

        var export = await Export($"/api/participants/{scene.Samira}/export");

        var problem = Items(export, "cases").Single();
        problem.ShouldSatisfyAllConditions(
            c => Text(c["case"]!["id"]).ShouldBe(scene.Case.ToString()),
            c => Text(c["case"]!["details"]!["goal"]).ShouldBe(PrivacyScene.Goal),
            c => Text(Items(c["case"]!, "accompaniments").Single()["note"]).ShouldBe(PrivacyScene.Note),
            c => Items(c, "history").Select(h => Text(h["type"])).ShouldBe(["case_posted", "case_accompanied"]),
            c => Items(c, "history").ShouldAllBe(h => Text(h["by"]) == "coordinator-1"));
        Items(export, "pairings").Single().ShouldSatisfyAllConditions(
            p => Text(p["id"]).ShouldBe(scene.Pairing.ToString()),
            p => Text(p["as"]).ShouldBe("learner"),
            p => Text(p["withName"]).ShouldBe("Jean"),
            p => Text(p["status"]).ShouldBe("active"),
            p => Text(Items(p, "sessions").Single()["workedOn"]).ShouldBe(PrivacyScene.WorkedOn));
        var answers = Items(export, "answers").Single();
        Text(answers["campaignId"]).ShouldBe(scene.Campaign.ToString());
        Items(answers, "answers").Single(a => Text(a["question"]) == "learned").ShouldSatisfyAllConditions(
            a => Text(a["words"]).ShouldBe("Qu'est-ce que j'ai appris ?"),
            a => Text(a["text"]).ShouldBe(PrivacyScene.Answered));
        Items(answers, "answers").Single(a => Text(a["question"]) == "can:pay-bill-online").ShouldSatisfyAllConditions(
            a => Text(a["words"]).ShouldBe("Je peux payer une facture en ligne"),
            a => Text(a["choiceWords"]).ShouldBe("Sans aide"));
        Items(export, "loans").Single().ShouldSatisfyAllConditions(
            l => Text(l["deviceId"]).ShouldBe(scene.Laptop.ToString()),
            l => Text(l["identifier"]).ShouldBe("ANT-LAP-0042"),
            l => Text(l["loan"]!["borrower"]!["id"]).ShouldBe(scene.Samira.ToString()));
        Items(export, "activities").Single().ShouldSatisfyAllConditions(
            a => Text(a["activityId"]).ShouldBe(scene.Session.ToString()),
            a => Text(a["kind"]).ShouldBe("exchangeSession"),
            a => Text(a["attendance"]!["presence"]).ShouldBe("present"));
        Items(export, "readBy").ShouldBeEmpty();

        // Jean's: the pairing as its helper, the session, nothing of Samira's case, answers or loan.
        var jean = await Export($"/api/participants/{scene.Jean}/export?language=en");
        Items(jean, "pairings").Single().ShouldSatisfyAllConditions(p => Text(p["as"]).ShouldBe("helper"), p => Text(p["withName"]).ShouldBe("Samira"));
        Items(jean, "cases").ShouldBeEmpty();
        Items(jean, "answers").ShouldBeEmpty();
        Items(jean, "loans").ShouldBeEmpty();
        Items(jean, "activities").Count().ShouldBe(1);
    }

    [Fact]
    public async Task The_questions_words_are_in_the_exports_language()
    {
        var scene = await PrivacyScene.SetUp(Host, Coordinator());

        foreach (var (language, learned, alone) in new[] { ("nl", "Wat heb ik geleerd?", "Alleen"), ("en", "What did I learn?", "On my own") })
        {
            var answers = Items(Items(await Export($"/api/participants/{scene.Samira}/export?language={language}"), "answers").Single(), "answers").ToList();
            Text(answers.Single(a => Text(a["question"]) == "learned")["words"]).ShouldBe(learned);
            Text(answers.Single(a => Text(a["question"]) == "can:pay-bill-online")["choiceWords"]).ShouldBe(alone);
        }
    }

    [Fact]
    public async Task Each_export_is_journalled_and_appears_in_the_next_with_the_other_reads()
    {
        var scene = await PrivacyScene.SetUp(Host, Coordinator());
        await Send(Facilitator(CaseScene.Facilitator), s => s.Get.Url($"/api/cases/{scene.Case}"));
        await Export($"/api/participants/{scene.Samira}/export");

        var reads = Items(await Export($"/api/participants/{scene.Samira}/export"), "readBy").ToList();

        // The test clock stands still: both reads have one instant, and either may be listed first.
        reads.Select(r => (Text(r["userId"]), Text(r["read"]), Text(r["caseId"]))).ShouldBe(
        [
            (CaseScene.Facilitator, "case", scene.Case.ToString()),
            ("coordinator-1", "export", null),
        ], ignoreOrder: true);
        var visitorReads = Items(await Export($"/api/visitors/{scene.VisitorId}/export"), "readBy");
        visitorReads.ShouldBeEmpty("Samira's reads are hers");
        Items(await Export($"/api/visitors/{scene.VisitorId}/export"), "readBy").Select(r => Text(r["read"])).ShouldBe(["export"]);
    }

    [Fact]
    public async Task A_visitors_export_holds_what_their_request_says_its_history_and_their_loan()
    {
        var scene = await PrivacyScene.SetUp(Host, Coordinator());

        var export = await Export($"/api/visitors/{scene.VisitorId}/export");

        export.ShouldSatisfyAllConditions(
            e => Text(e["kind"]).ShouldBe("visitor"),
            e => e["participant"].ShouldBeNull(),
            e => Text(e["visitor"]!["pseudonym"]).ShouldBe(PrivacyScene.VisitorPseudonym),
            e => Text(e["visitor"]!["contact"]).ShouldBe("0470 12 34 56"),
            e => Text(e["visitor"]!["consent"]!["notice"]).ShouldBe("notice-2026-fr"),
            e => Text(Items(e, "desks").Single()["name"]).ShouldBe("Permanence de Molenbeek"),
            e => Items(e, "history").ShouldBeEmpty());
        Items(export, "cases").Single().ShouldSatisfyAllConditions(
            c => Text(c["case"]!["details"]!["goal"]).ShouldBe(PrivacyScene.VisitorGoal),
            c => Items(c, "history").Single().ShouldSatisfyAllConditions(
                h => Text(h["type"]).ShouldBe("drop_in_request_recorded"), h => Text(h["by"]).ShouldBe("coordinator-1")));
        Text(Items(export, "loans").Single()["deviceId"]).ShouldBe(scene.Tablet.ToString());
    }

    [Theory]
    [InlineData("fr", "Ce que nous gardons sur vous", "Vos situations et vos demandes", "Vos binômes", "Vos réponses aux évaluations",
        "Le matériel qu'on vous a prêté", "Les activités de votre groupe : présent·e, excusé·e ou absent·e", "Qui l'a enregistré", "Qui l'a regardé", "24 novembre 2026")]
    [InlineData("nl", "Wat we over u bijhouden", "Uw situaties en vragen", "Uw duo's", "Uw antwoorden op de evaluaties",
        "Het materiaal dat u leende", "De activiteiten van uw groep: aanwezig, verontschuldigd of afwezig", "Wie het heeft genoteerd", "Wie het heeft bekeken", "24 november 2026")]
    [InlineData("en", "What we keep about you", "Your problems and requests", "Your pairings", "Your answers to evaluations",
        "Devices lent to you", "Activities of your group: present, excused or absent", "Who recorded it", "Who looked at it", "24 November 2026")]
    public async Task The_page_names_the_person_and_has_a_heading_per_part_in_their_language(string language, string kept, string cases,
        string pairings, string answers, string loans, string sessions, string recorded, string read, string today)
    {
        var scene = await PrivacyScene.SetUp(Host, Coordinator());
        await Send(Facilitator(CaseScene.Facilitator), s => s.Get.Url($"/api/participants/{scene.Samira}"));

        var page = await Page($"/api/participants/{scene.Samira}/export?format=page&language={language}");
        await File.WriteAllTextAsync(Artifacts.PathOf($"export-{language}.html"), page);

        page.ShouldStartWith("<!DOCTYPE html>");
        page.ShouldContain($"<html lang=\"{language}\">");
        page.ShouldContain("<h1>Samira</h1>");
        foreach (var heading in new[] { kept, cases, pairings, answers, loans, sessions, recorded, read })
            page.ShouldContain($"<h2>{Encoded(heading)}</h2>", customMessage: heading);
        page.ShouldContain($"{today}, 11:00", customMessage: "made at 10:00 UTC (the tests' clock), 11:00 in Brussels in November");
        page.ShouldNotContain(" UTC");
        page.ShouldContain("Amina (facilitator-1)", customMessage: "who read her profile, by name");
        page.ShouldContain(Encoded(PrivacyScene.Goal));
        page.ShouldNotContain("<script", Case.Insensitive);

        var visitor = await Page($"/api/visitors/{scene.VisitorId}/export?format=page&language={language}");
        visitor.ShouldContain("<h1>Madame R.</h1>");
        foreach (var heading in new[] { kept, cases, loans, recorded, read })
            visitor.ShouldContain($"<h2>{Encoded(heading)}</h2>", customMessage: heading);
        visitor.ShouldNotContain($"<h2>{pairings}</h2>");
    }

    [Fact]
    public async Task A_withdrawn_consent_is_in_the_export_with_the_notices_version_and_the_day()
    {
        var scene = await PrivacyScene.SetUp(Host, Coordinator());
        await Host.SendAsync(Coordinator(), $"/api/participants/{scene.Samira}/consent/withdraw",
            new WithdrawConsent(new DateOnly(2026, 11, 20)));

        var export = await Export($"/api/participants/{scene.Samira}/export");
        Text(export["participant"]!["consentWithdrawnOn"]).ShouldBe("2026-11-20");
        Text(Items(export, "history").Last()["type"]).ShouldBe("consent_withdrawn");

        var page = await Page($"/api/participants/{scene.Samira}/export?format=page&language=en");
        page.ShouldContain(Encoded("You agreed to the notice ‘notice-2026-fr’ (version 1)"));
        page.ShouldContain("You withdrew your consent on 20 November 2026");
        page.ShouldContain("Your consent withdrawn");
    }

    [Fact]
    public async Task Every_text_on_the_page_is_html_encoded()
    {
        var group = await Host.CreateGroupAsync(Coordinator());
        var hostile = await Host.EnrolAsync(Coordinator(), group, ParticipantScenarios.NewParticipant("<script>alert('Zoë')</script>", "fr"));
        await Host.PostCaseAsync(Coordinator(), group, CaseScene.ItsmeCase(hostile) with { Goal = "<img src=x onerror=alert(1)> & co" });

        var page = await Page($"/api/participants/{hostile}/export?format=page");

        page.ShouldNotContain("<script", Case.Insensitive);
        page.ShouldNotContain("<img", Case.Insensitive);
        page.ShouldContain("&lt;script&gt;alert(&#x27;Zoë&#x27;)&lt;/script&gt;");
        page.ShouldContain("&lt;img src=x onerror=alert(1)&gt; &amp; co");
    }

    [Fact]
    public async Task The_export_is_the_coordinators_a_facilitator_who_sees_the_person_gets_403()
    {
        var scene = await PrivacyScene.SetUp(Host, Coordinator());

        foreach (var (token, url) in new[]
                 {
                     (Facilitator(CaseScene.Facilitator), $"/api/participants/{scene.Samira}/export"),
                     (Facilitator(CaseScene.Facilitator), $"/api/participants/{scene.Samira}/export?format=page"),
                     (Facilitator(CaseScene.DeskWorker), $"/api/visitors/{scene.VisitorId}/export"),
                 })
            await Send(token, s =>
            {
                s.Get.Url(url);
                s.StatusCodeShouldBe(403);
            });
        foreach (var url in new[] { $"/api/participants/{scene.Samira}/export?format=pdf", $"/api/visitors/{scene.VisitorId}/export?language=ar" })
            await Send(Coordinator(), s =>
            {
                s.Get.Url(url);
                s.StatusCodeShouldBe(400);
            });
    }
}
