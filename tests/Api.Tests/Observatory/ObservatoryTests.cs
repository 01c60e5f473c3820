using Alba;
using JasperFx.Events.Daemon;
using LivingLibrary.Api.Tests.Cases;
using LivingLibrary.Api.Tests.Support;
using LivingLibrary.Domain.Cases;
using LivingLibrary.Domain.Observatory;
using LivingLibrary.Domain.Reports;
using LivingLibrary.Projections;
using Marten;
using Marten.Events;

namespace LivingLibrary.Api.Tests.Observatory;

/// <summary>The observatory of an organisation's cases, stored by the async projection, read for a period, never under three.</summary>
public sealed class ObservatoryTests(ApiFixture fixture) : ApiTest(fixture)
{
    private const string November = "from=2026-11&to=2026-11";

    [Fact]
    public async Task Cases_are_counted_by_service_and_difficulty_with_their_outcomes_and_small_places_are_hidden_whole()
    {
        var scene = await CaseScene.SetUp(Host, Coordinator());
        await CasesAsync(scene, "itsme", "login-and-identity", resolve: 3, refer: 2, open: 1);
        await CasesAsync(scene, "myminfin", "forms-and-documents", resolve: 0, refer: 0, open: 2);
        await CasesAsync(scene, "bank", "paying", resolve: 0, refer: 0, open: 4);
        await ViewsCaughtUp();

        var view = await Host.GetAsync<ObservatoryView>(Coordinator(), $"/api/observatory?{November}");

        // A place is shown or hidden with all its measures (docs/adr/0018): six itsme cases, where each stands, their hours.
        var itsme = view.Rows.Single(r => r.Service == "itsme").Figures;
        (itsme.Cases.Value, itsme.Resolved.Value, itsme.Referred.Value, itsme.Open.Value, itsme.DoneAlone.Value).ShouldBe((6, 3, 2, 1, 3));
        itsme.Hours.Suppressed.ShouldBeFalse();
        // Two myminfin cases, all their measures hidden, with a place that can take three more of them: the bank's four.
        view.Rows.Single(r => r.Service == "myminfin").Figures.ShouldBe(OutcomeFigures.Hidden);
        view.Services.Single(s => s.Code == "myminfin").Figures.ShouldBe(OutcomeFigures.Hidden);
        view.Services.Single(s => s.Code == "bank").Figures.Cases.ShouldBe(Figure.Hidden);
        view.Total.Cases.Value.ShouldBe(12);
        view.Months.Single().Code.ShouldBe("2026-11");
        (await Host.GetAsync<ObservatoryView>(Coordinator(), "/api/observatory?from=2026-10&to=2026-10")).Rows.ShouldBeEmpty();
    }

    [Fact]
    public async Task The_stored_observatory_is_the_one_folded_from_the_events_and_a_rebuild_gives_it_again()
    {
        var scene = await CaseScene.SetUp(Host, Coordinator());
        await CasesAsync(scene, "itsme", "login-and-identity", resolve: 4, refer: 3, open: 5);
        var reopened = await Host.PostCaseAsync(Coordinator(), scene.Group, CaseScene.ItsmeCase(scene.Jean));
        await Host.SendAsync(Coordinator(), $"/api/cases/{reopened}/resolve", new ResolveCase(["x"], Autonomy.DoneForThem, null));
        await Host.SendAsync(Coordinator(), $"/api/cases/{reopened}/reopen", new ReopenCase(null));
        await Host.CreateAsync(Facilitator(CaseScene.DeskWorker), $"/api/desks/{scene.Desk}/requests", CaseScene.VisitorRequest());
        await ViewsCaughtUp();
        var stored = await Json($"/api/observatory?{November}&byMonth=true");

        await using (var session = Store.QuerySession(OrgA))
        {
            var ofCase = Store.EventTypesOf(typeof(ProblemCase));
            var events = await session.Events.QueryAllRawEvents().Where(e => e.EventTypesAre(ofCase)).OrderBy(e => e.Sequence).ToListAsync();
            var lines = (await session.FoldAsync<ProblemCase>(events)).Select(CaseLine.Of).ToList();
            var folded = ObservatoryView.Of("2026-11", "2026-11", true, lines.GroupBy(l => l.Month).Select(g => ObservatoryMonth.Of(g.Key, g)));
            stored.ShouldBe(System.Text.Json.JsonSerializer.Serialize(folded, new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web)
                { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } }));
            lines.Count(l => l.Status == CaseStatus.Open).ShouldBe(7);
        }

        using var daemon = await Store.BuildProjectionDaemonAsync();
        await daemon.RebuildProjectionAsync("Observatory", CancellationToken.None);
        (await Json($"/api/observatory?{November}&byMonth=true")).ShouldBe(stored);
    }

    [Fact]
    public async Task The_observatory_is_the_coordinators_it_comes_as_csv_and_bad_periods_are_400()
    {
        var scene = await CaseScene.SetUp(Host, Coordinator());
        await CasesAsync(scene, "itsme", "login-and-identity", resolve: 3, refer: 0, open: 0);
        await ViewsCaughtUp();

        await Send(Facilitator(CaseScene.Facilitator), s => { s.Get.Url($"/api/observatory?{November}"); s.StatusCodeShouldBe(403); });
        (await Host.GetAsync<ObservatoryView>(Coordinator(OrgB), $"/api/observatory?{November}")).Rows.ShouldBeEmpty();
        var csv = await (await Send(Coordinator(), s =>
        {
            s.Get.Url($"/api/observatory?{November}&format=csv");
            s.ContentTypeShouldBe("text/csv; charset=utf-8");
        })).ReadAsTextAsync();
        csv.ShouldContain("row,itsme,itsme,login-and-identity,Logging in and identity,,3,0,3,0,0,0,0,3,");
        csv.ShouldContain("total,");

        foreach (var (query, field) in new[] { ("from=2026-13", "from"), ("from=2026-11&to=2026-10", "to"), ("from=2020-01&to=2026-01", "to"), ("format=pdf", "format") })
        {
            var problem = await (await Send(Coordinator(), s => { s.Get.Url($"/api/observatory?{query}"); s.StatusCodeShouldBe(400); })).ReadAsJsonAsync<ValidationProblem>();
            problem!.Errors.Keys.ShouldContain(field);
        }
    }

    private async Task<string> Json(string url) => await (await Send(Coordinator(), s => s.Get.Url(url))).ReadAsTextAsync();

    /// <summary>Cases of one service and difficulty, posted today for Samira: some resolved alone, some referred, the rest left open.</summary>
    private async Task CasesAsync(CaseScene scene, string service, string difficulty, int resolve, int refer, int open)
    {
        for (var i = 0; i < resolve + refer + open; i++)
        {
            var id = await Host.PostCaseAsync(Coordinator(), scene.Group, CaseScene.ItsmeCase(scene.Samira) with { Service = service, Difficulty = difficulty });
            if (i < resolve) await Host.SendAsync(Coordinator(), $"/api/cases/{id}/resolve", new ResolveCase(["x"], Autonomy.DoneAlone, null));
            else if (i < resolve + refer) await Host.SendAsync(Coordinator(), $"/api/cases/{id}/refer", new ReferCase(scene.Partner, "x"));
        }
    }
}
