using System.Net;
using LivingLibrary.Api.Journal;
using LivingLibrary.Api.Platform;
using LivingLibrary.Api.Tests.Cases;
using LivingLibrary.Api.Tests.Support;
using LivingLibrary.Domain.Cases;
using LivingLibrary.Domain.Knowledge;
using LivingLibrary.Domain.Privacy;
using Marten;

namespace LivingLibrary.Api.Tests.Console;

/// <summary>The console's case pages: a group's board, a case and what can be done with it, with the API's refusals and its access journal.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class CasePagesTests(ApiFixture fixture) : ApiTest(fixture)
{
    private Task<ConsoleClient> As(string userId, string role, string organisation = OrgA) =>
        ConsoleClient.SignInAsync(Host, userId, organisation, role);

    private Task<ConsoleClient> Amina() => As(CaseScene.Facilitator, Security.FacilitatorRole);

    private async Task<IReadOnlyList<T>> Events<T>(Guid stream) => [.. (await Stream(stream)).Select(e => e.Data).OfType<T>()];

    [Fact]
    public async Task Posting_a_case_appends_it_for_the_participant_and_a_refused_one_shows_the_field_at_fault_and_appends_nothing()
    {
        var scene = await CaseScene.SetUp(Host, Coordinator());
        var amina = await Amina();
        var board = $"/console/groups/{scene.Group}/cases";
        var shown = await amina.GetAsync(board);
        shown.Status.ShouldBe(HttpStatusCode.OK);
        shown.Document.QuerySelectorAll("#post-case select[name=participantId] option").Select(o => o.TextContent).ShouldBe(["— choose —", "Jean", "Samira"]);
        var before = await EventCount();

        var refused = await amina.SubmitAsync(board, ("participantId", scene.Samira.ToString()), ("goal", ""), ("service", "itsme"),
            ("difficulty", "login-and-identity"), ("urgency", "high"));
        refused.Status.ShouldBe(HttpStatusCode.BadRequest);
        refused.ErrorOf("goal").ShouldBe("Required.");
        refused.Document.QuerySelector("#f-service option[selected]")!.GetAttribute("value").ShouldBe("itsme", "what was chosen stays");
        (await EventCount()).ShouldBe(before);

        var posted = await amina.SubmitAsync(board, ("participantId", scene.Samira.ToString()), ("goal", "Activer itsme sur mon nouveau téléphone"),
            ("service", "itsme"), ("difficulty", "login-and-identity"), ("skills", "log-in-with-itsme"), ("urgency", "high"), ("dueOn", "2026-12-01"));
        posted.Status.ShouldBe(HttpStatusCode.Redirect);
        var caseId = Guid.Parse(posted.Location!.Split("/cases/")[1][..36]);
        var stream = await Stream(caseId);
        stream.Single().UserName.ShouldBe(CaseScene.Facilitator);
        var e = stream.Single().Data.ShouldBeOfType<CasePosted>();
        e.ShouldSatisfyAllConditions(
            x => x.GroupId.ShouldBe(scene.Group), x => x.ParticipantId.ShouldBe(scene.Samira),
            x => x.Details.ShouldBe(e.Details with { Goal = "Activer itsme sur mon nouveau téléphone", Service = "itsme", Difficulty = "login-and-identity",
                Urgency = Urgency.High, DueOn = new DateOnly(2026, 12, 1) }),
            x => x.Details.Skills.ShouldBe(["log-in-with-itsme"]));
        var listed = await amina.GetAsync(board);
        listed.Document.QuerySelector($"#cases #case-{caseId} a")!.GetAttribute("href").ShouldBe($"/console/cases/{caseId}");
        listed.Document.QuerySelector($"#case-{caseId}")!.TextContent.ShouldContain("Samira");
    }

    [Fact]
    public async Task The_same_form_sent_twice_records_once_and_says_so_and_sent_again_with_other_values_records_nothing()
    {
        var scene = await CaseScene.SetUp(Host, Coordinator());
        var amina = await Amina();
        var board = await amina.FormAsync($"/console/groups/{scene.Group}/cases");
        (string, string)[] posting = [("participantId", scene.Samira.ToString()), ("goal", "Activer itsme"), ("service", "itsme"),
            ("difficulty", "login-and-identity"), ("urgency", "high")];

        var posted = await board.SendAsync(posting);
        posted.Status.ShouldBe(HttpStatusCode.Redirect);
        var caseId = Guid.Parse(posted.Location!.Split("/cases/")[1][..36]);
        var before = await EventCount();
        var again = await board.SendAsync(posting);
        again.Location.ShouldBe($"/console/cases/{caseId}?saved=posted&already=true#message", "what was recorded the first time");
        (await EventCount()).ShouldBe(before);
        (await amina.GetAsync(again.Location!)).Document.QuerySelector("main > .notice[role=status]")!.TextContent
            .ShouldBe("This was already recorded: nothing was recorded twice.");

        var otherwise = await board.SendAsync([.. posting[..^1], ("urgency", "low")]);
        otherwise.Status.ShouldBe(HttpStatusCode.Conflict);
        otherwise.Document.QuerySelector("#post-case .problem[role=alert]")!.TextContent.ShouldStartWith("This form was already sent, with other values.");
        (await EventCount()).ShouldBe(before);

        var page = $"/console/cases/{caseId}";
        var accompany = await amina.FormAsync(page, "Accompany");
        (string, string)[] accompaniment = [("accompany.on", "2026-11-24"), ("accompany.minutes", "45"), ("accompany.setting", "atHome"),
            ("accompany.device", "lentDevice"), ("accompany.progress", "partlyDone")];
        (await accompany.SendAsync(accompaniment)).Location.ShouldBe($"{page}?saved=accompany#message");
        (await accompany.SendAsync(accompaniment)).Location.ShouldBe($"{page}?saved=accompany&already=true#message");
        (await Events<CaseAccompanied>(caseId)).Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_case_of_another_group_or_organisation_is_404_and_a_participant_of_another_group_cannot_be_posted_for()
    {
        var scene = await CaseScene.SetUp(Host, Coordinator());
        var mine = await Host.PostCaseAsync(Facilitator(CaseScene.Facilitator), scene.Group, CaseScene.ItsmeCase(scene.Samira));
        var elsewhere = await CaseScene.SetUp(Host, Coordinator(OrgB));
        var theirs = await Host.PostCaseAsync(Coordinator(OrgB), elsewhere.Group, CaseScene.ItsmeCase(elsewhere.Samira));
        var amina = await Amina();
        var stranger = await As("facilitator-2", Security.FacilitatorRole);

        (await amina.GetAsync($"/console/cases/{mine}")).Status.ShouldBe(HttpStatusCode.OK);
        (await amina.GetAsync($"/console/cases/{theirs}")).Status.ShouldBe(HttpStatusCode.NotFound);
        (await amina.GetAsync($"/console/groups/{elsewhere.Group}/cases")).Status.ShouldBe(HttpStatusCode.NotFound);
        (await stranger.GetAsync($"/console/cases/{mine}")).Status.ShouldBe(HttpStatusCode.NotFound);
        (await stranger.GetAsync($"/console/groups/{scene.Group}/cases")).Status.ShouldBe(HttpStatusCode.NotFound);

        var before = await EventCount();
        var refused = await amina.SubmitAsync($"/console/groups/{scene.Group}/cases", ("participantId", elsewhere.Samira.ToString()), ("goal", "Payer"),
            ("service", "bank"), ("difficulty", "paying"));
        refused.Status.ShouldBe(HttpStatusCode.NotFound);
        (await EventCount()).ShouldBe(before);
    }

    [Fact]
    public async Task Reading_a_case_page_is_journalled_as_the_apis_case_and_timeline_reads_and_a_refused_read_is_not()
    {
        var scene = await CaseScene.SetUp(Host, Coordinator());
        var caseId = await Host.PostCaseAsync(Facilitator(CaseScene.Facilitator), scene.Group, CaseScene.ItsmeCase(scene.Samira));
        var amina = await Amina();

        var page = await amina.GetAsync($"/console/cases/{caseId}");
        page.Document.QuerySelector("h1")!.TextContent.ShouldBe(CaseScene.ItsmeCase(scene.Samira).Goal);
        page.Document.QuerySelector("#timeline tbody")!.TextContent.ShouldContain("Case posted");
        page.Document.QuerySelector("#timeline tbody")!.TextContent.ShouldContain("Amina", Case.Sensitive, "the name the organisation gave its facilitator");
        (await (await As("facilitator-2", Security.FacilitatorRole)).GetAsync($"/console/cases/{caseId}")).Status.ShouldBe(HttpStatusCode.NotFound);

        await using var session = Store.QuerySession(OrgA);
        var journal = await session.Query<AccessJournalEntry>().ToListAsync();
        journal.Select(j => (j.UserId, j.Read, j.PersonKind, j.PersonId, j.CaseId)).OrderBy(j => j.Read).ShouldBe(
        [
            (CaseScene.Facilitator, PersonalRead.Case, PersonKind.Participant, scene.Samira, (Guid?)caseId),
            (CaseScene.Facilitator, PersonalRead.CaseTimeline, PersonKind.Participant, scene.Samira, caseId),
        ]);
    }

    [Fact]
    public async Task An_accompaniment_is_appended_and_a_refused_one_shows_the_field_at_fault_and_appends_nothing()
    {
        var scene = await CaseScene.SetUp(Host, Coordinator());
        var caseId = await Host.PostCaseAsync(Facilitator(CaseScene.Facilitator), scene.Group, CaseScene.ItsmeCase(scene.Samira));
        var amina = await Amina();
        var page = $"/console/cases/{caseId}";
        var before = await EventCount();

        var refused = await amina.SubmitAsync(page, "Accompany", ("accompany.on", "2026-11-24"), ("accompany.minutes", ""), ("accompany.setting", "onSite"),
            ("accompany.device", "ownPhone"), ("accompany.progress", "sideways"));
        refused.Status.ShouldBe(HttpStatusCode.BadRequest);
        refused.ErrorOf("accompany.minutes").ShouldBe("Must be from 1 to 600.");
        refused.ErrorOf("accompany.progress").ShouldBe("Choose a value from the list.", "'sideways' is no choice");
        refused.ErrorOf("resolve.steps").ShouldBeNull("another form's field");
        (await EventCount()).ShouldBe(before);

        var done = await amina.SubmitAsync(page, "Accompany", ("accompany.on", "2026-11-24"), ("accompany.minutes", "45"), ("accompany.setting", "atHome"),
            ("accompany.device", "lentDevice"), ("accompany.progress", "partlyDone"), ("accompany.steps", "Vérifier la carte SIM\r\n\r\nInstaller l'app\r\n"),
            ("accompany.note", "Revenir avec le code"));
        done.Status.ShouldBe(HttpStatusCode.Redirect);
        done.Location.ShouldBe($"{page}?saved=accompany#message");
        var a = (await Events<CaseAccompanied>(caseId)).Single().Accompaniment;
        a.ShouldSatisfyAllConditions(
            x => x.On.ShouldBe(new DateOnly(2026, 11, 24)), x => x.Minutes.ShouldBe(45), x => x.Setting.ShouldBe(Setting.AtHome),
            x => x.Device.ShouldBe(DeviceUsed.LentDevice), x => x.Progress.ShouldBe(ProcedureProgress.PartlyDone),
            x => x.Steps.ShouldBe(["Vérifier la carte SIM", "Installer l'app"]), x => x.Note.ShouldBe("Revenir avec le code"),
            x => x.StaffIds.ShouldBe([CaseScene.Facilitator]));
        (await amina.GetAsync(page)).Document.QuerySelector("#accompaniments tbody")!.TextContent.ShouldContain("45");
    }

    [Fact]
    public async Task A_case_is_referred_to_a_suggested_partner_followed_up_and_a_closed_one_cannot_be_referred()
    {
        var scene = await CaseScene.SetUp(Host, Coordinator());
        var caseId = await Host.PostCaseAsync(Facilitator(CaseScene.Facilitator), scene.Group, CaseScene.ItsmeCase(scene.Samira));
        var amina = await Amina();
        var page = $"/console/cases/{caseId}";

        var shown = await amina.GetAsync(page);
        var suggested = shown.Document.QuerySelector($"#refer #suggestions input#partner-{scene.Partner}")!;
        suggested.GetAttribute("name").ShouldBe("refer.partnerId");
        shown.Document.QuerySelector("#suggestions")!.TextContent.ShouldContain("handles itsme");

        var before = await EventCount();
        var refused = await amina.SubmitAsync(page, "Refer", ("refer.reason", "Activation avec la banque"));
        refused.Status.ShouldBe(HttpStatusCode.BadRequest);
        refused.ErrorOf("refer.partnerId").ShouldBe("Required.");
        (await EventCount()).ShouldBe(before);

        (await amina.SubmitAsync(page, "Refer", ("refer.partnerId", scene.Partner.ToString()), ("refer.reason", "Activation avec la banque")))
            .Status.ShouldBe(HttpStatusCode.Redirect);
        var referred = (await Events<CaseReferred>(caseId)).Single();
        (referred.PartnerId, referred.Reason).ShouldBe((scene.Partner, "Activation avec la banque"));

        var referredPage = await amina.GetAsync(page);
        referredPage.Document.QuerySelector("#referral")!.TextContent.ShouldContain("EPN de Molenbeek");
        referredPage.Document.QuerySelector("#refer").ShouldBeNull();
        (await amina.SubmitAsync(page, "FollowUp", ("followUp.outcome", "helped"), ("followUp.note", "C'est fait")))
            .Status.ShouldBe(HttpStatusCode.Redirect);
        (await Events<ReferralFollowedUp>(caseId)).Single().Outcome.ShouldBe(ReferralOutcome.Helped);

        (await amina.SubmitAsync(page, "Close", ("close.reason", "Plus besoin"))).Status.ShouldBe(HttpStatusCode.Redirect);
        (await Events<CaseClosed>(caseId)).Single().Reason.ShouldBe("Plus besoin");
        before = await EventCount();
        var conflict = await amina.SubmitAsync(page, "Refer", ("refer.partnerId", scene.Partner.ToString()), ("refer.reason", "Encore"));
        conflict.Status.ShouldBe(HttpStatusCode.Conflict);
        conflict.Document.QuerySelector(".problem[role=alert]")!.TextContent.ShouldBe("The case is closed; reopen it first.");
        (await EventCount()).ShouldBe(before);

        (await amina.SubmitAsync(page, "Reopen", ("reopen.reason", ""))).Status.ShouldBe(HttpStatusCode.Redirect);
        (await Events<CaseReopened>(caseId)).Count.ShouldBe(1);
        (await amina.GetAsync(page)).Document.QuerySelector("#case-status")!.TextContent.ShouldBe("open");
    }

    [Fact]
    public async Task A_resolved_case_gives_a_knowledge_entry_reviewed_by_someone_else_published_and_found()
    {
        var scene = await CaseScene.SetUp(Host, Coordinator());
        var caseId = await Host.PostCaseAsync(Facilitator(CaseScene.Facilitator), scene.Group, CaseScene.ItsmeCase(scene.Samira));
        var amina = await Amina();
        var page = $"/console/cases/{caseId}";
        (await amina.GetAsync(page)).Document.QuerySelector("#write-entry").ShouldBeNull("an open case has no entry to write yet");

        var before = await EventCount();
        var refused = await amina.SubmitAsync(page, "Resolve", ("resolve.steps", ""), ("resolve.autonomy", "doneTogether"));
        refused.Status.ShouldBe(HttpStatusCode.BadRequest);
        refused.ErrorOf("resolve.steps").ShouldBe("Needs at least one step.");
        (await EventCount()).ShouldBe(before);
        (await amina.SubmitAsync(page, "Resolve", ("resolve.steps", "Ouvrir itsme\nChoisir « nouvel appareil »"), ("resolve.autonomy", "doneTogether"),
            ("resolve.on", "2026-11-24"))).Status.ShouldBe(HttpStatusCode.Redirect);
        (await Events<CaseResolved>(caseId)).Single().Autonomy.ShouldBe(Autonomy.DoneTogether);

        var resolved = await amina.GetAsync(page);
        resolved.Document.QuerySelector("#write-entry textarea[name='entry.steps']")!.TextContent.ShouldBe("Ouvrir itsme\nChoisir « nouvel appareil »");
        before = await EventCount();
        var noTitle = await amina.SubmitAsync(page, "Entry", ("entry.title", ""), ("entry.situation", "Un nouveau téléphone"), ("entry.steps", "Ouvrir itsme"),
            ("entry.service", "itsme"), ("entry.difficulty", "login-and-identity"), ("entry.language", "fr"));
        noTitle.Status.ShouldBe(HttpStatusCode.BadRequest);
        noTitle.ErrorOf("entry.title").ShouldBe("Required.");
        (await EventCount()).ShouldBe(before);

        var written = await amina.SubmitAsync(page, "Entry", ("entry.title", "Réactiver itsme sur un nouveau téléphone"),
            ("entry.situation", "Après un changement de téléphone, itsme demande de refaire l'activation."), ("entry.steps", "Ouvrir itsme\nChoisir un code"),
            ("entry.service", "itsme"), ("entry.difficulty", "login-and-identity"), ("entry.language", "fr"));
        written.Status.ShouldBe(HttpStatusCode.Redirect);
        var entryId = Guid.Parse(written.Location!.Split("/knowledge/")[1][..36]);
        var drafted = (await Events<KnowledgeEntryDrafted>(entryId)).Single();
        (drafted.SourceCaseId, drafted.AuthorId, drafted.Content.Steps.Count, drafted.Content.Skills.Single()).ShouldBe(
            (caseId, CaseScene.Facilitator, 2, "log-in-with-itsme"));
        (await amina.GetAsync(page)).Document.QuerySelector($"#entries a[href='/console/knowledge/{entryId}']").ShouldNotBeNull();

        var entry = $"/console/knowledge/{entryId}";
        var own = await amina.GetAsync(entry);
        own.Document.QuerySelector("#review").ShouldBeNull("the author does not review their own entry");
        before = await EventCount();
        var selfReview = await amina.SubmitAsync(entry, "Review");
        selfReview.Status.ShouldBe(HttpStatusCode.Conflict);
        selfReview.Document.QuerySelector("#review .problem")!.TextContent.ShouldBe("Someone other than the author reviews an entry.");
        (await EventCount()).ShouldBe(before);

        var coordinator = await As("coordinator-1", Security.CoordinatorRole);
        (await coordinator.SubmitAsync(entry, "Review")).Status.ShouldBe(HttpStatusCode.Redirect);
        (await coordinator.SubmitAsync(entry, "Publish")).Status.ShouldBe(HttpStatusCode.Redirect);
        (await Stream(entryId)).Select(e => e.Data.GetType()).ShouldBe([typeof(KnowledgeEntryDrafted), typeof(KnowledgeEntryReviewed), typeof(KnowledgeEntryPublished)]);

        var found = await amina.GetAsync("/console/knowledge?q=nouveaux+t%C3%A9l%C3%A9phones");
        found.Document.QuerySelector($"#results #entry-{entryId} a")!.TextContent.ShouldBe("Réactiver itsme sur un nouveau téléphone");
        (await amina.GetAsync("/console/knowledge?q=banque")).Document.QuerySelector("#results").ShouldBeNull();
        var bad = await amina.GetAsync("/console/knowledge?service=nowhere");
        bad.Status.ShouldBe(HttpStatusCode.BadRequest);
        bad.ErrorOf("service")!.ShouldStartWith("Must be one of: itsme");

        (await (await As("coordinator-1", Security.CoordinatorRole, OrgB)).GetAsync(entry)).Status.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Revising_an_entry_returns_it_to_draft_and_a_refused_revision_appends_nothing()
    {
        var scene = await CaseScene.SetUp(Host, Coordinator());
        var caseId = await Host.PostCaseAsync(Facilitator(CaseScene.Facilitator), scene.Group, CaseScene.ItsmeCase(scene.Samira));
        await Host.SendAsync(Facilitator(CaseScene.Facilitator), $"/api/cases/{caseId}/resolve", new ResolveCase(["Réactivation"], Autonomy.DoneTogether, null));
        var entryId = await Host.CreateAsync(Facilitator(CaseScene.Facilitator), "/api/knowledge",
            new DraftKnowledgeEntry(caseId, "Réactiver itsme", "Nouveau téléphone", ["Ouvrir itsme"], null, null, null, "fr"));
        await Host.SendAsync(Coordinator(), $"/api/knowledge/{entryId}/review", new { });
        var coordinator = await As("coordinator-1", Security.CoordinatorRole);
        var entry = $"/console/knowledge/{entryId}";
        var before = await EventCount();

        var refused = await coordinator.SubmitAsync(entry, "Revise", ("revise.title", "Réactiver itsme"), ("revise.situation", "Nouveau téléphone"),
            ("revise.steps", ""), ("revise.service", "itsme"), ("revise.difficulty", "login-and-identity"), ("revise.language", "fr"));
        refused.Status.ShouldBe(HttpStatusCode.BadRequest);
        refused.ErrorOf("revise.steps").ShouldBe("Needs at least one step.");
        (await EventCount()).ShouldBe(before);

        (await coordinator.SubmitAsync(entry, "Revise", ("revise.title", "Réactiver itsme sur un nouveau téléphone"), ("revise.situation", "Nouveau téléphone"),
            ("revise.steps", "Ouvrir itsme\nChoisir un code"), ("revise.service", "itsme"), ("revise.difficulty", "login-and-identity"), ("revise.language", "fr")))
            .Status.ShouldBe(HttpStatusCode.Redirect);
        var revised = (await Events<KnowledgeEntryRevised>(entryId)).Single();
        revised.Content.Steps.ShouldBe(["Ouvrir itsme", "Choisir un code"]);
        revised.Content.Skills.ShouldBe(["log-in-with-itsme"], "the skills are kept");
        (await coordinator.GetAsync(entry)).Document.QuerySelector("#entry-status")!.TextContent.ShouldBe("draft");
    }
}
