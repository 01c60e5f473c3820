using System.Net;
using LivingLibrary.Api.Journal;
using LivingLibrary.Api.Platform;
using LivingLibrary.Api.Tests.Support;
using LivingLibrary.Domain.Participants;
using LivingLibrary.Domain.Privacy;
using LivingLibrary.Domain.Reports;
using Marten;

namespace LivingLibrary.Api.Tests.Console;

/// <summary>
/// A coordinator's pages (issue 23): issuing and checking a funder report, a person's export and erasure, the CSV import
/// with its dry run. Each form is sent as a browser sends it and the event store read after it.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class CoordinatorPagesTests(ApiFixture fixture) : ApiTest(fixture)
{
    private Task<ConsoleClient> As(string userId, string role, string organisation = OrgA) => ConsoleClient.SignInAsync(Host, userId, organisation, role);

    private Task<ConsoleClient> Coordinator1(string organisation = OrgA) => As("coordinator-1", Security.CoordinatorRole, organisation);

    /// <summary>A post as a signed-in person may send one (the antiforgery token of any of their pages: the layout's sign-out form).</summary>
    private static async Task<ConsoleAnswer> PostAsAsync(ConsoleClient client, string url, params (string, string)[] fields)
    {
        var token = (await client.GetAsync("/console/desks")).Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        return await client.PostAsync(url, [.. fields, ("__RequestVerificationToken", token)]);
    }

    [Fact]
    public async Task A_coordinator_issues_the_organisations_funder_report_and_its_page_checks_it_against_the_issued_hash()
    {
        var coordinator = await Coordinator1();
        var sent = await coordinator.SubmitAsync("/console/organisation/report", "Issue", ("issue.from", "2026-01-01"), ("issue.to", "2026-10-31"));

        sent.Status.ShouldBe(HttpStatusCode.Redirect, sent.Text);
        sent.Location.ShouldEndWith("?issued=true#message");
        var reportId = Guid.Parse(sent.Location!.Split('/')[^1].Split('?')[0]);
        var issued = (await Stream(reportId)).ShouldHaveSingleItem();
        issued.UserName.ShouldBe("coordinator-1");
        var e = issued.Data.ShouldBeOfType<FunderReportIssued>();
        (e.GroupId, e.From, e.To).ShouldBe((null, new DateOnly(2026, 1, 1), new DateOnly(2026, 10, 31)));

        var page = await coordinator.GetAsync(sent.Location!);
        page.Document.QuerySelector("#message")!.GetAttribute("tabindex").ShouldBe("-1");
        page.Document.QuerySelector("#report-check")!.GetAttribute("data-matches").ShouldBe("true");
        page.Text.ShouldContain(e.Sha256);
        (await coordinator.GetAsync("/console/organisation/report")).Document.QuerySelector($"#issued-{reportId} a")!.GetAttribute("href")
            .ShouldBe($"/console/organisation/reports/{reportId}");
        var content = await coordinator.GetAsync($"/console/organisation/reports/{reportId}?handler=Content&format=json");
        content.Status.ShouldBe(HttpStatusCode.OK);
        content.Html.ShouldContain("2026-10-31", Case.Sensitive, content.Html[..Math.Min(300, content.Html.Length)]);
    }

    [Fact]
    public async Task An_impossible_date_is_refused_beside_its_field_a_facilitator_gets_403_another_organisation_404_and_nothing_is_appended()
    {
        var coordinator = await Coordinator1();
        var before = await EventCount();

        var impossible = await coordinator.SubmitAsync("/console/organisation/report", "Issue", ("issue.from", "2026-02-31"), ("issue.to", "2026-10-31"));
        impossible.Status.ShouldBe(HttpStatusCode.BadRequest);
        impossible.ErrorOf("issue.from").ShouldNotBeNullOrEmpty();
        impossible.Document.QuerySelector("#f-issue-from")!.GetAttribute("value").ShouldBe("2026-02-31", "what was typed stays");
        (await coordinator.SubmitAsync("/console/organisation/report", "Issue", ("issue.from", "2026-10-31"), ("issue.to", "2026-01-01")))
            .Status.ShouldBe(HttpStatusCode.BadRequest);

        var amina = await As("facilitator-1", Security.FacilitatorRole);
        (await amina.GetAsync("/console/organisation/report")).Status.ShouldBe(HttpStatusCode.Forbidden);
        (await PostAsAsync(amina, "/console/organisation/report?handler=Issue", ("issue.from", "2026-01-01"), ("issue.to", "2026-10-31")))
            .Status.ShouldBe(HttpStatusCode.Forbidden);
        (await EventCount()).ShouldBe(before);

        var sent = await coordinator.SubmitAsync("/console/organisation/report", "Issue", ("issue.from", "2026-01-01"), ("issue.to", "2026-10-31"));
        var elsewhere = await Coordinator1(OrgB);
        (await elsewhere.GetAsync(sent.Location!.Split('?')[0])).Status.ShouldBe(HttpStatusCode.NotFound);
    }

    private async Task<(Guid Group, Guid Samira)> SamiraEnrolled()
    {
        var group = await Host.CreateGroupAsync(Coordinator());
        await Host.AssignAsync(Coordinator(), group, "facilitator-1");
        return (group, await Host.EnrolAsync(Coordinator(), group, ParticipantScenarios.NewParticipant("Samira", "ar", "fr")));
    }

    [Fact]
    public async Task A_coordinator_downloads_a_persons_export_journalled_and_erases_them_from_a_confirmation_page_of_its_own()
    {
        var (_, samira) = await SamiraEnrolled();
        var coordinator = await Coordinator1();
        (await coordinator.GetAsync($"/console/participants/{samira}")).Document.QuerySelector("#personal-data-link")!.GetAttribute("href")
            .ShouldBe($"/console/participants/{samira}/privacy");

        var export = await coordinator.GetAsync($"/console/participants/{samira}/privacy?handler=Export&format=page");
        export.Status.ShouldBe(HttpStatusCode.OK);
        export.Text.ShouldContain("Samira");
        await using (var session = Store.QuerySession(OrgA))
            (await session.JournalOfAsync(samira)).ShouldContain(j => j.Read == PersonalRead.Export && j.UserId == "coordinator-1");

        var confirm = await coordinator.GetAsync($"/console/participants/{samira}/privacy");
        confirm.Document.QuerySelector("form#erase button[type=submit]").ShouldNotBeNull();
        (await Stream(samira)).ShouldNotContain(e => e.Data is PersonErased, "showing the confirmation erases nothing");

        var erased = await coordinator.SubmitAsync($"/console/participants/{samira}/privacy", ("reason", "request"));
        erased.Status.ShouldBe(HttpStatusCode.Redirect, erased.Text);
        erased.Location.ShouldBe($"/console/participants/{samira}/privacy?erased=true#message");
        var e = (await Stream(samira)).Select(x => x.Data).OfType<PersonErased>().ShouldHaveSingleItem();
        e.Reason.ShouldBe(ErasureReason.Request);
        var after = await coordinator.GetAsync(erased.Location!);
        after.Document.QuerySelector("#message").ShouldNotBeNull();
        after.Document.QuerySelector("#already-erased").ShouldNotBeNull();
        after.Text.ShouldNotContain("Samira");
    }

    [Fact]
    public async Task An_erasure_without_a_reason_a_facilitators_and_another_organisations_are_refused_and_append_nothing()
    {
        var (_, samira) = await SamiraEnrolled();
        var coordinator = await Coordinator1();
        var before = await EventCount();

        var noReason = await coordinator.SubmitAsync($"/console/participants/{samira}/privacy");
        noReason.Status.ShouldBe(HttpStatusCode.BadRequest);
        noReason.ErrorOf("reason").ShouldNotBeNullOrEmpty();

        var amina = await As("facilitator-1", Security.FacilitatorRole);
        (await amina.GetAsync($"/console/participants/{samira}/privacy")).Status.ShouldBe(HttpStatusCode.Forbidden);
        (await amina.GetAsync($"/console/participants/{samira}/privacy?handler=Export&format=page")).Status.ShouldBe(HttpStatusCode.Forbidden);
        (await PostAsAsync(amina, $"/console/participants/{samira}/privacy", ("reason", "request"))).Status.ShouldBe(HttpStatusCode.Forbidden);
        (await amina.GetAsync($"/console/participants/{samira}")).Document.QuerySelector("#personal-data-link").ShouldBeNull();

        var elsewhere = await Coordinator1(OrgB);
        (await elsewhere.GetAsync($"/console/participants/{samira}/privacy")).Status.ShouldBe(HttpStatusCode.NotFound);
        (await elsewhere.GetAsync($"/console/participants/{samira}/privacy?handler=Export")).Status.ShouldBe(HttpStatusCode.NotFound);
        (await PostAsAsync(elsewhere, $"/console/participants/{samira}/privacy", ("reason", "request"))).Status.ShouldBe(HttpStatusCode.NotFound);
        (await EventCount()).ShouldBe(before);
        await using var session = Store.QuerySession(OrgA);
        (await session.JournalOfAsync(samira)).ShouldNotContain(j => j.Read == PersonalRead.Export, "a refused export shows nothing and records nothing");
    }

    private const string GoodFile = """
        displayName;languages;consentNotice;consentGivenOn;assessedOn;pay-bill-online
        Samira;ar fr;notice-2026-fr;2026-09-01;2026-09-01;3
        Karim;nl;notice-2026-fr;2026-09-02;;
        """;

    [Fact]
    public async Task The_import_shows_its_dry_run_line_by_line_records_nothing_then_enrols_every_line_when_confirmed()
    {
        var (group, _) = await SamiraEnrolled();
        var amina = await As("facilitator-1", Security.FacilitatorRole);
        (await amina.GetAsync($"/console/groups/{group}")).Document.QuerySelector("#import-link")!.GetAttribute("href").ShouldBe($"/console/groups/{group}/import");
        var before = await EventCount();

        var dryRun = await amina.SubmitAsync($"/console/groups/{group}/import", ("csv", GoodFile));
        dryRun.Status.ShouldBe(HttpStatusCode.OK, dryRun.Text);
        dryRun.Document.QuerySelector("#line-2 td")!.TextContent.ShouldBe("Enrols Samira (1 intake level(s))");
        dryRun.Document.QuerySelector("#line-3 td")!.TextContent.ShouldBe("Enrols Karim (0 intake level(s))");
        (await EventCount()).ShouldBe(before, "a dry run records nothing");

        // The confirmation is on the dry run's page: its hidden fields are the file it checked.
        var shown = dryRun.Document.QuerySelector("#confirm-import")!;
        var fields = shown.QuerySelectorAll("input[type=hidden]").Select(i => (i.GetAttribute("name")!, i.GetAttribute("value") ?? "")).ToArray();
        var imported = await amina.PostAsync($"/console/groups/{group}/import?handler=Import", fields);

        imported.Status.ShouldBe(HttpStatusCode.Redirect, imported.Text);
        imported.Location.ShouldBe($"/console/groups/{group}/import?imported=2#message");
        (await EventCount()).ShouldBe(before + 3, "two enrolments and Samira's intake levels");
        await using var session = Store.QuerySession(OrgA);
        (await session.Query<Participant>().Where(p => p.GroupId == group).ToListAsync()).Select(p => p.Person.DisplayName).Order()
            .ShouldBe(["Karim", "Samira", "Samira"]);
        (await amina.GetAsync(imported.Location!)).Document.QuerySelector("#message")!.TextContent.ShouldContain("2 participant(s) enrolled.");
    }

    [Fact]
    public async Task A_file_with_bad_lines_shows_each_error_beside_its_line_offers_no_confirmation_and_another_organisations_group_is_404()
    {
        var (group, _) = await SamiraEnrolled();
        var coordinator = await Coordinator1();
        var before = await EventCount();

        var dryRun = await coordinator.SubmitAsync($"/console/groups/{group}/import", ("csv", """
            displayName,languages,availability,consentNotice,consentGivenOn
            Samira,ar,tue-morning,notice-2026-fr,2026-09-01
            ,fr,someday,notice-2026-fr,2026-09-01
            """));
        dryRun.Status.ShouldBe(HttpStatusCode.BadRequest);
        dryRun.Document.QuerySelector("#line-2 td")!.TextContent.ShouldBe("Enrols Samira (0 intake level(s))");
        var bad = dryRun.Document.QuerySelector("#line-3")!;
        bad.QuerySelectorAll("li code").Select(c => c.TextContent).Order().ShouldBe(["availability", "displayName"]);
        dryRun.Document.QuerySelector("#confirm-import").ShouldBeNull();
        (await coordinator.SubmitAsync($"/console/groups/{group}/import")).ErrorOf("file").ShouldNotBeNullOrEmpty();

        var elsewhere = await Coordinator1(OrgB);
        (await elsewhere.GetAsync($"/console/groups/{group}/import")).Status.ShouldBe(HttpStatusCode.NotFound);
        (await PostAsAsync(elsewhere, $"/console/groups/{group}/import?handler=Import", ("checked", Convert.ToBase64String("displayName\nX\n"u8.ToArray()))))
            .Status.ShouldBe(HttpStatusCode.NotFound);
        (await EventCount()).ShouldBe(before);
    }
}
