using LivingLibrary.Api.Journal;
using LivingLibrary.Api.Platform;
using LivingLibrary.Api.Tests.Cases;
using LivingLibrary.Api.Tests.Evaluations;
using LivingLibrary.Api.Tests.Support;
using LivingLibrary.Domain.Cases;
using LivingLibrary.Domain.Evaluations;
using LivingLibrary.Domain.Pairings;
using LivingLibrary.Api.Tests.Pairings;
using Marten;

namespace LivingLibrary.Api.Tests.Console;

/// <summary>The "today" page of each role, and the search by name across the groups one may see.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class TodayAndSearchPagesTests(ApiFixture fixture) : ApiTest(fixture)
{
    private Task<ConsoleClient> As(string userId, string role = Security.FacilitatorRole, string organisation = OrgA) =>
        ConsoleClient.SignInAsync(Host, userId, organisation, role);

    [Fact]
    public async Task A_desk_worker_sees_the_sessions_they_staff_today_and_a_facilitator_their_groups_cases_due_and_pairings_waiting()
    {
        var scene = await CaseScene.SetUp(Host, Coordinator());
        var due = await Host.CreateAsync(Facilitator(CaseScene.Facilitator), $"/api/groups/{scene.Group}/cases",
            CaseScene.ItsmeCase(scene.Samira, dueOn: ApiFixture.Today.AddDays(3)));
        await Host.CreateAsync(Facilitator(CaseScene.Facilitator), $"/api/groups/{scene.Group}/cases",
            CaseScene.ItsmeCase(scene.Jean, dueOn: ApiFixture.Today.AddDays(30)));
        var pairings = await PairingScene.SetUp(Host, Coordinator(), Facilitator(PairingScene.Facilitator)); // Amina runs this group too
        var proposed = await Host.ProposeAsync(Facilitator(PairingScene.Facilitator), new ProposePairing(null, pairings.JeanNeed, pairings.Samira));

        var karim = await As(CaseScene.DeskWorker);
        var home = await karim.GetAsync("/console");
        home.Document.QuerySelector("header a[href='/console/today']").ShouldNotBeNull();
        var today = await karim.GetAsync("/console/today");
        today.Document.QuerySelector($"#today-desk-{scene.Desk} a")!.GetAttribute("href")
            .ShouldBe($"/console/desks/{scene.Desk}/sessions/{ApiFixture.Today:yyyy-MM-dd}", "the desk opens on Tuesdays, and today is one");
        today.Document.QuerySelector("#cases-due").ShouldBeNull("a desk worker runs no group");

        var amina = await As(CaseScene.Facilitator);
        var hers = await amina.GetAsync("/console/today");
        hers.Document.QuerySelector("#desks-today").ShouldBeNull("she staffs no desk");
        hers.Document.QuerySelectorAll("#cases-due tbody tr").Select(r => r.Id).ShouldBe([$"due-{due}"], "due within the week; not the one due in a month");
        hers.Document.QuerySelector($"#step-{proposed}")!.TextContent.ShouldContain("still waiting for a yes");

        var bram = await As("facilitator-2");
        var his = await bram.GetAsync("/console/today");
        his.Document.QuerySelector($"#step-{proposed}").ShouldBeNull("another facilitator's group");
        his.Document.QuerySelector("#cases-due").ShouldBeNull();
    }

    [Fact]
    public async Task A_coordinator_sees_the_organisations_day_counted_and_nothing_of_another_organisation()
    {
        var scene = await CaseScene.SetUp(Host, Coordinator());
        await Host.CreateAsync(Facilitator(CaseScene.Facilitator), $"/api/groups/{scene.Group}/cases", CaseScene.ItsmeCase(scene.Samira, dueOn: ApiFixture.Today));
        var evaluation = await EvaluationScene.SetUp(Host, Coordinator());
        await evaluation.OpenAsync(Host, Coordinator(), AnswerMode.Named);
        var elsewhere = await CaseScene.SetUp(Host, Coordinator(OrgB));
        await Host.CreateAsync(Coordinator(OrgB), $"/api/groups/{elsewhere.Group}/cases", CaseScene.ItsmeCase(elsewhere.Samira, dueOn: ApiFixture.Today));

        var page = await (await As("coordinator-1", Security.CoordinatorRole)).GetAsync("/console/today");
        page.Document.QuerySelector("#cases-due-count")!.TextContent.ShouldBe("1 case(s) due within a week or overdue");
        page.Document.QuerySelector("#overdue-loans")!.TextContent.ShouldBe("0 device loan(s) overdue");
        page.Document.QuerySelector("#open-evaluations")!.TextContent.ShouldBe("1 evaluation(s) open");
        page.Document.QuerySelector($"#today-desk-{scene.Desk}").ShouldNotBeNull("a coordinator sees every desk open today");
        page.Document.QuerySelector($"#today-desk-{elsewhere.Desk}").ShouldBeNull();
    }

    [Fact]
    public async Task A_search_by_name_finds_people_only_in_the_groups_the_caller_may_see_and_journals_nothing()
    {
        var scene = await CaseScene.SetUp(Host, Coordinator());               // Amina's group: Samira, Jean
        var other = await Host.CreateGroupAsync(Coordinator());                 // a group Amina does not run
        var samia = await Host.EnrolAsync(Coordinator(), other, ParticipantScenarios.NewParticipant("Samia Ouali"));
        var elsewhere = await CaseScene.SetUp(Host, Coordinator(OrgB));         // another organisation's Samira

        var amina = await As(CaseScene.Facilitator);
        var found = await amina.GetAsync("/console/search?name=SAMI");
        found.Document.QuerySelectorAll("#found tbody tr").Select(r => r.Id).ShouldBe([$"found-{scene.Samira}"]);
        found.Document.QuerySelector($"#found-{scene.Samira} th a")!.GetAttribute("href").ShouldBe($"/console/participants/{scene.Samira}");
        (await amina.GetAsync("/console/search?name=Ouali")).Document.QuerySelector("#found").ShouldBeNull();
        (await amina.GetAsync("/console/search?name=Ouali")).Document.QuerySelector("#message")!.TextContent.ShouldBe("Nobody of that name in your groups.");
        (await amina.GetAsync("/console/search?name=S")).Document.QuerySelector("#message")!.TextContent.ShouldBe("Type at least 2 letters.");

        var coordinator = await As("coordinator-1", Security.CoordinatorRole);
        (await coordinator.GetAsync("/console/search?name=sami")).Document.QuerySelectorAll("#found tbody tr").Select(r => r.Id).Order()
            .ShouldBe(new[] { $"found-{scene.Samira}", $"found-{samia}" }.Order(), "every group of the organisation, none of another");
        (await coordinator.GetAsync("/console/search?name=sami")).Text.ShouldNotContain(elsewhere.Samira.ToString());

        var karim = await As(CaseScene.DeskWorker);
        (await karim.GetAsync("/console/search?name=sami")).Document.QuerySelector("#found").ShouldBeNull("no group of his");
        (await karim.GetAsync("/console/today")).Document.QuerySelector("form[role=search] input[name=name]").ShouldNotBeNull();

        await using var session = Store.QuerySession(OrgA);
        (await session.Query<AccessJournalEntry>().CountAsync()).ShouldBe(0, "names and groups only, as a group's list shows them");
    }
}
