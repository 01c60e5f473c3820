using System.Text.Json.Nodes;
using Alba;
using LivingLibrary.Api.DropIns;
using LivingLibrary.Api.Platform;
using LivingLibrary.Api.Tests.Support;
using LivingLibrary.Domain.Cases;
using LivingLibrary.Domain.DropIns;
using LivingLibrary.Domain.Networks;
using LivingLibrary.Domain.Observatory;
using LivingLibrary.Domain.Privacy;
using LivingLibrary.Domain.Reports;
using Microsoft.Extensions.DependencyInjection;

namespace LivingLibrary.Api.Tests.Cases;

/// <summary>Returning visitors tied by a card or a lookup, people counted once, and the drop-ins' figures per desk and session (docs/adr/0034).</summary>
[Collection(CasesCollection.Name)]
public sealed class ReturningVisitorTests(ApiFixture fixture) : ApiTest(fixture)
{
    private string Worker() => Facilitator(CaseScene.DeskWorker);

    private static RecordDropInRequest Request(DateOnly on, string service = "myminfin") =>
        new(on, ["fr"], null, null, null, null, "Une démarche en ligne", service, "forms-and-documents", null, Urgency.Normal, null);

    private async Task<Guid> VisitorOf(Guid caseId) =>
        (await Stream(caseId)).First().Data.ShouldBeOfType<DropInRequestRecorded>().Visitor.VisitorId;

    private async Task<GivenVisitorCard> CardAsync(string token, Guid visitor)
    {
        var result = await Send(token, s => { s.Post.Json(new IssueVisitorCard()).ToUrl($"/api/visitors/{visitor}/card"); s.StatusCodeShouldBe(200); });
        return (await result.ReadAsJsonAsync<GivenVisitorCard>())!;
    }

    [Fact]
    public async Task Three_returning_visitors_over_four_weeks_are_counted_once_each_as_people_while_each_request_counts()
    {
        var scene = await CaseScene.SetUp(Host, Coordinator());
        var url = $"/api/desks/{scene.Desk}/requests";
        var weeks = Enumerable.Range(0, 4).Select(w => ApiFixture.Today.AddDays(-7 * (3 - w))).ToList();

        // The first week: Amal and Chloé agree to be found by pseudonym and area, Bram gets a card; a stranger comes once.
        var amal = await VisitorOf(await Host.CreateAsync(Worker(), url, Request(weeks[0]) with { Pseudonym = "Amal", PostcodeArea = "1080", Findable = true }));
        var chloe = await VisitorOf(await Host.CreateAsync(Worker(), url, Request(weeks[0], "itsme") with { Pseudonym = "Chloé", PostcodeArea = "1030", Findable = true }));
        var bram = await VisitorOf(await Host.CreateAsync(Worker(), url, Request(weeks[0])));
        await Host.CreateAsync(Worker(), url, Request(weeks[0]));
        var card = await CardAsync(Worker(), bram);
        (await Stream(card.CardId)).Single().Data.ShouldBe(new VisitorCardIssued(card.CardId, bram, ApiFixture.Today));

        foreach (var week in weeks.Skip(1))
        {
            var foundAmal = (await Host.GetAsync<IReadOnlyList<FoundVisitor>>(Worker(), "/api/visitors?pseudonym=amal&postcodeArea=1080")).Single();
            foundAmal.VisitorId.ShouldBe(amal);
            var foundChloe = (await Host.GetAsync<IReadOnlyList<FoundVisitor>>(Worker(), "/api/visitors?pseudonym=CHLOE&postcodeArea=1030")).Single();
            (await VisitorOf(await Host.CreateAsync(Worker(), url, Request(week) with { VisitorId = foundAmal.VisitorId }))).ShouldBe(amal);
            (await VisitorOf(await Host.CreateAsync(Worker(), url, Request(week, "itsme") with { VisitorId = foundChloe.VisitorId }))).ShouldBe(chloe);
            var byCard = await Host.CreateAsync(Worker(), url, Request(week) with { VisitorCard = card.Code!.ToLowerInvariant().Replace("-", " ") });
            (await VisitorOf(byCard)).ShouldBe(bram);
        }

        var figures = await Host.GetAsync<DropInFigures>(Worker(), $"/api/desks/{scene.Desk}/figures");
        (figures.Requests, figures.People, figures.ReturningPeople).ShouldBe((13, 4, 3));
        var desk = figures.Desks.Single();
        (desk.Sessions, desk.Requests, desk.People).ShouldBe((4, 13, 4));
        desk.SessionList.Select(s => (s.On, s.Requests, s.People)).ShouldBe([(weeks[0], 4, 4), (weeks[1], 3, 3), (weeks[2], 3, 3), (weeks[3], 3, 3)]);
        desk.Services.ShouldBe([new ServiceCount("itsme", 4, 1), new ServiceCount("myminfin", 9, 3)]);
        desk.SessionList[1].Services.ShouldBe([new ServiceCount("itsme", 1, 1), new ServiceCount("myminfin", 2, 2)]);
        var lastTwo = await Host.GetAsync<DropInFigures>(Coordinator(), $"/api/drop-ins/figures?from={weeks[2]:yyyy-MM-dd}&to={weeks[3]:yyyy-MM-dd}");
        (lastTwo.Requests, lastTwo.People, lastTwo.ReturningPeople).ShouldBe((6, 3, 3));
    }

