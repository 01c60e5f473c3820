using CsCheck;
using LivingLibrary.Domain.Cases;
using LivingLibrary.Domain.Observatory;
using LivingLibrary.Domain.Reports;

namespace LivingLibrary.Domain.Tests.Observatory;

public sealed class ObservatoryTests
{
    [Fact]
    public void No_hidden_place_of_random_networks_can_be_pinned_by_an_exact_solver_reading_every_view()
    {
        // One to three organisations, one to three months, rows drawn from a few services and difficulties, most of them thin.
        var lines = Gen.Select(Gen.Int[0, 3], Gen.Int[0, 2], Gen.Int[0, 2], Gen.Int[0, 2], Gen.Int[0, 4], Gen.Int[0, 90])
            .Select((service, difficulty, month, organisation, state, minutes) => (Organisation: $"org-{organisation}",
                Line: new CaseLine(Guid.NewGuid(), $"2026-{9 + month:D2}", $"s{service}", $"d{difficulty}", false,
                    state switch { 0 => CaseStatus.Open, 1 => CaseStatus.Referred, 2 => CaseStatus.Closed, _ => CaseStatus.Resolved },
                    state switch { 3 => Autonomy.DoneAlone, 4 => Autonomy.DoneTogether, _ => null }, minutes)));

        lines.Array[1, 60].Sample(sample =>
        {
            var members = sample.GroupBy(x => x.Organisation).OrderBy(g => g.Key)
                .Select(g => (g.Key, (IReadOnlyList<ObservatoryMonth>)[.. g.GroupBy(x => x.Line.Month).Select(m => ObservatoryMonth.Of(m.Key, m.Select(x => x.Line)))]))
                .ToList();
            var attacker = new ExactAttacker();
            foreach (var (organisation, months) in members)
                foreach (var byMonth in new[] { false, true }) attacker.Read(organisation, ObservatoryView.Of("2026-09", "2026-11", byMonth, months));
            var shared = members.Select(m => new MemberMonths(m.Key, false, m.Item2)).ToList();
            var network = NetworkActivityView.NetworkTable("2026-09", "2026-11", shared);
            foreach (var byMonth in new[] { false, true }) attacker.Read(null, ObservatoryView.Of("2026-09", "2026-11", byMonth, network, null));
            attacker.Read(NetworkActivityView.Of("2026-09", "2026-11", shared));

            attacker.Attack().ShouldBeEmpty();
        }, iter: 40, threads: 1);
    }

    private static CaseLine Line(string service, string difficulty, CaseStatus status, Autonomy? autonomy = null, string month = "2026-10", int minutes = 30) =>
        new(Guid.NewGuid(), month, service, difficulty, false, status, autonomy, minutes);

    [Fact]
    public void The_view_sums_the_months_of_the_period_and_suppresses_a_small_row_with_a_partner_in_its_service()
    {
        var october = ObservatoryMonth.Of("2026-10", [
            .. Enumerable.Range(0, 20).Select(i => Line("itsme", "login-and-identity", i < 12 ? CaseStatus.Referred : CaseStatus.Resolved, Autonomy.DoneTogether)),
            .. Enumerable.Range(0, 2).Select(_ => Line("itsme", "security-and-scams", CaseStatus.Open)),
            .. Enumerable.Range(0, 6).Select(_ => Line("itsme", "forms-and-documents", CaseStatus.Open)),
            .. Enumerable.Range(0, 5).Select(_ => Line("bank", "paying", CaseStatus.Resolved, Autonomy.DoneAlone)),
        ]);
        var november = ObservatoryMonth.Of("2026-11", Enumerable.Range(0, 17).Select(_ => Line("itsme", "login-and-identity", CaseStatus.Referred)));
        var december = ObservatoryMonth.Of("2026-12", [Line("bank", "paying", CaseStatus.Open)]);

        var view = ObservatoryView.Of("2026-10", "2026-11", byMonth: false, [october, november, december]);

        var itsme = view.Rows.Single(r => r.Service == "itsme" && r.Difficulty == "login-and-identity").Figures;
        (itsme.Cases.Value, itsme.Referred.Value, itsme.Resolved.Value, itsme.DoneTogether.Value).ShouldBe((37, 29, 8, 8));
        view.Rows.Single(r => r.Difficulty == "security-and-scams").Figures.Cases.ShouldBe(Figure.Hidden);
        view.Services.Single(s => s.Code == "itsme").Figures.Cases.Value.ShouldBe(45);
        // The two scams cases are small and itsme's total is shown: the smallest other itsme row goes with them, and
        // then the total of its kind of difficulty, which it alone makes up.
        view.Rows.Single(r => r.Difficulty == "forms-and-documents").Figures.Cases.ShouldBe(Figure.Hidden);
        view.Difficulties.Single(d => d.Code == "forms-and-documents").Figures.Cases.ShouldBe(Figure.Hidden);
        view.Total.Cases.Value.ShouldBe(50);
        view.Months.Select(m => m.Code).ShouldBe(["2026-10", "2026-11"]);
        view.Rows.Single(r => r.Service == "bank").Figures.Hours.Value.ShouldBe(2.5);
    }

    [Fact]
    public void By_month_each_months_cases_are_a_row_of_their_own()
    {
        var view = ObservatoryView.Of("2026-10", "2026-11", byMonth: true, [
            ObservatoryMonth.Of("2026-10", Enumerable.Range(0, 4).Select(_ => Line("bank", "paying", CaseStatus.Open))),
            ObservatoryMonth.Of("2026-11", Enumerable.Range(0, 6).Select(_ => Line("bank", "paying", CaseStatus.Open, month: "2026-11"))),
        ]);

        view.Rows.Select(r => (r.Month, r.Figures.Cases.Value)).ShouldBe([("2026-10", 4), ("2026-11", 6)]);
        view.Total.Open.Value.ShouldBe(10);
    }
}
