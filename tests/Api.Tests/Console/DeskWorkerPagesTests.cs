using System.Net;
using LivingLibrary.Api.Platform;
using LivingLibrary.Api.Tests.Cases;
using LivingLibrary.Api.Tests.Support;
using LivingLibrary.Domain.Cases;
using LivingLibrary.Domain.Privacy;
using LivingLibrary.Domain.Referral;
using Marten;

namespace LivingLibrary.Api.Tests.Console;

/// <summary>A desk worker's day in the console: a visit recorded on the session's sheet as it happens, and the partner directory.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class DeskWorkerPagesTests(ApiFixture fixture) : ApiTest(fixture)
{
    private Task<ConsoleClient> As(string userId, string role = Security.FacilitatorRole, string organisation = OrgA) =>
        ConsoleClient.SignInAsync(Host, userId, organisation, role);

    private static string Today => ApiFixture.Today.ToString("yyyy-MM-dd");

    [Fact]
    public async Task A_visit_is_the_request_and_the_time_spent_in_one_form_recorded_together_or_not_at_all()
    {
        var scene = await CaseScene.SetUp(Host, Coordinator());
        var karim = await As(CaseScene.DeskWorker);
        var sheet = $"/console/desks/{scene.Desk}/sessions/{Today}";
        var form = (await karim.GetAsync(sheet)).Document.QuerySelector("#record-request")!;
        form.QuerySelector("select[name='accompaniment.setting'] option[selected]")!.GetAttribute("value").ShouldBe("onSite");
        var before = await EventCount();

        var refused = await karim.SubmitAsync(sheet, ("goal", "Payer ma facture"), ("service", "bank"), ("difficulty", "paying"),
            ("accompaniment.device", "ownPhone"), ("accompaniment.progress", "done"), ("accompaniment.setting", "onSite"));
        refused.Status.ShouldBe(HttpStatusCode.BadRequest);
        refused.ErrorOf("accompaniment.minutes").ShouldNotBeNullOrEmpty();
        refused.Document.QuerySelector("#f-goal")!.TextContent.ShouldBe("Payer ma facture");
        (await EventCount()).ShouldBe(before, "neither the request nor its time is recorded");

        var recorded = await karim.SubmitAsync(sheet, ("goal", "Payer ma facture"), ("service", "bank"), ("difficulty", "paying"), ("languages", "ar"),
            ("postcodeArea", "1080"), ("accompaniment.minutes", "15"), ("accompaniment.device", "ownPhone"), ("accompaniment.progress", "done"),
            ("accompaniment.setting", "onSite"));
        recorded.Status.ShouldBe(HttpStatusCode.Redirect);
        recorded.Location!.ShouldEndWith("#message");
        var caseId = Guid.Parse(recorded.Location.Split("recorded=")[1].Split('#')[0]);
        var stream = await Stream(caseId);
        stream.Select(e => e.UserName).ShouldBe([CaseScene.DeskWorker, CaseScene.DeskWorker]);
        var request = stream[0].Data.ShouldBeOfType<DropInRequestRecorded>();
        (request.DeskId, request.SessionOn, request.Visitor.PostcodeArea).ShouldBe((scene.Desk, ApiFixture.Today, "1080"));
        request.Visitor.Languages.ShouldBe(["ar"]);
        var time = stream[1].Data.ShouldBeOfType<CaseAccompanied>().Accompaniment;
        (time.Minutes, time.Device, time.Progress, time.On).ShouldBe((15, DeviceUsed.OwnPhone, ProcedureProgress.Done, ApiFixture.Today));
        time.StaffIds.ShouldBe([CaseScene.DeskWorker]);

        var shown = await karim.GetAsync(recorded.Location);
        shown.Document.QuerySelector("#message a")!.GetAttribute("href").ShouldBe($"/console/cases/{caseId}");
        shown.Document.QuerySelector($"#sheet #case-{caseId} a")!.GetAttribute("href").ShouldBe($"/console/cases/{caseId}");
    }

    [Fact]
    public async Task A_visit_without_time_spent_is_the_request_alone_and_another_organisations_desk_is_not_found()
    {
        var scene = await CaseScene.SetUp(Host, Coordinator());
        var karim = await As(CaseScene.DeskWorker);
        var recorded = await karim.SubmitAsync($"/console/desks/{scene.Desk}/sessions/{Today}", ("goal", "Payer"), ("service", "bank"),
            ("difficulty", "paying"), ("accompaniment.setting", "onSite"));
        recorded.Status.ShouldBe(HttpStatusCode.Redirect);
        (await Stream(Guid.Parse(recorded.Location!.Split("recorded=")[1].Split('#')[0]))).Single().Data.ShouldBeOfType<DropInRequestRecorded>();

        var elsewhere = await CaseScene.SetUp(Host, Coordinator(OrgB));
        var before = await EventCount();
        var stranger = await karim.PostAsync($"/console/desks/{elsewhere.Desk}/sessions/{Today}", ("goal", "Payer"), ("service", "bank"),
            ("difficulty", "paying"), ("__RequestVerificationToken",
                (await karim.GetAsync($"/console/desks/{scene.Desk}/sessions/{Today}")).Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!));
        stranger.Status.ShouldBe(HttpStatusCode.NotFound);
        (await EventCount()).ShouldBe(before);
    }

    [Fact]
    public async Task A_coordinator_adds_and_changes_a_partner_of_the_directory_and_a_facilitator_reads_it_only()
    {
        var scene = await CaseScene.SetUp(Host, Coordinator());
        var coordinator = await As("coordinator-1", Security.CoordinatorRole);
        (await coordinator.GetAsync("/console/organisation")).Document.QuerySelector("a#partners-link[href='/console/partners']").ShouldNotBeNull();
        var before = await EventCount();

        var refused = await coordinator.SubmitAsync("/console/partners/new", ("partner.name", "CPAS de Molenbeek"), ("partner.kind", "socialServices"),
            ("partner.languages", "fr, Arabic"));
        refused.Status.ShouldBe(HttpStatusCode.BadRequest);
        refused.ErrorOf("partner.services").ShouldNotBeNullOrEmpty();
        refused.ErrorOf("partner.languages").ShouldNotBeNullOrEmpty();
        refused.Document.QuerySelector("#f-partner-name")!.GetAttribute("value").ShouldBe("CPAS de Molenbeek");
        (await EventCount()).ShouldBe(before);

        var listed = await coordinator.SubmitAsync("/console/partners/new", ("partner.name", "CPAS de Molenbeek"), ("partner.kind", "socialServices"),
            ("partner.services", "myminfin"), ("partner.difficulties", "paying"), ("partner.languages", "fr, ar"), ("partner.areas", "1080 1081"));
        listed.Status.ShouldBe(HttpStatusCode.Redirect);
        listed.Location.ShouldBe("/console/partners?saved=true#message");
        await using (var session = Store.QuerySession(OrgA))
        {
            var added = (await session.Query<Partner>().ToListAsync()).Single(p => p.Id != scene.Partner);
            (await Stream(added.Id)).Single().Data.ShouldBeOfType<PartnerListed>().Details.ShouldSatisfyAllConditions(
                d => d.Kind.ShouldBe(PartnerKind.SocialServices), d => d.Services.ShouldBe(["myminfin"]), d => d.Languages.ShouldBe(["fr", "ar"]),
                d => d.Areas.ShouldBe(["1080", "1081"]));

            var edit = await coordinator.GetAsync($"/console/partners/{added.Id}");
            edit.Document.QuerySelector("#f-partner-languages")!.GetAttribute("value").ShouldBe("fr, ar");
            edit.Document.QuerySelector("input[name='partner.services'][value=myminfin]")!.HasAttribute("checked").ShouldBeTrue();
            var changed = await coordinator.SubmitAsync($"/console/partners/{added.Id}", ("partner.name", "CPAS de Molenbeek"), ("partner.kind", "socialServices"),
                ("partner.services", "myminfin"), ("partner.languages", "fr, ar, nl"), ("partner.openingHours", "Lundi 9h-12h"));
            changed.Status.ShouldBe(HttpStatusCode.Redirect);
            var details = (await Stream(added.Id)).Last().Data.ShouldBeOfType<PartnerDetailsChanged>().Details;
            (details.OpeningHours, details.Difficulties.Count).ShouldBe(("Lundi 9h-12h", 0));
            details.Languages.ShouldBe(["fr", "ar", "nl"]);
            (await coordinator.GetAsync("/console/partners?saved=true")).Document.QuerySelector($"#partners #partner-{added.Id} th a")!.TextContent.ShouldBe("CPAS de Molenbeek");
        }

        var amina = await As(CaseScene.Facilitator);
        var list = await amina.GetAsync("/console/partners");
        list.Document.QuerySelector($"#partner-{scene.Partner} th")!.TextContent.ShouldContain("EPN de Molenbeek");
        list.Document.QuerySelector("#add-partner").ShouldBeNull();
        (await amina.GetAsync("/console/partners/new")).Status.ShouldBe(HttpStatusCode.Forbidden);
        var token = list.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var elsewhere = await CaseScene.SetUp(Host, Coordinator(OrgB));
        before = await EventCount();
        (await amina.PostAsync($"/console/partners/{scene.Partner}", ("partner.name", "Pris"), ("partner.kind", "other"), ("partner.services", "bank"),
            ("partner.languages", "fr"), ("__RequestVerificationToken", token))).Status.ShouldBe(HttpStatusCode.Forbidden);
        (await coordinator.GetAsync($"/console/partners/{elsewhere.Partner}")).Status.ShouldBe(HttpStatusCode.NotFound);
        var coordinatorToken = (await coordinator.GetAsync("/console/partners/new")).Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        (await coordinator.PostAsync($"/console/partners/{elsewhere.Partner}", ("partner.name", "Pris"), ("partner.kind", "other"), ("partner.services", "bank"),
            ("partner.languages", "fr"), ("__RequestVerificationToken", coordinatorToken))).Status.ShouldBe(HttpStatusCode.NotFound);
        (await EventCount()).ShouldBe(before);
    }

    [Fact]
    public async Task A_partner_is_no_longer_suggested_then_suggested_again_each_confirmed_on_its_own_page()
    {
        var coordinator = await As("coordinator-1", Security.CoordinatorRole);
        await coordinator.SubmitAsync("/console/partners/new", ("partner.name", "CPAS de Molenbeek"), ("partner.kind", "socialServices"),
            ("partner.services", "myminfin"), ("partner.difficulties", "paying"), ("partner.languages", "fr, ar"));
        await using var query = Store.QuerySession(OrgA);
        var partner = (await query.Events.QueryRawEventDataOnly<PartnerListed>().SingleAsync()).PartnerId;
        var page = $"/console/partners/{partner}";
        var deactivate = $"/console/organisation/settings/confirm/deactivate-partner/{partner}";
        (await coordinator.GetAsync(page)).Document.QuerySelector("#partner-activity")!.GetAttribute("href").ShouldBe(deactivate);
        var before = await EventCount();
        (await (await As(CaseScene.Facilitator)).GetAsync(deactivate)).Status.ShouldBe(HttpStatusCode.Forbidden);
        (await (await As("coordinator-1", Security.CoordinatorRole, OrgB)).GetAsync(deactivate)).Status.ShouldBe(HttpStatusCode.NotFound);
        (await EventCount()).ShouldBe(before);

        (await coordinator.SubmitAsync(deactivate, ("reason", "Fermé pour travaux"))).Location.ShouldBe("/console/partners?saved=true#message");
        (await Stream(partner)).Last().Data.ShouldBeOfType<PartnerDeactivated>().Reason.ShouldBe("Fermé pour travaux");
        var reactivate = (await coordinator.GetAsync(page)).Document.QuerySelector("#partner-activity")!.GetAttribute("href")!;
        reactivate.ShouldBe($"/console/organisation/settings/confirm/reactivate-partner/{partner}");
        (await coordinator.SubmitAsync(reactivate)).Location.ShouldBe("/console/partners?saved=true#message");
        (await Stream(partner)).Last().Data.ShouldBeOfType<PartnerReactivated>();
    }

    [Fact]
    public async Task A_coordinator_exports_and_erases_a_visitor_from_the_case_and_a_desk_worker_or_another_organisation_may_not()
    {
        var scene = await CaseScene.SetUp(Host, Coordinator());
        var karim = await As(CaseScene.DeskWorker);
        var recorded = await karim.SubmitAsync($"/console/desks/{scene.Desk}/sessions/{Today}", ("goal", "Payer ma facture"), ("service", "bank"),
            ("difficulty", "paying"), ("pseudonym", "Madame R."), ("contact", "0470 12 34 56"), ("consentNotice", "notice-2026-fr"));
        var caseId = Guid.Parse(recorded.Location!.Split("recorded=")[1].Split('#')[0]);
        var visitor = (await Stream(caseId))[0].Data.ShouldBeOfType<DropInRequestRecorded>().Visitor.VisitorId;
        var page = $"/console/visitors/{visitor}/privacy";
        (await karim.GetAsync($"/console/cases/{caseId}")).Document.QuerySelector("#visitor-data-link").ShouldBeNull();
        var coordinator = await As("coordinator-1", Security.CoordinatorRole);
        (await coordinator.GetAsync($"/console/cases/{caseId}")).Document.QuerySelector("#visitor-data-link")!.GetAttribute("href").ShouldBe(page);

        var before = await EventCount();
        (await karim.GetAsync(page)).Status.ShouldBe(HttpStatusCode.Forbidden);
        (await (await As("coordinator-1", Security.CoordinatorRole, OrgB)).GetAsync(page)).Status.ShouldBe(HttpStatusCode.NotFound);
        (await coordinator.GetAsync($"/console/visitors/{Guid.NewGuid()}/privacy")).Status.ShouldBe(HttpStatusCode.NotFound);
        var export = await coordinator.GetAsync($"{page}?handler=Export&format=json");
        export.Status.ShouldBe(HttpStatusCode.OK);
        export.Text.ShouldContain("Madame R.");
        var noReason = await coordinator.SubmitAsync(page);
        noReason.Status.ShouldBe(HttpStatusCode.BadRequest);
        noReason.ErrorOf("reason").ShouldNotBeNullOrEmpty();
        (await EventCount()).ShouldBe(before);

        var erased = await coordinator.SubmitAsync(page, ("reason", "request"));
        erased.Location.ShouldBe($"{page}?erased=true#message");
        await using (var query = Store.QuerySession(OrgA))
            (await query.Events.QueryRawEventDataOnly<VisitorErased>().ToListAsync()).ShouldHaveSingleItem().VisitorId.ShouldBe(visitor);
        (await coordinator.GetAsync($"{page}?erased=true")).Document.QuerySelector("#already-erased").ShouldNotBeNull();
        (await coordinator.GetAsync($"/console/cases/{caseId}")).Text.ShouldNotContain("Madame R.");
    }
}
