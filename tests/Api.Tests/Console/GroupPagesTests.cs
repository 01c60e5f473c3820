using System.Net;
using LivingLibrary.Api.Platform;
using LivingLibrary.Api.Tests.Support;
using LivingLibrary.Domain.Participants;

namespace LivingLibrary.Api.Tests.Console;

/// <summary>The console's first pages: signing in, my groups, a group's enrolment and its intake grid, with the API's refusals.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class GroupPagesTests(ApiFixture fixture) : ApiTest(fixture)
{
    private const string Amina = "facilitator-1";

    private Task<ConsoleClient> As(string userId, string role, string organisation = OrgA, string language = "en") =>
        ConsoleClient.SignInAsync(Host, userId, organisation, role, language);

    private async Task<Guid> GroupOfAmina()
    {
        var group = await Host.CreateGroupAsync(Coordinator());
        await Host.AssignAsync(Coordinator(), group, Amina);
        return group;
    }

    [Fact]
    public async Task Every_page_but_signing_in_sends_a_stranger_to_sign_in()
    {
        var stranger = ConsoleClient.Anonymous(Host);
        foreach (var page in new[] { "/console", $"/console/groups/{Guid.NewGuid()}", $"/console/groups/{Guid.NewGuid()}/intake" })
        {
            var answer = await stranger.GetAsync(page);
            answer.Status.ShouldBe(HttpStatusCode.Redirect, page);
            answer.Location!.ShouldContain("/console/sign-in");
        }
        (await stranger.GetAsync("/console/sign-in")).Status.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task An_api_token_does_not_open_the_console_and_a_console_cookie_does_not_open_the_api()
    {
        var answer = await Host.Scenario(s =>
        {
            s.WithRequestHeader("Authorization", $"Bearer {Coordinator()}");
            s.Get.Url("/console");
            s.StatusCodeShouldBe(302);
        });
        answer.Context.Response.Headers.Location.ToString().ShouldContain("/console/sign-in");
    }

    [Fact]
    public async Task A_facilitator_sees_their_groups_only_and_another_organisations_group_is_404()
    {
        var mine = await GroupOfAmina();
        var other = await Host.CreateGroupAsync(Coordinator(), GroupScenarios.NewGroup("Jeudi soir"));
        var elsewhere = await Host.CreateGroupAsync(Coordinator(OrgB), GroupScenarios.NewGroup("Ailleurs"));
        var amina = await As(Amina, Security.FacilitatorRole);

        var groups = await amina.GetAsync("/console");
        groups.Text.ShouldContain("Mardi matin");
        groups.Text.ShouldNotContain("Jeudi soir");
        (await amina.GetAsync($"/console/groups/{mine}")).Status.ShouldBe(HttpStatusCode.OK);
        (await amina.GetAsync($"/console/groups/{other}")).Status.ShouldBe(HttpStatusCode.NotFound);
        (await amina.GetAsync($"/console/groups/{elsewhere}")).Status.ShouldBe(HttpStatusCode.NotFound);
        (await amina.GetAsync($"/console/groups/{elsewhere}/intake")).Status.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Enrolling_appends_the_enrolment_and_a_refused_one_shows_the_field_at_fault_and_appends_nothing()
    {
        var group = await GroupOfAmina();
        var amina = await As(Amina, Security.FacilitatorRole);
        var page = $"/console/groups/{group}";
        var before = await EventCount();

        var refused = await amina.SubmitAsync(page, "Enrol", ("displayName", ""), ("languages", "fr"), ("consent.notice", "notice-2026-fr"),
            ("consent.givenOn", "2026-09-01"));
        refused.Status.ShouldBe(HttpStatusCode.BadRequest);
        refused.ErrorOf("displayName").ShouldBe("Required.");
        refused.Document.QuerySelector("#f-displayName")!.GetAttribute("aria-invalid").ShouldBe("true");
        (await EventCount()).ShouldBe(before);

        var enrolled = await amina.SubmitAsync(page, "Enrol", ("displayName", "Samira"), ("languages", "fr"), ("languages", "ar"),
            ("contact", "0470 11 22 33"), ("consent.notice", "notice-2026-fr"), ("consent.givenOn", "2026-09-01"));
        enrolled.Status.ShouldBe(HttpStatusCode.Redirect);
        var id = Guid.Parse(enrolled.Location!.Split("enrolled=")[1].Split('#')[0]);
        var stream = await Stream(id);
        var e = stream.Single().Data.ShouldBeOfType<ParticipantEnrolled>();
        e.ShouldSatisfyAllConditions(
            x => x.Person.DisplayName.ShouldBe("Samira"), x => x.Languages.ShouldBe(["fr", "ar"]),
            x => x.Consent.Notice.ShouldBe("notice-2026-fr"), x => x.GroupId.ShouldBe(group));
        stream.Single().UserName.ShouldBe(Amina);
        (await amina.GetAsync(page)).Text.ShouldContain("Samira");
    }

    [Fact]
    public async Task A_facilitator_may_not_create_a_group_and_the_form_is_the_coordinators()
    {
        var amina = await As(Amina, Security.FacilitatorRole);
        (await amina.GetAsync("/console")).Document.QuerySelector("form #f-name").ShouldBeNull();
        var coordinator = await As("coordinator-1", Security.CoordinatorRole);
        var before = await EventCount();
        var token = (await coordinator.GetAsync("/console")).Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        // Her page has a form (signing out) whose token she may send with a coordinator's fields.
        var aminaToken = (await amina.GetAsync("/console")).Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        (await amina.PostAsync("/console", ("name", "Mon groupe"), ("place", "Ici"), ("startsOn", "2026-09-01"), ("endsOn", "2027-06-30"),
            ("languages", "fr"), ("__RequestVerificationToken", aminaToken))).Status.ShouldBe(HttpStatusCode.Forbidden);
        (await EventCount()).ShouldBe(before);

        var created = await coordinator.PostAsync("/console", ("name", "Mon groupe"), ("place", "Ici"), ("startsOn", "2026-09-01"),
            ("endsOn", "2027-06-30"), ("languages", "fr"), ("__RequestVerificationToken", token));
        created.Status.ShouldBe(HttpStatusCode.Redirect);
        (await EventCount()).ShouldBe(before + 1);
    }

    [Fact]
    public async Task An_enrolment_or_a_group_sent_twice_is_recorded_once_and_the_page_says_so()
    {
        var group = await GroupOfAmina();
        var amina = await As(Amina, Security.FacilitatorRole);
        var enrol = await amina.FilledAsync($"/console/groups/{group}", "form[action$='handler=Enrol']", ("displayName", "Samira"), ("languages", "fr"),
            ("consent.notice", "notice-2026-fr"), ("consent.givenOn", "2026-09-01"));
        var before = await EventCount();

        var first = await enrol();
        var again = await enrol();
        first.Status.ShouldBe(HttpStatusCode.Redirect);
        again.Location.ShouldBe(first.Location!.Replace("#message", "&already=true#message"), "the same participant");
        (await EventCount()).ShouldBe(before + 1);
        (await amina.GetAsync(again.Location!)).Document.QuerySelector("main > .notice[role=status]")!.TextContent.ShouldContain("nothing was recorded twice");

        var coordinator = await As("coordinator-1", Security.CoordinatorRole);
        var create = await coordinator.FilledAsync("/console", "form.card", ("name", "Mon groupe"), ("place", "Ici"), ("startsOn", "2026-09-01"),
            ("endsOn", "2027-06-30"), ("languages", "fr"));
        var created = await create();
        var createdAgain = await create();
        created.Location.ShouldStartWith("/console/groups/");
        createdAgain.Location.ShouldBe(created.Location!.Replace("#message", "&already=true#message"));
        (await EventCount()).ShouldBe(before + 2);
    }

    [Fact]
    public async Task A_form_without_its_antiforgery_token_is_refused_and_appends_nothing()
    {
        var group = await GroupOfAmina();
        var amina = await As(Amina, Security.FacilitatorRole);
        var before = await EventCount();
        (await amina.PostAsync($"/console/groups/{group}?handler=Enrol", ("displayName", "Samira"), ("consent.notice", "n"),
            ("consent.givenOn", "2026-09-01"))).Status.ShouldBe(HttpStatusCode.BadRequest);
        (await EventCount()).ShouldBe(before);
    }

    [Fact]
    public async Task The_intake_grid_records_one_assessment_per_person_whose_levels_changed_and_a_bad_cell_records_nothing()
    {
        var group = await GroupOfAmina();
        var samira = await Host.EnrolAsync(Coordinator(), group, ParticipantScenarios.NewParticipant("Samira", "fr"));
        var jean = await Host.EnrolAsync(Coordinator(), group, ParticipantScenarios.NewParticipant("Jean", "fr"));
        await Host.AssessAsync(Coordinator(), jean, new DateOnly(2026, 9, 1), ("pay-bill-online", 3));
        var amina = await As(Amina, Security.FacilitatorRole);
        var grid = $"/console/groups/{group}/intake?tasks=pay-bill-online&tasks=log-in-with-itsme";

        var shown = await amina.GetAsync(grid);
        shown.Document.QuerySelectorAll("td.level input").Length.ShouldBe(4);
        var cell = (string person, string task) => CellName(shown, person, task);
        shown.Document.QuerySelector($"input[name='{cell("Jean", "pay-bill-online")}']")!.GetAttribute("value").ShouldBe("3");
        // What the page's form sends besides the cells: the tasks, and which person each row is.
        (string, string)[] form = [("tasks", "pay-bill-online"), ("tasks", "log-in-with-itsme"), ("observedOn", "2026-09-08"),
            .. shown.Document.QuerySelectorAll("input[name=row]").Select(r => ("row", r.GetAttribute("value")!))];

        var before = await EventCount();
        var bad = await amina.SubmitAsync(grid, [.. form, (cell("Samira", "pay-bill-online"), "2"), (cell("Jean", "log-in-with-itsme"), "12")]);
        bad.Status.ShouldBe(HttpStatusCode.BadRequest);
        bad.ErrorOf(cell("Jean", "log-in-with-itsme")).ShouldBe("Must be a DigComp level from 1 to 8.");
        bad.Document.QuerySelector($"input[name='{cell("Samira", "pay-bill-online")}']")!.GetAttribute("value").ShouldBe("2", "what was typed stays");
        (await EventCount()).ShouldBe(before);

        var stranger = await amina.SubmitAsync(grid, [.. form.Where(f => f.Item1 != "row"), ("row", Guid.NewGuid().ToString("N")), (CellName(shown, "Jean", "pay-bill-online"), "4")]);
        stranger.Status.ShouldBe(HttpStatusCode.NotFound, "a row that is nobody of the group");
        (await EventCount()).ShouldBe(before);

        var saved = await amina.SubmitAsync(grid, [.. form, (cell("Samira", "pay-bill-online"), "2"), (cell("Samira", "log-in-with-itsme"), "1"),
            (cell("Jean", "pay-bill-online"), "3")]);
        saved.Status.ShouldBe(HttpStatusCode.Redirect);
        saved.Location!.ShouldContain("saved=2");
        var levels = (await Stream(samira)).Select(e => e.Data).OfType<SkillAssessed>().ToList();
        levels.Select(l => (l.Skill, l.Level, l.Intake, l.Source, l.AssessedOn)).ShouldBe(
        [
            ("pay-bill-online", 2, true, AssessmentSource.ObservedByFacilitator, new DateOnly(2026, 9, 8)),
            ("log-in-with-itsme", 1, true, AssessmentSource.ObservedByFacilitator, new DateOnly(2026, 9, 8)),
        ]);
        (await Stream(jean)).Select(e => e.Data).OfType<SkillAssessed>().Count().ShouldBe(1, "Jean's level did not change");
    }

    /// <summary>A grid cell's input name, found as a person finds it: by the row's name and the column's task.</summary>
    private static string CellName(ConsoleAnswer grid, string person, string task)
    {
        var row = grid.Document.QuerySelectorAll("th[scope=row]").Single(th => th.TextContent.Trim() == person).Id!;
        var column = grid.Document.QuerySelector($"th[data-task='{task}']")!.Id!;
        return $"l{row[1..]}.{column[1..]}";
    }

    [Fact]
    public async Task The_language_chosen_is_remembered()
    {
        await GroupOfAmina();
        var amina = await As(Amina, Security.FacilitatorRole, language: "en");
        (await amina.GetAsync("/console")).Document.QuerySelector("h1")!.TextContent.ShouldBe("My groups");
        var chosen = await amina.GetAsync("/console?language=nl");
        chosen.Status.ShouldBe(HttpStatusCode.Redirect);
        chosen.Location.ShouldBe("/console");
        var page = await amina.GetAsync("/console");
        page.Document.QuerySelector("h1")!.TextContent.ShouldBe("Mijn groepen");
        page.Document.DocumentElement.GetAttribute("lang").ShouldBe("nl");
    }

    [Fact]
    public async Task The_organisations_groups_are_listed_fifty_a_page_with_a_link_to_each_page()
    {
        for (var n = 1; n <= 51; n++) await Host.CreateGroupAsync(Coordinator(), GroupScenarios.NewGroup($"Groupe {n:D2}"));
        var coordinator = await ConsoleClient.SignInAsync(Host, "coordinator-1", OrgA, Security.CoordinatorRole);

        var first = await coordinator.GetAsync("/console/organisation");
        first.Document.QuerySelectorAll("#organisation-groups tbody tr").Length.ShouldBe(50);
        first.Document.QuerySelector("#group-pages a[aria-current=page]")!.GetAttribute("href").ShouldBe("/console/organisation?groupsPage=1");
        var pages = first.Document.QuerySelectorAll("#group-pages a").Select(a => a.GetAttribute("href")!).ToList();
        pages.Count.ShouldBeGreaterThanOrEqualTo(2);
        var listed = new List<string>();
        foreach (var page in pages)
            listed.AddRange((await coordinator.GetAsync(page)).Document.QuerySelectorAll("#organisation-groups tbody th a").Select(a => a.GetAttribute("href")!));
        listed.Count.ShouldBe(listed.Distinct().Count(), "no group is on two pages");
        listed.Count.ShouldBeInRange(50 * pages.Count - 49, 50 * pages.Count);
        var beyond = await coordinator.GetAsync("/console/organisation?groupsPage=99");
        beyond.Document.QuerySelector("#group-pages a[aria-current=page]")!.GetAttribute("href").ShouldBe(pages[^1]);
    }
}
