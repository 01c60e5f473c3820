using Alba;
using LivingLibrary.Api.Cases;
using LivingLibrary.Api.DropIns;
using LivingLibrary.Api.Tests.Support;
using LivingLibrary.Domain.Cases;
using LivingLibrary.Domain.DropIns;

namespace LivingLibrary.Api.Tests.Cases;

/// <summary>Drop-in desks, their staff, and the sheet of requests of each session.</summary>
[Collection(CasesCollection.Name)]
public sealed class DropInTests(ApiFixture fixture) : ApiTest(fixture)
{
    private string Worker() => Facilitator(CaseScene.DeskWorker);

    [Fact]
    public async Task A_coordinator_opens_a_desk_and_a_facilitator_may_not()
    {
        var desk = await Host.CreateAsync(Coordinator(), "/api/desks",
            new OpenDropInDesk("Permanence", "CPAS", [new WeeklyHours(DayOfWeek.Monday, new TimeOnly(14, 0), new TimeOnly(16, 30))], ["fr"]));
        (await Stream(desk)).Single().Data.ShouldBeOfType<DropInDeskOpened>().Hours.Single().Day.ShouldBe(DayOfWeek.Monday);

        var before = await EventCount();
        await Send(Worker(), s =>
        {
            s.Post.Json(new OpenDropInDesk("x", "y", [new WeeklyHours(DayOfWeek.Monday, new TimeOnly(14, 0), new TimeOnly(16, 0))], ["fr"])).ToUrl("/api/desks");
            s.StatusCodeShouldBe(403);
        });
        await Send(Coordinator(), s =>
        {
            s.Post.Json(new OpenDropInDesk("x", "y", [new WeeklyHours(DayOfWeek.Monday, new TimeOnly(16, 0), new TimeOnly(14, 0))], ["fr"])).ToUrl("/api/desks");
            s.StatusCodeShouldBe(400);
        });
        (await EventCount()).ShouldBe(before);
    }

    [Fact]
    public async Task Staff_record_a_visitors_request_that_identifies_nobody_by_default()
    {
        var scene = await CaseScene.SetUp(Host, Coordinator());
        var caseId = await Host.CreateAsync(Worker(), $"/api/desks/{scene.Desk}/requests", CaseScene.VisitorRequest());

        var recorded = (await Stream(caseId)).Single().Data.ShouldBeOfType<DropInRequestRecorded>();
        recorded.DeskId.ShouldBe(scene.Desk);
        recorded.SessionOn.ShouldBe(ApiFixture.Today);
        recorded.Visitor.Pseudonym.ShouldBeNull();
        recorded.Visitor.Contact.ShouldBeNull();
        recorded.Visitor.PostcodeArea.ShouldBe("1080");
        recorded.Visitor.VisitorId.ShouldNotBe(Guid.Empty);
    }

    [Fact]
    public async Task A_contact_without_consent_is_400_and_with_consent_is_kept_with_it()
    {
        var scene = await CaseScene.SetUp(Host, Coordinator());
        var before = await EventCount();
        await Send(Worker(), s =>
        {
            s.Post.Json(CaseScene.VisitorRequest() with { Contact = "0470 00 00 00" }).ToUrl($"/api/desks/{scene.Desk}/requests");
            s.StatusCodeShouldBe(400);
        });
        (await EventCount()).ShouldBe(before);

        var caseId = await Host.CreateAsync(Worker(), $"/api/desks/{scene.Desk}/requests",
            CaseScene.VisitorRequest() with { Contact = "0470 00 00 00", ConsentNotice = "permanence-2026-fr" });
        var visitor = (await Stream(caseId)).Single().Data.ShouldBeOfType<DropInRequestRecorded>().Visitor;
        visitor.Consent.ShouldBe(new Domain.Participants.Consent("permanence-2026-fr", ApiFixture.Today));
    }

    [Fact]
    public async Task The_sheet_lists_a_days_requests_in_order_with_its_totals_and_the_desks_activity_counts_them()
    {
        var scene = await CaseScene.SetUp(Host, Coordinator());
        var first = await Host.CreateAsync(Worker(), $"/api/desks/{scene.Desk}/requests", CaseScene.VisitorRequest());
        var second = await Host.CreateAsync(Worker(), $"/api/desks/{scene.Desk}/requests", CaseScene.VisitorRequest());
        await Host.CreateAsync(Worker(), $"/api/desks/{scene.Desk}/requests", CaseScene.VisitorRequest(ApiFixture.Today.AddDays(-7)));
        await Host.SendAsync(Worker(), $"/api/cases/{first}/accompaniments", CaseScene.Accompaniment(25));
        await Host.SendAsync(Worker(), $"/api/cases/{first}/resolve", new ResolveCase(["Connexion avec itsme", "Déclaration validée"], Autonomy.DoneForThem, null));

        var sheet = await Host.GetAsync<SessionSheet>(Worker(), $"/api/desks/{scene.Desk}/sessions/{ApiFixture.Today:yyyy-MM-dd}");
        sheet.Requests.Select(r => r.Id).ShouldBe([first, second]);
        sheet.Activity.Minutes.ShouldBe(25);
        sheet.Activity.AutonomyAtEnd.DoneForThem.ShouldBe(1);

        var activity = await Host.GetAsync<CaseActivity>(Coordinator(), $"/api/desks/{scene.Desk}/activity");
        activity.Requests.ShouldBe(3);
        activity.Open.ShouldBe(2);
    }

