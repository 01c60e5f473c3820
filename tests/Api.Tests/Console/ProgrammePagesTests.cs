using System.Net;
using LivingLibrary.Api.Platform;
using LivingLibrary.Api.Tests.Activities;
using LivingLibrary.Api.Tests.Cases;
using LivingLibrary.Api.Tests.Support;
using LivingLibrary.Domain.Activities;

namespace LivingLibrary.Api.Tests.Console;

/// <summary>A group's programme in the console: planning a series with holidays, then moving, cancelling and signing up on an occurrence's page.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class ProgrammePagesTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task A_weekly_series_is_planned_from_the_programme_then_one_occurrence_is_moved_another_cancelled_and_someone_signed_up()
    {
        var scene = await CaseScene.SetUp(Host, Coordinator());
        var amina = await ConsoleClient.SignInAsync(Host, CaseScene.Facilitator, OrgA, Security.FacilitatorRole);
        (await amina.GetAsync($"/console/groups/{scene.Group}")).Document.QuerySelector($"a[href='/console/groups/{scene.Group}/programme']").ShouldNotBeNull();
        var programme = $"/console/groups/{scene.Group}/programme";

        var planned = await amina.SubmitAsync(programme, ("kind", "workshop"), ("title", "Atelier du mardi"), ("on", "2026-12-01"), ("starts", "14:00"),
            ("ends", "16:30"), ("themes", "1.1"), ("capacity", "1"), ("signUp", "true"), ("repeats.every", "weekly"), ("repeats.interval", "1"),
            ("repeats.until", "2027-01-26"), ("repeats.except", "2026-12-29\n2027-01-05"));

        planned.Status.ShouldBe(HttpStatusCode.Redirect, planned.Text);
        var id = Guid.Parse(planned.Location!.Split('/')[3]);
        var e = (await Stream(id)).Single().Data.ShouldBeOfType<ActivityPlanned>();
        (e.Title, e.Starts, e.Capacity, e.SignUp, e.Recurrence!.Rule).ShouldBe(("Atelier du mardi", new TimeOnly(14, 0), (int?)1, true, "FREQ=WEEKLY;INTERVAL=1;UNTIL=20270126"));
        e.Recurrence.Except.ShouldBe([new DateOnly(2026, 12, 29), new DateOnly(2027, 1, 5)]);

        var page = $"/console/activities/{id}/occurrences/2026-12-08";
        var moved = await amina.SubmitAsync(page, "Move", ("on", "2026-12-10"), ("starts", "10:00"), ("ends", "12:00"), ("place", "Bibliothèque"));
        moved.Status.ShouldBe(HttpStatusCode.Redirect, moved.Text);
        (await Stream(id)).Last().Data.ShouldBe(new OccurrenceMoved(id, new(2026, 12, 8), new(2026, 12, 10), new(10, 0), new(12, 0), "Bibliothèque"));
        (await amina.SubmitAsync($"/console/activities/{id}/occurrences/2026-12-15", "Cancel", ("reason", "Grève"))).Status.ShouldBe(HttpStatusCode.Redirect);
        (await Stream(id)).Last().Data.ShouldBe(new OccurrenceCancelled(id, new(2026, 12, 15), "Grève"));

        var month = await amina.GetAsync($"{programme}?month=2026-12");
        var rows = month.Document.QuerySelectorAll("#month-2026-12 + div tbody tr").Select(r => r.Id).ToList();
        rows.ShouldBe([.. new[] { "2026-12-01", "2026-12-08", "2026-12-15", "2026-12-22" }.Select(d => $"occurrence-{id}-{d}")]);
        month.Document.QuerySelector($"#occurrence-{id}-2026-12-15 s").ShouldNotBeNull("a cancelled occurrence is struck");
        month.Document.QuerySelector($"#occurrence-{id}-2026-12-08 .moved")!.TextContent.ShouldContain("8");
        month.Document.QuerySelector($"#occurrence-{id}-2026-12-08 a")!.GetAttribute("href").ShouldBe(page);

        var signedUp = await amina.SubmitAsync(page, "SignUp", ("participantId", scene.Samira.ToString()));
        signedUp.Status.ShouldBe(HttpStatusCode.Redirect, signedUp.Text);
        (await Stream(id)).Last().Data.ShouldBe(new SignedUp(id, new(2026, 12, 8), scene.Samira));
        var shown = await amina.GetAsync(page);
        shown.Document.QuerySelector("#sign-ups")!.TextContent.ShouldContain("Samira");
        shown.Document.QuerySelector($"a[href='{page}/attendance']").ShouldNotBeNull();
        shown.Document.QuerySelector($"a[href='{page}/sheet']").ShouldNotBeNull();

        var before = await EventCount();
        var full = await amina.SubmitAsync(page, "SignUp", ("participantId", scene.Jean.ToString()));
        full.Status.ShouldBe(HttpStatusCode.Conflict);
        full.Text.ShouldContain("This occurrence is full: all 1 places are taken.");
        var bad = await amina.SubmitAsync(page, "Move", ("on", "2026-12-10"), ("starts", "16:00"), ("ends", "15:00"));
        bad.Status.ShouldBe(HttpStatusCode.BadRequest);
        bad.ErrorOf("ends").ShouldNotBeNull();
        (await EventCount()).ShouldBe(before);
    }

    [Fact]
    public async Task A_day_the_series_does_not_hold_and_another_groups_facilitator_find_no_page()
    {
        var group = await Host.CreateGroupAsync(Coordinator());
        var id = await Host.PlanAsync(Coordinator(), group, ActivityScene.TuesdayWorkshop(new DateOnly(2026, 12, 29)));
        var other = await Host.CreateGroupAsync(Coordinator(), GroupScenarios.NewGroup("Jeudi"));
        await Host.AssignAsync(Coordinator(), other, "facilitator-jules", "Jules");
        var coordinator = await ConsoleClient.SignInAsync(Host, "coordinator-1", OrgA, Security.CoordinatorRole);
        var jules = await ConsoleClient.SignInAsync(Host, "facilitator-jules", OrgA, Security.FacilitatorRole);

        (await coordinator.GetAsync($"/console/activities/{id}/occurrences/2026-12-29")).Status.ShouldBe(HttpStatusCode.NotFound);
        (await coordinator.GetAsync($"/console/activities/{id}/occurrences/2026-12-22")).Status.ShouldBe(HttpStatusCode.OK);
        (await jules.GetAsync($"/console/activities/{id}/occurrences/2026-12-22")).Status.ShouldBe(HttpStatusCode.NotFound);
        (await jules.GetAsync($"/console/groups/{group}/programme")).Status.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Holidays_found_after_planning_and_an_earlier_end_are_set_from_an_occurrences_page_and_a_day_outside_the_series_is_refused()
    {
        var group = await Host.CreateGroupAsync(Coordinator());
        var id = await Host.PlanAsync(Coordinator(), group, ActivityScene.TuesdayWorkshop());
        var coordinator = await ConsoleClient.SignInAsync(Host, "coordinator-1", OrgA, Security.CoordinatorRole);
        var page = $"/console/activities/{id}/occurrences/2026-12-01";
        (await coordinator.GetAsync(page)).Document.QuerySelector("#end-series").ShouldNotBeNull();

        var before = await EventCount();
        var refused = await coordinator.SubmitAsync(page, "Holidays", ("days", "2026-12-23"));
        refused.Status.ShouldBe(HttpStatusCode.BadRequest, refused.Text);
        var notADay = await coordinator.SubmitAsync(page, "Holidays", ("days", "le 22 décembre"));
        notADay.Status.ShouldBe(HttpStatusCode.BadRequest);
        notADay.ErrorOf("days").ShouldNotBeNull();
        (await EventCount()).ShouldBe(before);

        var holidays = await coordinator.SubmitAsync(page, "Holidays", ("days", "2026-12-22\n2026-12-29"));
        holidays.Status.ShouldBe(HttpStatusCode.Redirect, holidays.Text);
        holidays.Location.ShouldBe($"/console/groups/{group}/programme?saved=true#message");
        (await Stream(id)).Last().Data.ShouldBeOfType<HolidaysAdded>().Days.ShouldBe([new DateOnly(2026, 12, 22), new DateOnly(2026, 12, 29)]);
        var ended = await coordinator.SubmitAsync(page, "End", ("lastDay", "2027-03-30"));
        ended.Status.ShouldBe(HttpStatusCode.Redirect, ended.Text);
        (await Stream(id)).Last().Data.ShouldBe(new SeriesEnded(id, new DateOnly(2027, 3, 30)));
        (await coordinator.GetAsync($"/console/activities/{id}/occurrences/2027-04-06")).Status.ShouldBe(HttpStatusCode.NotFound);
    }
}
