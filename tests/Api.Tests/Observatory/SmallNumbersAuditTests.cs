using System.Globalization;
using Alba;
using CsvHelper;
using LivingLibrary.Api.Platform;
using LivingLibrary.Api.Tests.Cases;
using LivingLibrary.Api.Tests.Support;
using LivingLibrary.Domain.Cases;
using LivingLibrary.Domain.DropIns;
using LivingLibrary.Domain.Networks;
using LivingLibrary.Domain.Observatory;
using LivingLibrary.Domain.Reports;
using LivingLibrary.Domain.Tests.Observatory;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace LivingLibrary.Api.Tests.Observatory;

/// <summary>
/// Small numbers protected by an audit (docs/adr/0018): a network of three organisations with three months of drop-in
/// requests, every view of that period read as its readers get it, and an exact solver that tries to pin each hidden figure.
/// </summary>
public sealed class SmallNumbersAuditTests(ApiFixture fixture, ITestOutputHelper output) : ApiTest(fixture)
{
    private static readonly string[] Organisations = ["audit-a", "audit-b", "audit-c"];
    private static readonly Guid NetworkId = Guid.Parse("0194f2a0-a0d1-7000-8000-000000000001");
    private const string Period = "from=2026-08&to=2026-10";

    // Services and kinds of difficulty people bring, weighted as drop-ins see them: a few frequent, many rare.
    private static readonly (string Service, string Difficulty, int Weight)[] Mix =
    [
        ("itsme", "login-and-identity", 12), ("myminfin", "forms-and-documents", 6), ("bank", "paying", 6), ("bank", "security-and-scams", 3),
        ("energy-supplier", "paying", 3), ("cpas-ocmw", "forms-and-documents", 3), ("water-supplier", "paying", 2), ("commune", "appointments", 2),
        ("mypension", "login-and-identity", 1), ("cpas-ocmw", "login-and-identity", 1), ("itsme", "security-and-scams", 1), ("commune", "forms-and-documents", 1),
    ];

    [Fact]
    public async Task No_hidden_figure_of_a_network_of_three_organisations_can_be_pinned_from_everything_published_for_the_period()
    {
        await GenerateAsync(seed: 19);
        await ViewsCaughtUp();
        await EventsRecordedEarlier(TimeSpan.FromMinutes(10));

        var attacker = new ExactAttacker();
        foreach (var organisation in Organisations)
        {
            var coordinator = Coordinator(organisation);
            attacker.Read(organisation, await Host.GetAsync<ObservatoryView>(coordinator, $"/api/observatory?{Period}"));
            attacker.Read(organisation, await Host.GetAsync<ObservatoryView>(coordinator, $"/api/observatory?{Period}&byMonth=true"));
            ReadCsv(attacker, organisation, await TextAsync(coordinator, $"/api/observatory?{Period}&format=csv"));
            ReadCsv(attacker, organisation, await TextAsync(coordinator, $"/api/observatory?{Period}&byMonth=true&format=csv"));
            attacker.Read(organisation, await Host.GetAsync<FunderReport>(coordinator, "/api/reports/funder?from=2026-08-01&to=2026-10-31"));
        }
        var network = Host.Services.GetRequiredService<DevelopmentTokens>().IssueForNetwork("network-coordinator", NetworkId, TimeSpan.FromMinutes(5));
        attacker.Read(null, await Host.GetAsync<ObservatoryView>(network, $"/api/networks/{NetworkId}/observatory?{Period}"));
        attacker.Read(null, await Host.GetAsync<ObservatoryView>(network, $"/api/networks/{NetworkId}/observatory?{Period}&byMonth=true"));
        ReadCsv(attacker, null, await TextAsync(network, $"/api/networks/{NetworkId}/observatory?{Period}&format=csv"));
        ReadCsv(attacker, null, await TextAsync(network, $"/api/networks/{NetworkId}/observatory?{Period}&byMonth=true&format=csv"));
        attacker.Read(await Host.GetAsync<NetworkActivityView>(network, $"/api/networks/{NetworkId}/activity?{Period}"));

        var findings = attacker.Attack();

        output.WriteLine($"{attacker.Published} figures read, {attacker.Targets} hidden cases and minutes attacked, {findings.Count} pinned");
        foreach (var finding in findings.Take(40)) output.WriteLine(finding.ToString());
        attacker.Targets.ShouldBeGreaterThan(0, "a period with rare difficulties has small cells to hide");
        findings.Count.ShouldBe(0, string.Join("; ", findings.Take(10)));
    }