    [Fact]
    public async Task Staff_see_their_desks_only_and_a_closed_desk_takes_no_request()
    {
        var scene = await CaseScene.SetUp(Host, Coordinator());
        var other = await Host.CreateAsync(Coordinator(), "/api/desks",
            new OpenDropInDesk("Autre", "Ailleurs", [new WeeklyHours(DayOfWeek.Friday, new TimeOnly(9, 0), new TimeOnly(11, 0))], ["nl"]));

        (await Host.GetAsync<IReadOnlyList<DropInDesk>>(Worker(), "/api/desks")).Select(d => d.Id).ShouldBe([scene.Desk]);
        (await Host.GetAsync<IReadOnlyList<DropInDesk>>(Coordinator(), "/api/desks")).Count.ShouldBe(2);
        await Send(Worker(), s =>
        {
            s.Get.Url($"/api/desks/{other}");
            s.StatusCodeShouldBe(404);
        });

        await Host.SendAsync(Coordinator(), $"/api/desks/{scene.Desk}/close", new CloseDropInDesk("Fin du projet"));
        var before = await EventCount();
        await Send(Worker(), s =>
        {
            s.Post.Json(CaseScene.VisitorRequest()).ToUrl($"/api/desks/{scene.Desk}/requests");
            s.StatusCodeShouldBe(409);
        });
        (await EventCount()).ShouldBe(before);
    }

    [Fact]
    public async Task A_desk_is_rescheduled_and_closed_as_events_and_bad_hours_append_nothing()
    {
        var scene = await CaseScene.SetUp(Host, Coordinator());
        WeeklyHours[] thursday = [new(DayOfWeek.Thursday, new TimeOnly(13, 30), new TimeOnly(16, 0))];
        await Host.SendAsync(Coordinator(), $"/api/desks/{scene.Desk}/reschedule", new RescheduleDropInDesk(thursday));
        var before = await EventCount();
        await Send(Coordinator(), s =>
        {
            s.Post.Json(new RescheduleDropInDesk([])).ToUrl($"/api/desks/{scene.Desk}/reschedule");
            s.StatusCodeShouldBe(400);
        });
        (await EventCount()).ShouldBe(before);
        await Host.SendAsync(Coordinator(), $"/api/desks/{scene.Desk}/close", new CloseDropInDesk("Fin du projet"));

        var events = (await Stream(scene.Desk)).Select(e => e.Data).ToList();
        events.OfType<DropInDeskRescheduled>().Single().Hours.ShouldBe(thursday);
        events.Last().ShouldBe(new DropInDeskClosed(scene.Desk, "Fin du projet"));
    }

    [Fact]
    public async Task Staff_are_assigned_and_removed_by_a_coordinator_only()
    {
        var scene = await CaseScene.SetUp(Host, Coordinator());
        await Host.SendAsync(Coordinator(), $"/api/desks/{scene.Desk}/staff", new AssignDeskStaff("volunteer-7", "Lies"));
        await Send(Coordinator(), s =>
        {
            s.Delete.Url($"/api/desks/{scene.Desk}/staff/volunteer-7");
            s.StatusCodeShouldBe(200);
        });
        (await Stream(scene.Desk)).Select(e => e.Data).OfType<DeskStaffRemoved>().Single().UserId.ShouldBe("volunteer-7");

        var before = await EventCount();
        await Send(Worker(), s =>
        {
            s.Post.Json(new AssignDeskStaff("someone", "X")).ToUrl($"/api/desks/{scene.Desk}/staff");
            s.StatusCodeShouldBe(403);
        });
        (await EventCount()).ShouldBe(before);
    }

    [Fact]
    public async Task A_visit_with_the_time_spent_starts_the_case_with_its_accompaniment_by_the_caller_or_appends_nothing()
    {
        var scene = await CaseScene.SetUp(Host, Coordinator());
        var time = new FirstAccompaniment(25, Setting.OnSite, DeviceUsed.OwnPhone, ProcedureProgress.PartlyDone, null, "Revient mardi");
        var caseId = await Host.CreateAsync(Worker(), $"/api/desks/{scene.Desk}/requests", CaseScene.VisitorRequest() with { Accompaniment = time });

        var stream = await Stream(caseId);
        stream.Select(e => e.Data.GetType()).ShouldBe([typeof(DropInRequestRecorded), typeof(CaseAccompanied)]);
        var accompaniment = stream[1].Data.ShouldBeOfType<CaseAccompanied>().Accompaniment;
        (accompaniment.Minutes, accompaniment.On, accompaniment.Note).ShouldBe((25, ApiFixture.Today, "Revient mardi"));
        accompaniment.StaffIds.ShouldBe([CaseScene.DeskWorker]);

        var before = await EventCount();
        var refused = await Send(Worker(), s =>
        {
            s.Post.Json(CaseScene.VisitorRequest() with { Accompaniment = time with { Minutes = null } }).ToUrl($"/api/desks/{scene.Desk}/requests");
            s.StatusCodeShouldBe(400);
        });
        (await refused.ReadAsJsonAsync<Microsoft.AspNetCore.Mvc.ValidationProblemDetails>())!.Errors.Keys.ShouldBe(["accompaniment.minutes"]);
        (await EventCount()).ShouldBe(before);
    }
}