    [Fact]
    public async Task A_card_or_lookup_that_cannot_tie_a_request_is_refused_and_appends_nothing()
    {
        var scene = await CaseScene.SetUp(Host, Coordinator());
        var url = $"/api/desks/{scene.Desk}/requests";
        var shy = await VisitorOf(await Host.CreateAsync(Worker(), url, Request(ApiFixture.Today) with { Pseudonym = "Dora", PostcodeArea = "1000" }));
        var card = await CardAsync(Worker(), shy);
        var before = await EventCount();

        await Refused(404, url, Request(ApiFixture.Today) with { VisitorCard = "ZZZZZ-ZZZZZ" });
        await Refused(404, url, Request(ApiFixture.Today) with { VisitorId = Guid.NewGuid() });
        await Refused(400, url, Request(ApiFixture.Today) with { VisitorCard = "not a code" });
        await Refused(400, url, Request(ApiFixture.Today) with { VisitorCard = card.Code, VisitorId = shy });
        await Refused(400, url, Request(ApiFixture.Today) with { Findable = true });
        await Refused(409, url, Request(ApiFixture.Today) with { VisitorId = shy }); // Dora did not agree to be found by pseudonym
        (await Host.GetAsync<IReadOnlyList<FoundVisitor>>(Worker(), "/api/visitors?pseudonym=Dora&postcodeArea=1000")).ShouldBeEmpty();
        await Send(Worker(), s => { s.Get.Url("/api/visitors?pseudonym=Dora"); s.StatusCodeShouldBe(400); });
        // Another organisation knows neither the visitor, nor the desk, nor its figures.
        await Send(Coordinator(OrgB), s => { s.Post.Json(new IssueVisitorCard()).ToUrl($"/api/visitors/{shy}/card"); s.StatusCodeShouldBe(404); });
        await Send(Coordinator(OrgB), s => { s.Get.Url($"/api/desks/{scene.Desk}/figures"); s.StatusCodeShouldBe(404); });
        await Send(Facilitator("someone-else"), s => { s.Get.Url($"/api/desks/{scene.Desk}/figures"); s.StatusCodeShouldBe(404); });
        await Send(Worker(), s => { s.Get.Url("/api/drop-ins/figures"); s.StatusCodeShouldBe(403); });
        (await EventCount()).ShouldBe(before);

        // A new card stops the one before.
        var second = await CardAsync(Coordinator(), shy);
        (await Stream(card.CardId)).Last().Data.ShouldBe(new VisitorCardRevoked(card.CardId, shy));
        await Refused(404, url, Request(ApiFixture.Today) with { VisitorCard = card.Code });
        (await VisitorOf(await Host.CreateAsync(Worker(), url, Request(ApiFixture.Today) with { VisitorCard = second.Code }))).ShouldBe(shy);
    }

    [Fact]
    public async Task Erasing_a_visitor_removes_their_card_and_lookup_and_their_export_lists_the_cards()
    {
        var scene = await CaseScene.SetUp(Host, Coordinator());
        var url = $"/api/desks/{scene.Desk}/requests";
        var visitor = await VisitorOf(await Host.CreateAsync(Worker(), url, Request(ApiFixture.Today) with { Pseudonym = "Emile", PostcodeArea = "1190", Findable = true }));
        var card = await CardAsync(Worker(), visitor);

        var export = JsonNode.Parse(await (await Send(Coordinator(), s => s.Get.Url($"/api/visitors/{visitor}/export"))).ReadAsTextAsync())!;
        export["history"]!.AsArray().Select(h => h!["type"]!.GetValue<string>()).ShouldContain(t => t.Contains("visitor_card_issued") || t.Contains("VisitorCardIssued"));

        await Host.SendAsync(Coordinator(), $"/api/visitors/{visitor}/erase", new ErasePerson(ErasureReason.Request));

        (await Host.GetAsync<IReadOnlyList<FoundVisitor>>(Worker(), "/api/visitors?pseudonym=Emile&postcodeArea=1190")).ShouldBeEmpty();
        var before = await EventCount();
        await Refused(404, url, Request(ApiFixture.Today) with { VisitorCard = card.Code });
        await Refused(409, url, Request(ApiFixture.Today) with { VisitorId = visitor });
        await Send(Coordinator(), s => { s.Post.Json(new IssueVisitorCard()).ToUrl($"/api/visitors/{visitor}/card"); s.StatusCodeShouldBe(409); });
        (await EventCount()).ShouldBe(before);
    }

