using System.Net;
using LivingLibrary.Api.Journal;
using LivingLibrary.Api.Platform;
using LivingLibrary.Api.Tests.Cases;
using LivingLibrary.Api.Tests.Loans;
using LivingLibrary.Api.Tests.Pairings;
using LivingLibrary.Api.Tests.Support;
using LivingLibrary.Domain.Pairings;
using LivingLibrary.Domain.Participants;
using LivingLibrary.Domain.Privacy;
using Marten;

namespace LivingLibrary.Api.Tests.Console;

/// <summary>
/// A participant's life in the console: their details and free time, consent and its withdrawal, leaving and moving
/// (each on a page of its own, sent through the API's participant commands), and their pairings, cases and loans on
/// their page. Each form is checked in the event store: the event on success, nothing when refused.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class ParticipantLifePagesTests(ApiFixture fixture) : ApiTest(fixture)
{
    private const string Amina = SamirasGroup.Amina;

    private Task<ConsoleClient> AsAmina(string organisation = OrgA) => SamirasGroup.AsAminaAsync(Host, organisation);

    private Task<(Guid Group, Guid Samira)> SamiraInAminasGroup() => SamirasGroup.SetUpAsync(Host, Coordinator());

    private static string Profile(Guid participant) => $"/console/participants/{participant}";

    private static string Saved(Guid participant) => $"{Profile(participant)}?saved=true#message";

    [Fact]
    public async Task The_profile_links_to_each_page_of_the_persons_life_and_shows_their_free_time()
    {
        var (_, samira) = await SamiraInAminasGroup();
        var amina = await AsAmina();

        var page = await amina.GetAsync(Profile(samira));
        var links = page.Document.QuerySelectorAll("#person-actions a").Select(a => a.GetAttribute("href")).ToList();
        links.ShouldBe([$"{Profile(samira)}/details", $"{Profile(samira)}/move", $"{Profile(samira)}/leave", $"{Profile(samira)}/card", $"{Profile(samira)}/consent/withdraw"]);
        page.Document.QuerySelector("#free-time a")!.GetAttribute("href").ShouldBe($"{Profile(samira)}/consent");
        page.Document.QuerySelector("#free-time dd")!.TextContent.ShouldBe("Tuesday morning");
        foreach (var link in links.Append($"{Profile(samira)}/consent"))
            (await amina.GetAsync(link!)).Status.ShouldBe(HttpStatusCode.OK, link);
    }

    [Fact]
    public async Task Details_and_free_time_are_sent_as_the_apis_command_and_a_bad_field_appends_nothing()
    {
        var (_, samira) = await SamiraInAminasGroup();
        var amina = await AsAmina();
        var page = $"{Profile(samira)}/details";

        var shown = await amina.GetAsync(page);
        shown.Document.QuerySelectorAll("#free-time tbody tr").Length.ShouldBe(7);
        shown.Document.QuerySelectorAll("#free-time input[type=checkbox]:checked").Select(i => i.GetAttribute("value")).ShouldBe(["tuesday.morning"]);
        shown.Document.QuerySelector("#free-time tbody tr th[scope=row]")!.TextContent.ShouldBe("Monday");
        shown.Document.QuerySelectorAll("#free-time tbody td[data-label]").Length.ShouldBe(21);

        var before = await EventCount();
        var refused = await amina.SubmitAsync(page, ("displayName", ""), ("languages", "ar"), ("otherLanguages", "Arabic!"),
            ("availability", "funday.morning"), ("availability", "monday.evening"));
        refused.Status.ShouldBe(HttpStatusCode.BadRequest);
        refused.ErrorOf("displayName").ShouldBe("Required.");
        refused.ErrorOf("languages")!.ShouldContain("Arabic!");
        refused.ErrorOf("availability").ShouldNotBeNullOrEmpty();
        refused.Document.QuerySelectorAll("#free-time input:checked").Select(i => i.GetAttribute("value")).ShouldBe(["monday.evening"], "what was ticked stays");
        refused.Document.QuerySelector("#f-otherLanguages")!.GetAttribute("value").ShouldBe("Arabic!", "what was typed stays");
        (await EventCount()).ShouldBe(before);

        var saved = await amina.SubmitAsync(page, ("displayName", "Samira B."), ("languages", "ar"), ("otherLanguages", "ti, nl"),
            ("availability", "monday.morning"), ("availability", "thursday.evening"), ("contact", "0470 00 00 00"));
        saved.Status.ShouldBe(HttpStatusCode.Redirect);
        saved.Location.ShouldBe(Saved(samira));
        var last = (await Stream(samira)).Last();
        var updated = last.Data.ShouldBeOfType<ParticipantDetailsUpdated>();
        updated.Person.ShouldBe(new PersonalDetails("Samira B.", "0470 00 00 00"));
        updated.Languages.ShouldBe(["ar", "ti", "nl"]);
        updated.Availability.ShouldBe([new TimeSlot(DayOfWeek.Monday, DayPart.Morning), new TimeSlot(DayOfWeek.Thursday, DayPart.Evening)]);
        last.UserName.ShouldBe(Amina);

        var profile = await amina.GetAsync(Saved(samira));
        profile.Document.QuerySelector("#message.notice[role=status][tabindex='-1']").ShouldNotBeNull();
        profile.Document.QuerySelector("#free-time dd")!.TextContent.ShouldBe("Monday morning, Thursday evening");
        (await amina.GetAsync(page)).Document.QuerySelectorAll("#free-time input:checked").Select(i => i.GetAttribute("value"))
            .ShouldBe(["monday.morning", "thursday.evening"]);
    }

    [Fact]
    public async Task A_consent_is_recorded_with_its_version_and_a_version_or_day_that_is_not_one_appends_nothing()
    {
        var (_, samira) = await SamiraInAminasGroup();
        var amina = await AsAmina();
        var page = $"{Profile(samira)}/consent";
        var before = await EventCount();

        var refused = await amina.SubmitAsync(page, ("notice", "notice-2027-fr"), ("version", "two"), ("givenOn", "2026-02-31"));
        refused.Status.ShouldBe(HttpStatusCode.BadRequest);
        refused.ErrorOf("version").ShouldNotBeNullOrEmpty();
        refused.ErrorOf("givenOn").ShouldNotBeNullOrEmpty("an impossible day is refused beside its field, never dropped");
        (await EventCount()).ShouldBe(before);

        var future = await amina.SubmitAsync(page, ("notice", "notice-2027-fr"), ("givenOn", ApiFixture.Today.AddDays(1).ToString("yyyy-MM-dd")));
        future.Status.ShouldBe(HttpStatusCode.BadRequest);
        future.ErrorOf("givenOn").ShouldNotBeNullOrEmpty();
        (await EventCount()).ShouldBe(before);

        var recorded = await amina.SubmitAsync(page, ("notice", "notice-2027-fr"), ("version", "2"), ("givenOn", "2026-10-01"));
        recorded.Status.ShouldBe(HttpStatusCode.Redirect);
        recorded.Location.ShouldBe(Saved(samira));
        (await Stream(samira)).Last().Data.ShouldBe(new ConsentRecorded(samira, new Consent("notice-2027-fr", new DateOnly(2026, 10, 1), 2)));
    }

    [Fact]
    public async Task Withdrawing_consent_is_confirmed_on_its_own_page_appends_the_withdrawal_once_and_an_impossible_day_appends_nothing()
    {
        var (_, samira) = await SamiraInAminasGroup();
        var amina = await AsAmina();
        var page = $"{Profile(samira)}/consent/withdraw";

        var confirm = await amina.GetAsync(page);
        confirm.Document.QuerySelector("form#withdraw button")!.TextContent.ShouldBe("Yes, withdraw the consent");
        confirm.Text.ShouldContain("Nothing that exists is erased");
        confirm.Document.QuerySelector($"a[href='{Profile(samira)}']").ShouldNotBeNull("a way back without withdrawing");
        (await Stream(samira)).Count.ShouldBe(1, "showing the confirmation records nothing");

        var before = await EventCount();
        var refused = await amina.SubmitAsync(page, ("on", "2026-02-31"));
        refused.Status.ShouldBe(HttpStatusCode.BadRequest);
        refused.ErrorOf("on").ShouldNotBeNullOrEmpty();
        var tooEarly = await amina.SubmitAsync(page, ("on", "2026-08-01"));
        tooEarly.Status.ShouldBe(HttpStatusCode.BadRequest);
        tooEarly.ErrorOf("on")!.ShouldContain("1 September 2026", Case.Insensitive);
        (await EventCount()).ShouldBe(before);

        var withdrawn = await amina.SubmitAsync(page, ("on", ""));
        withdrawn.Status.ShouldBe(HttpStatusCode.Redirect);
        withdrawn.Location.ShouldBe(Saved(samira));
        (await Stream(samira)).Last().Data.ShouldBe(new ConsentWithdrawn(samira, ApiFixture.Today));

        var again = await amina.GetAsync(page);
        again.Document.QuerySelector("form#withdraw").ShouldBeNull();
        again.Text.ShouldContain("already withdrawn");
        var profile = await amina.GetAsync(Profile(samira));
        profile.Document.QuerySelectorAll("#person-actions a").Select(a => a.GetAttribute("href")).ShouldNotContain(page);
    }

    [Fact]
    public async Task Leaving_is_confirmed_on_its_own_page_and_a_reason_too_long_appends_nothing()
    {
        var (group, samira) = await SamiraInAminasGroup();
        var amina = await AsAmina();
        var page = $"{Profile(samira)}/leave";
        (await amina.GetAsync(page)).Document.QuerySelector("h1")!.TextContent.ShouldBe("Samira leaves the group Mardi matin");

        var before = await EventCount();
        var refused = await amina.SubmitAsync(page, ("reason", new string('x', ParticipantRules.ReasonMax + 1)));
        refused.Status.ShouldBe(HttpStatusCode.BadRequest);
        refused.ErrorOf("reason").ShouldNotBeNullOrEmpty();
        (await EventCount()).ShouldBe(before);

        var left = await amina.SubmitAsync(page, ("reason", "Found a job"));
        left.Status.ShouldBe(HttpStatusCode.Redirect);
        (await Stream(samira)).Last().Data.ShouldBe(new ParticipantLeft(samira, group, "Found a job"));

        (await amina.GetAsync(page)).Document.QuerySelector("form#leave").ShouldBeNull();
        (await amina.GetAsync(Profile(samira))).Document.QuerySelectorAll("#person-actions a").Select(a => a.GetAttribute("href"))
            .ShouldBe([$"{Profile(samira)}/consent/withdraw"], "someone who left may still withdraw their consent, nothing else");
        before = await EventCount();
        var details = await amina.SubmitAsync($"{Profile(samira)}/details", ("displayName", "Samira"));
        details.Status.ShouldBe(HttpStatusCode.Conflict);
        details.Document.QuerySelector("form#details .problem[role=alert]").ShouldNotBeNull();
        (await EventCount()).ShouldBe(before);
    }

    [Fact]
    public async Task Moving_offers_the_groups_the_caller_runs_and_appends_the_move_and_a_group_she_does_not_run_is_404()
    {
        var (group, samira) = await SamiraInAminasGroup();
        var thursday = await Host.CreateGroupAsync(Coordinator(), GroupScenarios.NewGroup("Jeudi soir"));
        await Host.AssignAsync(Coordinator(), thursday, Amina);
        var notHers = await Host.CreateGroupAsync(Coordinator(), GroupScenarios.NewGroup("Vendredi"));
        var amina = await AsAmina();
        var page = $"{Profile(samira)}/move";

        var shown = await amina.GetAsync(page);
        shown.Document.QuerySelectorAll("form#move input[type=radio]").Select(i => i.GetAttribute("value")).ShouldBe([thursday.ToString()]);

        var before = await EventCount();
        (await amina.SubmitAsync(page, ("groupId", notHers.ToString()))).Status.ShouldBe(HttpStatusCode.NotFound);
        var notAnId = await amina.SubmitAsync(page, ("groupId", "thursday"));
        notAnId.Status.ShouldBe(HttpStatusCode.BadRequest);
        notAnId.ErrorOf("groupId").ShouldNotBeNullOrEmpty();
        var none = await amina.SubmitAsync(page);
        none.Status.ShouldBe(HttpStatusCode.BadRequest);
        none.ErrorOf("groupId").ShouldBe("Required.");
        (await EventCount()).ShouldBe(before);

        var moved = await amina.SubmitAsync(page, ("groupId", thursday.ToString()));
        moved.Status.ShouldBe(HttpStatusCode.Redirect);
        (await Stream(samira)).Last().Data.ShouldBe(new ParticipantMoved(samira, group, thursday));
        (await amina.GetAsync(Profile(samira))).Document.QuerySelector("dl.facts a")!.GetAttribute("href").ShouldBe($"/console/groups/{thursday}");
    }

    [Fact]
    public async Task Another_organisations_participant_and_one_of_a_group_she_does_not_run_are_404_on_every_page_and_nothing_is_appended()
    {
        var (_, samira) = await SamiraInAminasGroup();
        var other = await Host.CreateGroupAsync(Coordinator(), GroupScenarios.NewGroup("Jeudi soir"));
        var jean = await Host.EnrolAsync(Coordinator(), other, ParticipantScenarios.NewParticipant("Jean", "fr"));
        var elsewhere = await Host.CreateGroupAsync(Coordinator(OrgB), GroupScenarios.NewGroup("Ailleurs"));
        var karim = await Host.EnrolAsync(Coordinator(OrgB), elsewhere, ParticipantScenarios.NewParticipant("Karim", "fr"));
        var amina = await AsAmina();
        var token = (await amina.GetAsync($"{Profile(samira)}/details")).Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var forms = new (string Page, (string, string)[] Fields)[]
        {
            ("details", [("displayName", "X"), ("languages", "fr")]),
            ("consent", [("notice", "n"), ("givenOn", "2026-10-01")]),
            ("consent/withdraw", []),
            ("leave", []),
            ("move", [("groupId", other.ToString())]),
        };
        var before = await EventCount();
        foreach (var stranger in new[] { jean, karim, Guid.NewGuid() })
        foreach (var (page, fields) in forms)
        {
            var url = $"{Profile(stranger)}/{page}";
            (await amina.GetAsync(url)).Status.ShouldBe(HttpStatusCode.NotFound, url);
            (await amina.PostAsync(url, [.. fields, ("__RequestVerificationToken", token)])).Status.ShouldBe(HttpStatusCode.NotFound, url);
        }
        (await EventCount()).ShouldBe(before);
        await using var a = Store.QuerySession(OrgA);
        (await a.JournalOfAsync(jean)).ShouldBeEmpty();
    }

    [Fact]
    public async Task The_profile_shows_their_pairings_cases_and_loans_as_tables_with_links_and_journals_each_read()
    {
        var scene = await PairingScene.SetUp(Host, Coordinator(), Coordinator());
        var pairing = await Host.ProposeAsync(Coordinator(), new ProposePairing(null, scene.JeanNeed, scene.Samira));
        var problem = await Host.PostCaseAsync(Coordinator(), scene.Group, CaseScene.ItsmeCase(scene.Jean));
        var laptop = await Host.CreateAsync(Coordinator(), "/api/devices", LoanScene.Device());
        await Host.SendAsync(Coordinator(), $"/api/devices/{laptop}/lend", LoanScene.To(scene.Jean));
        var amina = await AsAmina();

        var page = await amina.GetAsync(Profile(scene.Jean));
        page.Status.ShouldBe(HttpStatusCode.OK);
        var pairingRow = page.Document.QuerySelector("#pairings tbody tr")!;
        pairingRow.QuerySelector("th[scope=row] a")!.GetAttribute("href").ShouldBe($"/console/pairings/{pairing}");
        pairingRow.QuerySelector("td[data-label='With']")!.TextContent.ShouldBe("Samira");
        pairingRow.QuerySelector("td[data-label='State']")!.TextContent.ShouldBe("proposed");
        var caseRow = page.Document.QuerySelector("#cases tbody tr")!;
        caseRow.QuerySelector("th[scope=row] a")!.GetAttribute("href").ShouldBe($"/console/cases/{problem}");
        caseRow.QuerySelectorAll("td").ShouldAllBe(td => td.HasAttribute("data-label"));
        var loanRow = page.Document.QuerySelector("#loans tbody tr")!;
        loanRow.QuerySelector("th[scope=row]")!.TextContent.ShouldBe("Laptop ANT-LAP-0042");
        loanRow.QuerySelectorAll("td").ShouldAllBe(td => td.HasAttribute("data-label"));

        await using var session = Store.QuerySession(OrgA);
        (await session.JournalOfAsync(scene.Jean)).Select(e => e.Read)
            .ShouldBe([PersonalRead.Profile, PersonalRead.Pairings, PersonalRead.Case, PersonalRead.Loans], ignoreOrder: true);

        var helper = await amina.GetAsync(Profile(scene.Samira));
        helper.Document.QuerySelector("#pairings tbody td[data-label='As']")!.TextContent.ShouldBe("Helper");
        helper.Text.ShouldContain("No case.");
        helper.Text.ShouldContain("No loan.");
    }
}
