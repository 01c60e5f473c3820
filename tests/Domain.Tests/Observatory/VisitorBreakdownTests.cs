using LivingLibrary.Domain.DropIns;
using CsCheck;
using LivingLibrary.Domain.Observatory;

namespace LivingLibrary.Domain.Tests.Observatory;

public sealed class VisitorBreakdownTests
{
    [Fact]
    public void No_hidden_figure_of_random_networks_visitors_by_language_area_host_place_staff_and_desk_can_be_pinned_by_an_exact_solver()
    {
        // One to three organisations, two desks each, visitors who come one to three times, a few languages and areas, most of them thin.
        var people = Gen.Select(Gen.Int[0, 2], Gen.Int[0, 3], Gen.Int[0, 4], Gen.Int[1, 3], Gen.Int[0, 1], Gen.Int[0, 80])
            .Select((organisation, language, area, times, desk, day) => (Organisation: $"org-{organisation}", Visits: Enumerable.Range(0, times)
                .Select(n => (Func<Guid, Visit>)(id => new Visit(Desks[organisation * 2 + (desk + n) % 2], new DateOnly(2026, 9, 1).AddDays((day + 7 * n) % 90), id,
                    "itsme", language == 0 ? null : $"l{language}", area == 0 ? null : $"{1000 + area * 10}",
                    HostPlaces[(organisation * 2 + (desk + n) % 2) % 3], (desk + n) % 2 == 0 ? "volunteer" : "employee+volunteer"))).ToList()));

        var attacked = 0;
        people.Array[1, 50].Sample(sample =>
        {
            var members = sample.GroupBy(p => p.Organisation).OrderBy(g => g.Key)
                .Select(g => (g.Key, (IReadOnlyList<Visit>)[.. g.SelectMany(p => { var id = Guid.NewGuid(); return p.Visits.Select(v => v(id)); })]))
                .ToList();
            var names = Desks.ToDictionary(d => d, d => d.ToString()[..8]);
            var view = VisitorsView.OfNetwork("2026-09", "2026-11", members);
            var desks = NetworkDesksView.Of("2026-09", "2026-11", [.. members.Select(m => (m.Key, m.Item2, (IReadOnlyDictionary<Guid, string>)names))]);

            var attacker = new BreakdownAttacker();
            foreach (var member in view.Members) attacker.Read(member);
            foreach (var (organisation, visits) in members)
            {
                var own = VisitorsView.Of("2026-09", "2026-11", visits);
                attacker.Read(organisation, own.Total, own.Languages, own.PostcodeAreas, own.HostPlaces, own.StaffKinds);
            }
            foreach (var member in desks.Members) attacker.Read(member);
            attacker.ReadNetwork(view.Total, view.Languages, view.PostcodeAreas, view.HostPlaces, view.StaffKinds);
            attacker.ReadNetwork(desks.Total);

            attacker.Attack().ShouldBeEmpty();
            Interlocked.Add(ref attacked, attacker.Targets);
        }, iter: 40, threads: 1);
        attacked.ShouldBeGreaterThan(0, "thin networks have small cells to hide");
    }

    private static readonly Guid[] Desks = [.. Enumerable.Range(0, 6).Select(_ => Guid.NewGuid())];

    private static readonly string?[] HostPlaces = [null, "library", "food-bank"];
}