    [Fact]
    public async Task The_network_coordinator_sees_each_members_desks_and_visitors_with_no_figure_under_three_and_another_network_gets_404()
    {
        var a = await CaseScene.SetUp(Host, Coordinator());
        var b = await CaseScene.SetUp(Host, Coordinator(OrgB));
        var network = await Host.CreateAsync(Coordinator(), "/api/networks", new FoundNetwork("Réseau"));
        await Host.SendAsync(Coordinator(), $"/api/networks/{network}/invitations", new InviteOrganisation(OrgB));
        await Host.SendAsync(Coordinator(OrgB), $"/api/networks/{network}/join", new { });
        await Host.SendAsync(Coordinator(), $"/api/networks/{network}/coordinators", new AppointNetworkCoordinator("network-coordinator-1", "Nadia"));
        var day = ApiFixture.Today;
        // A: five people who came twice, in French, from 1080; B: two people once, in Dutch.
        for (var n = 0; n < 5; n++)
        {
            var first = await Host.CreateAsync(Coordinator(), $"/api/desks/{a.Desk}/requests", Request(day) with { PostcodeArea = "1080" });
            var code = (await CardAsync(Coordinator(), await VisitorOf(first))).Code;
            await Host.CreateAsync(Coordinator(), $"/api/desks/{a.Desk}/requests", Request(day) with { VisitorCard = code });
        }
        for (var n = 0; n < 2; n++)
            await Host.CreateAsync(Coordinator(OrgB), $"/api/desks/{b.Desk}/requests", Request(day) with { Languages = ["nl"] });
        var tokens = Host.Services.GetRequiredService<DevelopmentTokens>();
        var coordinator = tokens.IssueForNetwork("network-coordinator-1", network, TimeSpan.FromMinutes(10));
        var month = $"from={day:yyyy-MM}&to={day:yyyy-MM}";

        var desks = await Host.GetAsync<NetworkDesksView>(coordinator, $"/api/networks/{network}/drop-ins?{month}");
        var ofA = desks.Members.Single(m => m.OrganisationId == OrgA);
        (ofA.Total.Requests.Value, ofA.Total.People.Value).ShouldBe((10, 5));
        var desk = ofA.Desks.Single();
        (desk.Name, desk.Sessions.Value, desk.RequestsPerSession.Value, desk.PeoplePerSession.Value).ShouldBe(("Permanence de Molenbeek", 1, 10, 5));
        desks.Members.Single(m => m.OrganisationId == OrgB).Total.People.ShouldBe(Figure.Hidden);
        desks.Total.People.ShouldBe(Figure.Hidden);

        var visitors = await Host.GetAsync<VisitorsView>(coordinator, $"/api/networks/{network}/observatory/visitors?{month}");
        visitors.Members.Single(m => m.OrganisationId == OrgA).PostcodeAreas.Cells.Single().ShouldBe(new CodeFigures("1080", new(10), new(5)));
        visitors.Languages.Cells.Single().ShouldBe(new CodeFigures("fr", new(10), new(5)));
        var ofB = visitors.Members.Single(m => m.OrganisationId == OrgB).Languages;
        (ofB.Withheld, ofB.Cells.Count).ShouldBe((true, 0));
        var own = await Host.GetAsync<VisitorsView>(Coordinator(), $"/api/observatory/visitors?{month}");
        own.Total.ShouldBe(new CountFigures(new(10), new(5)));

        var stranger = tokens.IssueForNetwork("network-coordinator-1", Guid.NewGuid(), TimeSpan.FromMinutes(10));
        await Send(stranger, s => { s.Get.Url($"/api/networks/{network}/drop-ins"); s.StatusCodeShouldBe(404); });
        await Send(stranger, s => { s.Get.Url($"/api/networks/{network}/observatory/visitors"); s.StatusCodeShouldBe(404); });
        await Send(Coordinator(), s => { s.Get.Url($"/api/networks/{network}/drop-ins"); s.StatusCodeShouldBe(403); });
    }

    private Task Refused(int status, string url, object body) =>
        Send(Worker(), s => { s.Post.Json(body).ToUrl(url); s.StatusCodeShouldBe(status); });
}