    [Fact]
    public async Task No_hidden_figure_of_the_drop_ins_by_desk_language_postcode_area_host_place_and_staff_can_be_pinned_from_everything_published()
    {
        var random = new Random(26);
        foreach (var (organisation, people) in Organisations.Zip([30, 12, 5]))
            await VisitorsAsync(organisation, random, people);
        await NetworkAsync();

        var attacker = new BreakdownAttacker();
        foreach (var organisation in Organisations)
        {
            var own = await Host.GetAsync<VisitorsView>(Coordinator(organisation), $"/api/observatory/visitors?{Period}");
            attacker.Read(organisation, own.Total, own.Languages, own.PostcodeAreas, own.HostPlaces, own.StaffKinds);
        }
        var network = Host.Services.GetRequiredService<DevelopmentTokens>().IssueForNetwork("network-coordinator", NetworkId, TimeSpan.FromMinutes(5));
        var visitors = await Host.GetAsync<VisitorsView>(network, $"/api/networks/{NetworkId}/observatory/visitors?{Period}");
        foreach (var member in visitors.Members) attacker.Read(member);
        attacker.ReadNetwork(visitors.Total, visitors.Languages, visitors.PostcodeAreas, visitors.HostPlaces, visitors.StaffKinds);
        var desks = await Host.GetAsync<NetworkDesksView>(network, $"/api/networks/{NetworkId}/drop-ins?{Period}");
        foreach (var member in desks.Members) attacker.Read(member);
        attacker.ReadNetwork(desks.Total);

        var findings = attacker.Attack();

        output.WriteLine($"{attacker.Published} figures read, {attacker.Targets} hidden figures attacked, {findings.Count} pinned");
        attacker.Targets.ShouldBeGreaterThan(0, "rare languages and areas have small cells to hide");
        findings.ShouldBeEmpty();
    }

    /// <summary>People who come one to four times to one of two desks of an organisation from August to October 2026, each with a first language and an area, some rare.</summary>
    private async Task VisitorsAsync(string organisation, Random random, int people)
    {
        string[] languages = ["fr", "fr", "fr", "nl", "nl", "ar", "ar", "tr", "ro", "en"];
        string?[] areas = ["1080", "1080", "1080", "1000", "1000", "1030", "1070", "1190", null, null];
        await using var session = Store.LightweightSession(organisation);
        Guid[] desks = [Guid.CreateVersion7(), Guid.CreateVersion7()];
        foreach (var (desk, n) in desks.Select((d, n) => (d, n)))
            session.Events.StartStream<DropInDesk>(desk, new DropInDeskOpened(desk, $"Permanence {n}", "Bibliothèque", [], ["fr"]),
                new DropInDeskDescribed(desk, new DeskDescription(n == 0 ? "library" : "food-bank", n == 0 ? ["volunteer"] : ["employee", "volunteer"], [], [], null)));
        for (var p = 0; p < people; p++)
        {
            var visitor = new Visitor(Guid.CreateVersion7(), [languages[random.Next(languages.Length)]], null, areas[random.Next(areas.Length)], null, null);
            var first = new DateOnly(2026, 8, 3).AddDays(random.Next(60));
            for (var visit = 0; visit < 1 + random.Next(4); visit++)
            {
                var caseId = Guid.CreateVersion7();
                session.Events.StartStream<ProblemCase>(caseId, new DropInRequestRecorded(caseId, desks[random.Next(2)], first.AddDays(7 * visit), visitor,
                    new CaseDetails("Une demande", "itsme", "login-and-identity", [], Urgency.Normal, null)));
            }
        }
        await session.SaveChangesAsync();
    }

    private async Task<string> TextAsync(string token, string url) => await (await Send(token, s => s.Get.Url(url))).ReadAsTextAsync();

    /// <summary>The observatory's CSV as a reader takes it: a line per row and total, each figure <c>suppressed</c> or a number.</summary>
    private static void ReadCsv(ExactAttacker attacker, string? organisation, string csv)
    {
        using var reader = CsvReader.FromText(csv.TrimStart('\uFEFF'));
        reader.ReadHeader();
        static string? Named(string text) => text.Length == 0 ? null : text;
        while (reader.Read())
        {
            Figure Of(string column) => reader.GetString(column) switch
            {
                "suppressed" => Figure.Hidden,
                "" => Figure.None,
                var value => new(double.Parse(value, CultureInfo.InvariantCulture)),
            };
            attacker.Read(new At(organisation, Named(reader.GetString("service")), Named(reader.GetString("difficulty")), Named(reader.GetString("month"))),
                new OutcomeFigures(Of("cases"), Of("open"), Of("resolved"), Of("referred"), Of("closed"), Of("done_for_them"), Of("done_together"),
                    Of("done_alone"), Of("hours")));
        }
    }

