using System.Net;
using LivingLibrary.Api.Journal;
using LivingLibrary.Api.Platform;
using LivingLibrary.Api.Tests.Cases;
using LivingLibrary.Api.Tests.Support;
using LivingLibrary.Domain.Cases;
using LivingLibrary.Domain.Privacy;
using Marten;

namespace LivingLibrary.Api.Tests.Console;

/// <summary>The console's drop-in pages: the desks one may see, a session's sheet and a visitor's request on it.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class DeskPagesTests(ApiFixture fixture) : ApiTest(fixture)
{
    private Task<ConsoleClient> As(string userId, string role = Security.FacilitatorRole, string organisation = OrgA) =>
        ConsoleClient.SignInAsync(Host, userId, organisation, role);

    private static string Today => ApiFixture.Today.ToString("yyyy-MM-dd");

    [Fact]
    public async Task Staff_see_the_desks_they_staff_a_coordinator_every_desk_and_anyone_else_no_sheet()
    {
        var scene = await CaseScene.SetUp(Host, Coordinator());
        var karim = await As(CaseScene.DeskWorker);
        var desks = await karim.GetAsync("/console/desks");
        desks.Document.QuerySelector($"#desks #desk-{scene.Desk} h2")!.TextContent.ShouldBe("Permanence de Molenbeek");
        desks.Document.QuerySelector($"#desk-{scene.Desk} a[href='/console/desks/{scene.Desk}/sessions/{Today}']").ShouldNotBeNull();
        (await (await As("coordinator-1", Security.CoordinatorRole)).GetAsync("/console/desks")).Document.QuerySelector($"#desk-{scene.Desk}").ShouldNotBeNull();

        var amina = await As(CaseScene.Facilitator);
        (await amina.GetAsync("/console/desks")).Document.QuerySelector("#desks").ShouldBeNull();
        (await amina.GetAsync($"/console/desks/{scene.Desk}/sessions/{Today}")).Status.ShouldBe(HttpStatusCode.NotFound);
        var elsewhere = await CaseScene.SetUp(Host, Coordinator(OrgB));
        (await karim.GetAsync($"/console/desks/{elsewhere.Desk}/sessions/{Today}")).Status.ShouldBe(HttpStatusCode.NotFound);
        (await karim.GetAsync($"/console/desks/{scene.Desk}/sessions/yesterday")).Status.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_visitors_request_is_written_on_the_sheet_of_that_day_and_a_contact_without_consent_is_refused_and_appends_nothing()
    {
        var scene = await CaseScene.SetUp(Host, Coordinator());
        var karim = await As(CaseScene.DeskWorker);
        var sheet = $"/console/desks/{scene.Desk}/sessions/2026-11-17";
        (await karim.GetAsync(sheet)).Document.QuerySelector("#record-request input[name=languages][value=nl]").ShouldNotBeNull();
        var before = await EventCount();

        var refused = await karim.SubmitAsync(sheet, ("languages", "fr"), ("contact", "0470 00 00 00"), ("goal", "Déclarer mes impôts"),
            ("service", "myminfin"), ("difficulty", "forms-and-documents"));
        refused.Status.ShouldBe(HttpStatusCode.BadRequest);
        refused.ErrorOf("consentNotice").ShouldBe("Is required to keep a contact: name the privacy notice the visitor agreed to.", "a contact is kept only with the notice agreed to");
        refused.Document.QuerySelector("#f-contact")!.GetAttribute("value").ShouldBe("0470 00 00 00");
        (await EventCount()).ShouldBe(before);

        var recorded = await karim.SubmitAsync(sheet, ("languages", "fr"), ("languages", "ar"), ("pseudonym", "M."), ("postcodeArea", "1080"),
            ("goal", "Déclarer mes impôts sur MyMinfin"), ("service", "myminfin"), ("difficulty", "forms-and-documents"), ("urgency", "urgent"));
        recorded.Status.ShouldBe(HttpStatusCode.Redirect);
        var caseId = Guid.Parse(recorded.Location!.Split("recorded=")[1].Split('#')[0]);
        var stream = await Stream(caseId);
        stream.Single().UserName.ShouldBe(CaseScene.DeskWorker);
        var e = stream.Single().Data.ShouldBeOfType<DropInRequestRecorded>();
        e.ShouldSatisfyAllConditions(
            x => x.DeskId.ShouldBe(scene.Desk), x => x.SessionOn.ShouldBe(new DateOnly(2026, 11, 17)),
            x => x.Visitor.Languages.ShouldBe(["fr", "ar"]), x => x.Visitor.Pseudonym.ShouldBe("M."), x => x.Visitor.Contact.ShouldBeNull(),
            x => x.Details.Urgency.ShouldBe(Urgency.Urgent));

        var shown = await karim.GetAsync(sheet);
        shown.Document.QuerySelector($"#sheet #case-{caseId} a")!.GetAttribute("href").ShouldBe($"/console/cases/{caseId}");
        shown.Document.QuerySelector("#totals")!.TextContent.ShouldContain("1 request(s)");
        (await karim.GetAsync($"/console/desks/{scene.Desk}/sessions/{Today}")).Document.QuerySelector("#sheet").ShouldBeNull("another day's sheet");

        // The visitor's case, read through the console, is journalled for the visitor.
        var page = await karim.GetAsync($"/console/cases/{caseId}");
        page.Document.QuerySelector($"a[href='/console/desks/{scene.Desk}/sessions/2026-11-17']").ShouldNotBeNull();
        await using var session = Store.QuerySession(OrgA);
        (await session.Query<AccessJournalEntry>().ToListAsync()).Select(j => (j.Read, j.PersonKind, j.PersonId)).OrderBy(j => j.Read)
            .ShouldBe([(PersonalRead.Case, PersonKind.Visitor, e.Visitor.VisitorId), (PersonalRead.CaseTimeline, PersonKind.Visitor, e.Visitor.VisitorId)]);
    }

    [Fact]
    public async Task A_future_day_has_no_form_and_a_request_posted_to_it_is_refused()
    {
        var scene = await CaseScene.SetUp(Host, Coordinator());
        var karim = await As(CaseScene.DeskWorker);
        var future = $"/console/desks/{scene.Desk}/sessions/2026-12-01";
        var shown = await karim.GetAsync(future);
        shown.Status.ShouldBe(HttpStatusCode.OK);
        shown.Document.QuerySelector("#record-request").ShouldBeNull();
        var token = shown.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var before = await EventCount();
        var refused = await karim.PostAsync(future, ("goal", "Payer"), ("service", "bank"), ("difficulty", "paying"), ("__RequestVerificationToken", token));
        refused.Status.ShouldBe(HttpStatusCode.BadRequest);
        refused.Text.ShouldContain($"a day from 1 January 2000 to today, {ApiFixture.Today.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en"))}.");
        (await EventCount()).ShouldBe(before);
    }
}
