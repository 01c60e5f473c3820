using Alba;
using LivingLibrary.Api.Tests.Support;
using LivingLibrary.Domain.Cases;
using LivingLibrary.Domain.DropIns;
using LivingLibrary.Domain.ExchangeSessions;
using LivingLibrary.Domain.Knowledge;
using LivingLibrary.Domain.Participants;
using LivingLibrary.Domain.Referral;

namespace LivingLibrary.Api.Tests.Cases;

/// <summary>
/// Cases are reached through their group or desk: another organisation's coordinator and a facilitator who
/// neither runs the group nor staffs the desk get 404 on every route with an id, and nothing is appended.
/// </summary>
[Collection(CasesCollection.Name)]
public sealed class CaseIsolationTests(ApiFixture fixture) : ApiTest(fixture)
{
    public static TheoryData<string> Routes() =>
    [
        "GET /api/cases/{case}",
        "GET /api/cases/{case}/timeline",
        "GET /api/cases/{case}/partner-suggestions",
        "POST /api/cases/{case}/accompaniments",
        "POST /api/cases/{case}/resolve",
        "POST /api/cases/{case}/refer",
        "POST /api/cases/{case}/close",
        "POST /api/cases/{case}/learning-needs",
        "POST /api/cases/{case}/correct",
        "POST /api/cases/{case}/void",
        "GET /api/cases/{visit}",
        "POST /api/cases/{visit}/accompaniments",
        "POST /api/cases/{referred}/referral-follow-up",
        "POST /api/cases/{referred}/reopen",
        "GET /api/groups/{group}/cases",
        "GET /api/participants/{samira}/cases",
        "GET /api/groups/{group}/case-activity",
        "POST /api/groups/{group}/cases",
        "POST /api/groups/{group}/exchange-sessions",
        "GET /api/groups/{group}/exchange-sessions",
        "GET /api/exchange-sessions/{session}",
        "POST /api/exchange-sessions/{session}/attendance",
        "GET /api/desks/{desk}",
        "GET /api/desks/{desk}/sessions/2026-11-24",
        "GET /api/desks/{desk}/activity",
        "POST /api/desks/{desk}/requests",
        "POST /api/desks/{desk}/staff",
        "POST /api/desks/{desk}/reschedule",
        "POST /api/desks/{desk}/describe",
        "POST /api/desks/{desk}/close",
        "DELETE /api/desks/{desk}/staff/it-worker-1",
        "POST /api/knowledge",
    ];

    [Theory, MemberData(nameof(Routes))]
    public async Task Another_organisation_and_a_stranger_facilitator_get_404_and_change_nothing(string route)
    {
        var scene = await CaseScene.SetUp(Host, Coordinator());
        var facilitator = Facilitator(CaseScene.Facilitator);
        var caseId = await Host.PostCaseAsync(facilitator, scene.Group, CaseScene.ItsmeCase(scene.Samira));
        var referred = await Host.PostCaseAsync(facilitator, scene.Group, CaseScene.ItsmeCase(scene.Jean));
        await Host.SendAsync(facilitator, $"/api/cases/{referred}/refer", new ReferCase(scene.Partner, "eID"));
        var visit = await Host.CreateAsync(Facilitator(CaseScene.DeskWorker), $"/api/desks/{scene.Desk}/requests", CaseScene.VisitorRequest());
        var session = await Host.CreateAsync(facilitator, $"/api/groups/{scene.Group}/exchange-sessions", new HoldExchangeSession(ApiFixture.Today, [], null));
        var before = await EventCount();
        var (method, template) = (route.Split(' ')[0], route.Split(' ')[1]);
        var url = template.Replace("{case}", caseId.ToString()).Replace("{visit}", visit.ToString()).Replace("{referred}", referred.ToString())
            .Replace("{group}", scene.Group.ToString()).Replace("{session}", session.ToString()).Replace("{desk}", scene.Desk.ToString())
            .Replace("{samira}", scene.Samira.ToString());
        object body = url.Split('/').Last() switch
        {
            "accompaniments" => CaseScene.Accompaniment(),
            "resolve" => new ResolveCase(["x"], Autonomy.DoneAlone, null),
            "refer" => new ReferCase(scene.Partner, "x"),
            "close" when url.Contains("/desks/") => new CloseDropInDesk(null),
            "close" => new CloseCase("x"),
            "learning-needs" => new RevealLearningNeed("4.2", NeedPriority.Normal, null),
            "referral-follow-up" => new FollowUpReferral(ReferralOutcome.Helped, null),
            "reopen" => new ReopenCase(null),
            "cases" => CaseScene.ItsmeCase(scene.Samira),
            "exchange-sessions" => new HoldExchangeSession(ApiFixture.Today, [], null),
            "attendance" => new RecordAttendance([]),
            "requests" => CaseScene.VisitorRequest(),
            "staff" => new AssignDeskStaff("x", "X"),
            "describe" => new DescribeDropInDesk("food-bank", ["volunteer"], [], ["itsme"], "1080"),
            "reschedule" => new RescheduleDropInDesk([new WeeklyHours(DayOfWeek.Monday, new TimeOnly(9, 0), new TimeOnly(10, 0))]),
            _ => new DraftKnowledgeEntry(caseId, "t", "s", ["x"], null, null, null, "fr"),
        };

        foreach (var token in new[] { Coordinator(OrgB), Facilitator("facilitator-2") })
            await Send(token, s =>
            {
                if (method == "GET") s.Get.Url(url);
                else if (method == "DELETE") s.Delete.Url(url);
                else s.Post.Json(body).ToUrl(url);
                s.StatusCodeShouldBe(404);
            });

        (await EventCount()).ShouldBe(before);
    }

    [Fact]
    public async Task Organisation_wide_lists_show_nothing_of_another_organisation()
    {
        var scene = await CaseScene.SetUp(Host, Coordinator());
        var resolved = await Host.PostCaseAsync(Coordinator(), scene.Group, CaseScene.ItsmeCase(scene.Samira));
        await Host.SendAsync(Coordinator(), $"/api/cases/{resolved}/resolve", new ResolveCase(["x"], Autonomy.DoneAlone, null));
        var entry = await Host.CreateAsync(Coordinator(), "/api/knowledge", new DraftKnowledgeEntry(resolved, "itsme", "itsme", ["x"], null, null, null, "fr"));
        await Host.SendAsync(Coordinator(OrgA, "coordinator-2"), $"/api/knowledge/{entry}/review", new { });
        await Host.SendAsync(Coordinator(), $"/api/knowledge/{entry}/publish", new { });

        var other = Coordinator(OrgB);
        (await Host.GetAsync<IReadOnlyList<DropInDesk>>(other, "/api/desks")).ShouldBeEmpty();
        (await Host.GetAsync<IReadOnlyList<Partner>>(other, "/api/partners")).ShouldBeEmpty();
        (await Host.GetAsync<IReadOnlyList<KnowledgeEntry>>(other, "/api/knowledge?q=itsme")).ShouldBeEmpty();
        foreach (var url in new[] { $"/api/knowledge/{entry}", $"/api/partners/{scene.Partner}" })
            await Send(other, s =>
            {
                s.Get.Url(url);
                s.StatusCodeShouldBe(404);
            });
        var before = await EventCount();
        foreach (var url in new[] { $"/api/knowledge/{entry}/helped", $"/api/partners/{scene.Partner}/deactivate" })
            await Send(other, s =>
            {
                s.Post.Json(new { }).ToUrl(url);
                s.StatusCodeShouldBe(404);
            });
        (await EventCount()).ShouldBe(before);
    }
}
