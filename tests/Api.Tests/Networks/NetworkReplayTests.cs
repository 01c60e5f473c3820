using System.Text.Json;
using LivingLibrary.Api.Cases;
using LivingLibrary.Api.DropIns;
using LivingLibrary.Api.Networks;
using LivingLibrary.Api.PublicDirectory;
using LivingLibrary.Api.Tests.Cases;
using LivingLibrary.Api.Tests.Support;
using LivingLibrary.Domain.Cases;
using LivingLibrary.Domain.DropIns;
using LivingLibrary.Domain.Networks;
using LivingLibrary.Domain.Observatory;
using LivingLibrary.Domain.Participants;
using LivingLibrary.Api.Platform;
using Microsoft.Extensions.DependencyInjection;

namespace LivingLibrary.Api.Tests.Networks;

/// <summary>
/// A network that works as one (seed 002, held out): three members and five desks receive forty requests over four weeks,
/// two of them referred to another member with the visitor's consent, three visitors come back. Through the API only: the
/// public directory finds the desks open on a Thursday that speak Arabic, the receiving members see only what was agreed,
/// both sides see the outcome, people are counted once, and the network reads them by the desks' host places and staff.
/// </summary>
public sealed class NetworkReplayTests(ApiFixture fixture) : ApiTest(fixture)
{
    private const string OrgC = "org-c";
    private static readonly GivenConsent Agreed = new("referral-notice-2026", ApiFixture.Today);
    private static readonly JsonSerializerOptions Json = new(JsonSerializerOptions.Web) { Converters = { new LivingLibrary.Domain.ChoiceJsonConverter() } };

    private string Worker(string organisation) => Facilitator(CaseScene.DeskWorker, organisation);

    private sealed record Desk(string Organisation, Guid Id, DayOfWeek Day);

    private static RecordDropInRequest Request(DateOnly on, int n) =>
        new(on, n % 3 == 0 ? ["ar", "fr"] : ["fr"], $"Visiteur {n}", null, $"0470 00 00 {n:D2}", "drop-in-notice-2026", $"Démarche en ligne numéro {n}",
            n % 2 == 0 ? "myminfin" : "itsme", "forms-and-documents", null, Urgency.Normal, null);

    /// <summary>The four last days, up to the tests' today, the desk opened on.</summary>
    private static IReadOnlyList<DateOnly> Sessions(DayOfWeek day) =>
        [.. Enumerable.Range(0, 28).Select(d => ApiFixture.Today.AddDays(-d)).Where(d => d.DayOfWeek == day).Order()];

