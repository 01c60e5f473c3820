using System.Net;
using LivingLibrary.Api.Platform;
using LivingLibrary.Api.Tests.Support;
using LivingLibrary.Domain.Cases;
using LivingLibrary.Domain.Competences;
using LivingLibrary.Domain.DropIns;
using LivingLibrary.Domain.Evaluations;
using LivingLibrary.Domain.Privacy;
using Marten;

namespace LivingLibrary.Api.Tests.Console;

/// <summary>The organisation's settings (issue 23): services, tasks, questions, desks and retention, each form read back from the event store.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class SettingsPagesTests(ApiFixture fixture) : ApiTest(fixture)
{
    private const string Settings = "/console/organisation/settings";

    private Task<ConsoleClient> Coordinator1(string organisation = OrgA) => ConsoleClient.SignInAsync(Host, "coordinator-1", organisation, Security.CoordinatorRole);

    private async Task<IReadOnlyList<T>> Recorded<T>(string organisation = OrgA) where T : class
    {
        await using var session = Store.QuerySession(organisation);
        return await session.Events.QueryRawEventDataOnly<T>().ToListAsync();
    }

    private static void Saved(ConsoleAnswer answer, string form)
    {
        answer.Status.ShouldBe(HttpStatusCode.Redirect, answer.Text);
        answer.Location.ShouldBe($"{Settings}?saved={form}#message");
    }

    [Fact]
    public async Task A_coordinator_adds_a_service_a_task_a_question_opens_a_desk_and_sets_the_retention_each_an_event_and_listed()
    {
        var coordinator = await Coordinator1();
        (await coordinator.GetAsync("/console/organisation")).Document.QuerySelector("#settings-link")!.GetAttribute("href").ShouldBe(Settings);

        Saved(await coordinator.SubmitAsync(Settings, "Service", ("service.code", "cpas-liege"), ("service.nameFr", "CPAS de Liège")), "service");
        (await Recorded<OrganisationServiceAdded>()).ShouldHaveSingleItem().Code.ShouldBe("cpas-liege");

        Saved(await coordinator.SubmitAsync(Settings, "Task", ("task.code", "book-train-ticket"), ("task.nameFr", "Acheter un billet de train"),
            ("task.competences", "1.1"), ("task.competences", "4.2")), "task");
        (await Recorded<OrganisationTaskAdded>()).ShouldHaveSingleItem().Competences.ShouldBe(["1.1", "4.2"]);

        Saved(await coordinator.SubmitAsync(Settings, "Question", ("question.kind", "satisfaction"), ("question.text.fr", "Le lieu vous convient-il ?"),
            ("question.forKinds", "endOfProject")), "question");
        var question = (await Recorded<OrganisationQuestionAdded>()).ShouldHaveSingleItem();
        (question.Kind, question.Text.Fr).ShouldBe((QuestionKind.Satisfaction, "Le lieu vous convient-il ?"));
        question.ForKinds.ShouldBe([CampaignKind.EndOfProject]);

        Saved(await coordinator.SubmitAsync(Settings, "Desk", ("desk.name", "Permanence d'Outremeuse"), ("desk.place", "Maison de quartier"),
            ("desk.languages", "fr ar"), ("desk.hours[0].day", "thursday"), ("desk.hours[0].from", "14:00"), ("desk.hours[0].until", "17:00")), "desk");
        var desk = (await Recorded<DropInDeskOpened>()).ShouldHaveSingleItem();
        desk.Hours.ShouldBe([new WeeklyHours(DayOfWeek.Thursday, new TimeOnly(14, 0), new TimeOnly(17, 0))]);
        desk.Languages.ShouldBe(["fr", "ar"]);

        Saved(await coordinator.SubmitAsync(Settings, "Retention", ("retention.monthsAfterLeaving", "24")), "retention");
        (await Recorded<RetentionSet>()).ShouldHaveSingleItem().MonthsAfterLeaving.ShouldBe(24);

        var page = await coordinator.GetAsync($"{Settings}?saved=retention");
        page.Document.QuerySelector("#message")!.GetAttribute("tabindex").ShouldBe("-1");
        page.Document.QuerySelector("#service-cpas-liege")!.TextContent.ShouldContain("CPAS de Liège");
        page.Document.QuerySelector("#task-book-train-ticket").ShouldNotBeNull();
        page.Document.QuerySelector($"#question-{question.QuestionId} a")!.GetAttribute("href").ShouldBe($"/console/organisation/questions/{question.QuestionId}");
        page.Document.QuerySelector($"#desk-{desk.DeskId}")!.TextContent.ShouldContain("14:00–17:00");
        page.Document.QuerySelector("#retention-now")!.TextContent.ShouldBe("A person's data is erased 24 month(s) after they leave.");
    }

    [Fact]
    public async Task A_question_is_reworded_and_retired_and_a_desk_closed_each_from_a_page_of_its_own()
    {
        var coordinator = await Coordinator1();
        await coordinator.SubmitAsync(Settings, "Question", ("question.kind", "open"), ("question.text.fr", "Qu'avez-vous appris ?"));
        var question = (await Recorded<OrganisationQuestionAdded>()).Single().QuestionId;
        await coordinator.SubmitAsync(Settings, "Desk", ("desk.name", "Permanence"), ("desk.place", "Bibliothèque"), ("desk.languages", "fr"),
            ("desk.hours[0].day", "monday"), ("desk.hours[0].from", "09:00"), ("desk.hours[0].until", "12:00"));
        var desk = (await Recorded<DropInDeskOpened>()).Single().DeskId;

        var reworded = await coordinator.SubmitAsync($"/console/organisation/questions/{question}", ("text.fr", "Qu'avez-vous appris de neuf ?"));
        reworded.Location.ShouldBe($"/console/organisation/questions/{question}?reworded=true#message");
        (await Recorded<OrganisationQuestionReworded>()).ShouldHaveSingleItem().Text.Fr.ShouldBe("Qu'avez-vous appris de neuf ?");

        var confirm = $"/console/organisation/settings/confirm/retire-question/{question}";
        (await coordinator.GetAsync($"/console/organisation/questions/{question}")).Document.QuerySelector("#retire-link")!.GetAttribute("href").ShouldBe(confirm);
        (await coordinator.GetAsync(confirm)).Status.ShouldBe(HttpStatusCode.OK);
        (await Recorded<OrganisationQuestionRetired>()).ShouldBeEmpty("showing the confirmation retires nothing");
        Saved(await coordinator.SubmitAsync(confirm), "retire-question");
        (await Recorded<OrganisationQuestionRetired>()).ShouldHaveSingleItem().QuestionId.ShouldBe(question);

        Saved(await coordinator.SubmitAsync($"/console/organisation/settings/confirm/close-desk/{desk}", ("reason", "Fin du projet")), "close-desk");
        (await Recorded<DropInDeskClosed>()).ShouldHaveSingleItem().ShouldBe(new DropInDeskClosed(desk, "Fin du projet"));
    }

    [Fact]
    public async Task Fields_at_fault_are_shown_beside_them_a_facilitator_gets_403_another_organisation_404_and_nothing_is_appended()
    {
        var coordinator = await Coordinator1();
        await coordinator.SubmitAsync(Settings, "Question", ("question.kind", "open"), ("question.text.fr", "Qu'avez-vous appris ?"));
        var question = (await Recorded<OrganisationQuestionAdded>()).Single().QuestionId;
        var before = await EventCount();

        var badTime = await coordinator.SubmitAsync(Settings, "Desk", ("desk.name", "Permanence"), ("desk.place", "Bibliothèque"), ("desk.languages", "fr"),
            ("desk.hours[0].day", "monday"), ("desk.hours[0].from", "25:00"), ("desk.hours[0].until", "12:00"));
        badTime.Status.ShouldBe(HttpStatusCode.BadRequest);
        badTime.ErrorOf("desk.hours[0].from").ShouldNotBeNullOrEmpty();
        badTime.Document.QuerySelector("#f-desk-name")!.GetAttribute("value").ShouldBe("Permanence", "what was typed stays");
        var noCode = await coordinator.SubmitAsync(Settings, "Service", ("service.nameFr", "Sans code"));
        noCode.Status.ShouldBe(HttpStatusCode.BadRequest);
        noCode.ErrorOf("service.code").ShouldNotBeNullOrEmpty();
        (await coordinator.SubmitAsync(Settings, "Retention", ("retention.monthsAfterLeaving", "deux"))).ErrorOf("retention.monthsAfterLeaving").ShouldNotBeNullOrEmpty();
        (await coordinator.SubmitAsync(Settings, "Question", ("question.kind", "open"))).ErrorOf("question.text").ShouldNotBeNullOrEmpty();
        (await coordinator.SubmitAsync(Settings, "Task", ("task.code", "x-task"), ("task.nameFr", "X"))).Status.ShouldBe(HttpStatusCode.BadRequest);

        var amina = await ConsoleClient.SignInAsync(Host, "facilitator-1", OrgA, Security.FacilitatorRole);
        (await amina.GetAsync(Settings)).Status.ShouldBe(HttpStatusCode.Forbidden);
        (await amina.GetAsync($"/console/organisation/questions/{question}")).Status.ShouldBe(HttpStatusCode.Forbidden);
        var token = (await amina.GetAsync("/console/desks")).Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        (await amina.PostAsync($"{Settings}?handler=Service", ("service.code", "x"), ("__RequestVerificationToken", token))).Status.ShouldBe(HttpStatusCode.Forbidden);
        (await amina.PostAsync($"/console/organisation/settings/confirm/retire-question/{question}", ("__RequestVerificationToken", token))).Status.ShouldBe(HttpStatusCode.Forbidden);

        var elsewhere = await Coordinator1(OrgB);
        (await elsewhere.GetAsync($"/console/organisation/questions/{question}")).Status.ShouldBe(HttpStatusCode.NotFound);
        (await elsewhere.GetAsync($"/console/organisation/settings/confirm/retire-question/{question}")).Status.ShouldBe(HttpStatusCode.NotFound);
        var otherToken = (await elsewhere.GetAsync("/console/desks")).Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        (await elsewhere.PostAsync($"/console/organisation/settings/confirm/retire-question/{question}", ("__RequestVerificationToken", otherToken)))
            .Status.ShouldBe(HttpStatusCode.NotFound);
        (await EventCount()).ShouldBe(before);
    }

    [Fact]
    public async Task Someone_is_added_to_a_desks_staff_from_the_settings_and_a_desk_of_another_organisation_or_no_desk_appends_nothing()
    {
        var coordinator = await Coordinator1();
        await coordinator.SubmitAsync(Settings, "Desk", ("desk.name", "Permanence d'Anderlecht"), ("desk.place", "Bibliothèque"), ("desk.languages", "fr ar"),
            ("desk.hours[0].day", "tuesday"), ("desk.hours[0].from", "09:00"), ("desk.hours[0].until", "12:00"));
        var desk = (await Recorded<DropInDeskOpened>()).Single().DeskId;
        var elsewhere = await Coordinator1(OrgB);
        await elsewhere.SubmitAsync(Settings, "Desk", ("desk.name", "Ailleurs"), ("desk.place", "Ailleurs"), ("desk.languages", "nl"),
            ("desk.hours[0].day", "monday"), ("desk.hours[0].from", "09:00"), ("desk.hours[0].until", "12:00"));
        var before = await EventCount();

        var noDesk = await coordinator.SubmitAsync(Settings, "Staff", ("staff.userId", "it-worker-1"), ("staff.displayName", "Karim"));
        noDesk.Status.ShouldBe(HttpStatusCode.BadRequest);
        noDesk.ErrorOf("staff.deskId").ShouldNotBeNullOrEmpty();
        var noName = await coordinator.SubmitAsync(Settings, "Staff", ("staff.deskId", desk.ToString()), ("staff.userId", "it-worker-1"));
        noName.Status.ShouldBe(HttpStatusCode.BadRequest);
        noName.ErrorOf("staff.displayName").ShouldNotBeNullOrEmpty();
        var otherDesk = (await Recorded<DropInDeskOpened>(OrgB)).Single().DeskId;
        (await coordinator.PostAsync($"{Settings}?handler=Staff", ("staff.deskId", otherDesk.ToString()), ("staff.userId", "x"), ("staff.displayName", "X"),
            ("__RequestVerificationToken", (await coordinator.GetAsync(Settings)).Document.QuerySelector("#desk-staff input[name=__RequestVerificationToken]")!.GetAttribute("value")!)))
            .Status.ShouldBe(HttpStatusCode.NotFound);
        (await EventCount()).ShouldBe(before);

        Saved(await coordinator.SubmitAsync(Settings, "Staff", ("staff.deskId", desk.ToString()), ("staff.userId", "it-worker-1"), ("staff.displayName", "Karim")), "staff");
        var assigned = (await Recorded<DeskStaffAssigned>()).ShouldHaveSingleItem();
        (assigned.DeskId, assigned.UserId, assigned.DisplayName).ShouldBe((desk, "it-worker-1", "Karim"));
        (await coordinator.GetAsync(Settings)).Document.QuerySelector($"#desk-{desk}")!.TextContent.ShouldContain("Karim");

        var remove = (await coordinator.GetAsync(Settings)).Document.QuerySelector($"#desk-{desk} .staff a")!.GetAttribute("href")!;
        remove.ShouldBe($"/console/organisation/settings/confirm/remove-staff/{desk}?user=it-worker-1");
        before = await EventCount();
        (await coordinator.GetAsync($"/console/organisation/settings/confirm/remove-staff/{desk}?user=nobody")).Status.ShouldBe(HttpStatusCode.NotFound);
        (await elsewhere.GetAsync(remove)).Status.ShouldBe(HttpStatusCode.NotFound);
        (await EventCount()).ShouldBe(before);
        Saved(await coordinator.SubmitAsync(remove), "remove-staff");
        (await Recorded<DeskStaffRemoved>()).ShouldHaveSingleItem().UserId.ShouldBe("it-worker-1");
    }
}