    [Fact]
    public async Task The_networks_csv_names_a_members_own_service_as_the_members_csv_does()
    {
        var member = Organisations[1];
        await Host.CreateAsync(Coordinator(member), "/api/services", new AddOrganisationService("bourse-etudes-fwb", "Bourses d'études (FWB)", "Studiebeurzen (FWB)", "Study grants (FWB)"));
        var random = new Random(18);
        await RequestsAsync(member, random, 12, () => ("bourse-etudes-fwb", "forms-and-documents"));
        await RequestsAsync(Organisations[2], random, 12, () => ("itsme", "login-and-identity"));
        await NetworkAsync();
        await ViewsCaughtUp();
        var network = Host.Services.GetRequiredService<DevelopmentTokens>().IssueForNetwork("network-coordinator", NetworkId, TimeSpan.FromMinutes(5));

        var own = await TextAsync(Coordinator(member), $"/api/observatory?{Period}&format=csv");
        var shared = await TextAsync(network, $"/api/networks/{NetworkId}/observatory?{Period}&format=csv");

        own.ShouldContain("service,bourse-etudes-fwb,Study grants (FWB),");
        shared.ShouldContain("service,bourse-etudes-fwb,Study grants (FWB),");
        shared.ShouldContain("service,itsme,itsme,");
    }

    /// <summary>Three organisations, each a desk with drop-in requests from August to October 2026, and a network of the three.</summary>
    private async Task GenerateAsync(int seed)
    {
        var random = new Random(seed);
        var weighted = Mix.SelectMany(m => Enumerable.Repeat(m, m.Weight)).ToArray();
        foreach (var (organisation, size) in Organisations.Zip([70, 40, 25]))
            await RequestsAsync(organisation, random, size, () => { var (service, difficulty, _) = weighted[random.Next(weighted.Length)]; return (service, difficulty); });
        await NetworkAsync();
    }

    /// <summary>Drop-in requests at one desk of an organisation, on days from August to October 2026, most accompanied, most resolved or referred.</summary>
    private async Task RequestsAsync(string organisation, Random random, int count, Func<(string Service, string Difficulty)> what)
    {
        await using var session = Store.LightweightSession(organisation);
        var desk = Guid.CreateVersion7();
        for (var n = 0; n < count; n++)
        {
            var caseId = Guid.CreateVersion7();
            var (service, difficulty) = what();
            var day = new DateOnly(2026, 8, 3).AddDays(random.Next(88));
            var events = new List<object>
            {
                new DropInRequestRecorded(caseId, desk, day, new Visitor(Guid.CreateVersion7(), ["fr"], null, null, null, null),
                    new CaseDetails("Une demande", service, difficulty, [], Urgency.Normal, null)),
            };
            if (random.Next(5) > 0)
                events.Add(new CaseAccompanied(caseId, new Accompaniment(Guid.CreateVersion7(), day, 5 + random.Next(60), Setting.OnSite,
                    DeviceUsed.PublicComputer, ProcedureProgress.PartlyDone, ["it-worker"], [], null, null, null, [], null)));
            switch (random.Next(10))
            {
                case < 5: events.Add(new CaseResolved(caseId, ["Pas à pas"], (Autonomy)random.Next(3), day)); break;
                case < 8: events.Add(new CaseReferred(caseId, Guid.CreateVersion7(), "Orientation", day)); break;
                case 8: events.Add(new CaseClosed(caseId, "Plus de nouvelles", day)); break;
            }
            session.Events.StartStream<ProblemCase>(caseId, events);
        }
        await session.SaveChangesAsync();
    }

    private async Task NetworkAsync()
    {
        await using var founder = Store.LightweightSession(Organisations[0]);
        founder.ForTenant(Network.TenantOf(NetworkId)).Events.StartStream<Network>(NetworkId,
        [
            new NetworkFounded(NetworkId, "Réseau d'essai", Organisations[0], new DateOnly(2026, 7, 1)),
            .. Organisations.Skip(1).SelectMany(o => new object[]
                { new OrganisationInvited(NetworkId, o, Organisations[0]), new OrganisationJoined(NetworkId, o, new DateOnly(2026, 7, 2)) }),
            new NetworkCoordinatorAppointed(NetworkId, "network-coordinator", "Coordination"),
        ]);
        await founder.SaveChangesAsync();
    }
}