    [Fact]
    public async Task Forty_requests_at_five_desks_of_three_members_two_referrals_between_them_and_three_returning_visitors()
    {
        var network = await Host.CreateAsync(Coordinator(), "/api/networks", new FoundNetwork("Réseau des aidants numériques bruxellois"));
        foreach (var member in new[] { OrgB, OrgC })
        {
            await Host.SendAsync(Coordinator(), $"/api/networks/{network}/invitations", new InviteOrganisation(member));
            await Host.SendAsync(Coordinator(member), $"/api/networks/{network}/join", new { });
        }
        async Task<Desk> Open(string organisation, string name, DayOfWeek day, string hostPlace, string[] staff, params string[] languages)
        {
            var id = await Host.CreateAsync(Coordinator(organisation), "/api/desks",
                new OpenDropInDesk(name, $"{name}, Bruxelles", [new WeeklyHours(day, new TimeOnly(9, 30), new TimeOnly(12, 0))], languages));
            await Host.SendAsync(Coordinator(organisation), $"/api/desks/{id}/staff", new AssignDeskStaff(CaseScene.DeskWorker, "Karim"));
            await Host.SendAsync(Coordinator(organisation), $"/api/desks/{id}/describe", new DescribeDropInDesk(hostPlace, staff, null, null, null));
            return new Desk(organisation, id, day);
        }
        Desk[] desks =
        [
            await Open(OrgA, "EPN de Molenbeek", DayOfWeek.Tuesday, "public-digital-space", ["volunteer"], "fr", "ar"),
            await Open(OrgA, "Bibliothèque d'Anderlecht", DayOfWeek.Thursday, "library", ["public-it-worker", "employee"], "fr", "nl", "ar"),
            await Open(OrgB, "CPAS de Schaerbeek", DayOfWeek.Thursday, "social-services", ["social-worker"], "fr", "tr"),
            await Open(OrgB, "Maison de quartier d'Ixelles", DayOfWeek.Wednesday, "community-centre", ["volunteer"], "fr", "es"),
            await Open(OrgC, "Antenne de Forest", DayOfWeek.Thursday, "food-bank", ["volunteer"], "fr", "ar"),
        ];

        // The directory, without signing in: Thursday, in Arabic.
        var found = await Host.Scenario(s => s.Get.Url($"/api/networks/{network}/directory?day=thursday&speaks=ar"));
        JsonSerializer.Deserialize<DeskDirectory>(await found.ReadAsTextAsync(), Json)!.Desks.Select(d => d.DeskId)
            .ShouldBe([desks[1].Id, desks[4].Id], ignoreOrder: true);

        // Forty requests, two at each desk's four sessions. Three visitors come back: to Molenbeek twice with the card they were
        // given, to Schaerbeek once found by the pseudonym and area they agreed to be found by, to Forest once with their card.
        var returnsIn = new Dictionary<Guid, int[]> { [desks[0].Id] = [1, 2], [desks[2].Id] = [3], [desks[4].Id] = [3] };
        var visits = new List<(Desk Desk, Guid Case, int N)>();
        var n = 0;
        foreach (var desk in desks)
        {
            string? card = null;
            Guid? regular = null;
            foreach (var (on, week) in Sessions(desk.Day).Select((on, week) => (on, week)))
                for (var i = 0; i < 2; i++)
                {
                    var request = Request(on, ++n);
                    var returning = i == 0 && returnsIn.TryGetValue(desk.Id, out var weeks) && weeks.Contains(week);
                    if (returning && card is null)
                    {
                        var lookup = await Host.GetAsync<IReadOnlyList<FoundVisitor>>(Worker(desk.Organisation), "/api/visitors?pseudonym=visiteur%2017&postcodeArea=1030");
                        request = request with { Pseudonym = null, Contact = null, ConsentNotice = null, VisitorId = lookup.Single().VisitorId };
                    }
                    else if (returning) request = request with { Pseudonym = null, Contact = null, ConsentNotice = null, VisitorCard = card };
                    else if (week == 0 && i == 0 && desk == desks[2]) request = request with { PostcodeArea = "1030", Findable = true };
                    var id = await Host.CreateAsync(Worker(desk.Organisation), $"/api/desks/{desk.Id}/requests", request);
                    visits.Add((desk, id, n));
                    var visitor = (await Host.GetAsync<CaseView>(Worker(desk.Organisation), $"/api/cases/{id}")).Case.Visitor!.VisitorId;
                    if (returning) visitor.ShouldBe(regular!.Value);
                    if (week == 0 && i == 0)
                    {
                        regular = visitor;
                        if (desk == desks[0] || desk == desks[4])
                            card = (await (await Send(Worker(desk.Organisation), s =>
                            {
                                s.Post.Json(new IssueVisitorCard()).ToUrl($"/api/visitors/{visitor}/card");
                                s.StatusCodeShouldBe(200);
                            })).ReadAsJsonAsync<GivenVisitorCard>())!.Code;
                    }
                }
        }
        visits.Count.ShouldBe(40);

        // Two referrals to another member, each with what the visitor agreed to pass on.
        var toSchaerbeek = visits.First(v => v.Desk == desks[0] && v.N == 2);
        var toForest = visits.First(v => v.Desk == desks[3] && v.N == 26);
        var first = (await Host.SendAsync(Worker(OrgA), $"/api/cases/{toSchaerbeek.Case}/refer-to-member",
            new ReferCaseToMember(network, OrgB, desks[2].Id, [PassedOn.Name, PassedOn.Languages], Agreed))).CreatedId!.Value;
        var second = (await Host.SendAsync(Worker(OrgB), $"/api/cases/{toForest.Case}/refer-to-member",
            new ReferCaseToMember(network, OrgC, desks[4].Id, [PassedOn.Problem], Agreed))).CreatedId!.Value;

        // The receiving desks see them in their queue, with only what was agreed.
        (await Host.GetAsync<IReadOnlyList<QueuedReferral>>(Worker(OrgB), $"/api/desks/{desks[2].Id}/referrals")).Single().ReferralId.ShouldBe(first);
        (await Host.GetAsync<IReadOnlyList<QueuedReferral>>(Worker(OrgC), $"/api/desks/{desks[4].Id}/referrals")).Single().ReferralId.ShouldBe(second);
        var atSchaerbeek = await Text(Worker(OrgB), $"/api/referrals/{first}");
        atSchaerbeek.ShouldContain("Visiteur 2");
        foreach (var absent in new[] { "0470 00 00 02", "Démarche en ligne numéro 2", toSchaerbeek.Case.ToString() }) atSchaerbeek.ShouldNotContain(absent);
        var atForest = await Text(Worker(OrgC), $"/api/referrals/{second}");
        atForest.ShouldContain("Démarche en ligne numéro 26");
        foreach (var absent in new[] { "Visiteur 26", "0470 00 00 26", toForest.Case.ToString() }) atForest.ShouldNotContain(absent);

        // They answer; each sender sees the outcome on its own case.
        await Host.SendAsync(Worker(OrgB), $"/api/referrals/{first}/accept", new { });
        await Host.SendAsync(Worker(OrgB), $"/api/referrals/{first}/outcome", new RecordReferralOutcome(ReferralResult.Helped, "Dossier rentré"));
        await Host.SendAsync(Worker(OrgC), $"/api/referrals/{second}/accept", new { });
        await Host.SendAsync(Worker(OrgC), $"/api/referrals/{second}/outcome", new RecordReferralOutcome(ReferralResult.DidNotCome, null));
        (await Host.GetAsync<CaseView>(Worker(OrgA), $"/api/cases/{toSchaerbeek.Case}")).ToMember!.Result.ShouldBe(ReferralResult.Helped);
        (await Host.GetAsync<CaseView>(Worker(OrgB), $"/api/cases/{toForest.Case}")).ToMember!.Result.ShouldBe(ReferralResult.DidNotCome);

        // People are counted once: 40 requests by 36 people, three of whom came back.
        var counted = new List<(int Requests, int People, int Returning)>();
        foreach (var organisation in new[] { OrgA, OrgB, OrgC })
        {
            var figures = await Host.GetAsync<DropInFigures>(Coordinator(organisation), "/api/drop-ins/figures");
            counted.Add((figures.Requests, figures.People, figures.ReturningPeople));
        }
        counted.ShouldBe([(16, 14, 1), (16, 15, 1), (8, 7, 1)]);
        (counted.Sum(c => c.Requests), counted.Sum(c => c.People), counted.Sum(c => c.Returning)).ShouldBe((40, 36, 3));

        // The network coordinator reads them by the desks' host places and by who staffs them, people counted once.
        await Host.SendAsync(Coordinator(), $"/api/networks/{network}/coordinators", new AppointNetworkCoordinator("network-coordinator-1", "Nadia"));
        var coordinator = Host.Services.GetRequiredService<DevelopmentTokens>().IssueForNetwork("network-coordinator-1", network, TimeSpan.FromMinutes(10));
        var visitors = await Host.GetAsync<VisitorsView>(coordinator, $"/api/networks/{network}/observatory/visitors?from=2026-10&to=2026-11");
        visitors.HostPlaces.Cells.Select(c => (c.Code, c.Requests.Value, c.People.Value)).ShouldBe([
            ("community-centre", 8, 8), ("food-bank", 8, 7), ("library", 8, 8), ("public-digital-space", 8, 6), ("social-services", 8, 7)]);
        visitors.StaffKinds.Cells.Select(c => (c.Code, c.Requests.Value, c.People.Value)).ShouldBe([
            ("employee+public-it-worker", 8, 8), ("social-worker", 8, 7), ("volunteer", 24, 21)]);
        visitors.Total.People.Value.ShouldBe(36);
    }

    private async Task<string> Text(string token, string url) => await (await Send(token, s => s.Get.Url(url))).ReadAsTextAsync();
}
