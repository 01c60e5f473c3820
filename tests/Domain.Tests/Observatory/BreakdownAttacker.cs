using Google.OrTools.Sat;
using LivingLibrary.Domain.Observatory;
using LivingLibrary.Domain.Reports;

namespace LivingLibrary.Domain.Tests.Observatory;

/// <summary>
/// A reader of every breakdown of drop-in visitors for one period (docs/adr/0034): each member's requests and people by first
/// language, by postcode area, by the desks' host place and staff kinds and by desk, its totals, and the network's sums. The unknowns are each member's requests and
/// people of each cell it lists (a listed cell holds someone; people are no more than requests), or of one cell nobody names
/// where the member withholds a breakdown. Languages, areas, host places and staff kinds put each person in one cell; desks put each request in one
/// cell and each person in one or more, so a desk's people are at most the member's and together at least them. The network's
/// cells add up the members whose breakdown is listed; its totals, every member's. Then, with CP-SAT, each hidden figure's
/// requests and people are minimised and maximised: they are protected when they reach both below three and three or more,
/// or span at least three values (docs/adr/0018).
/// </summary>
public sealed class BreakdownAttacker
{
    public enum Kind { Language, Area, HostPlace, Staff, Desk }

    private const long Most = 1_000_000;
    private const string NotGiven = "(not given)";
    private const string Unlisted = "(unlisted)";

    private readonly HashSet<string> _members = [];
    private readonly Dictionary<(string Member, Kind Kind), List<string>> _cells = [];
    private readonly Dictionary<(string? Member, Kind? Kind, string? Code, bool People), long> _shown = [];
    private readonly HashSet<(string? Member, Kind? Kind, string? Code, bool People)> _hidden = [];

    public int Published { get; private set; }

    /// <summary>One member's visitors view (its own, or as the network's view lists it).</summary>
    public void Read(string member, CountFigures total, Breakdown languages, Breakdown areas, Breakdown? hostPlaces = null, Breakdown? staff = null)
    {
        Total(member, total);
        foreach (var (kind, breakdown) in new[] { (Kind.Language, languages), (Kind.Area, areas), (Kind.HostPlace, hostPlaces), (Kind.Staff, staff) })
            if (breakdown is not null) Read(member, kind, breakdown.Withheld, breakdown.Cells.Select(c => (c.Code ?? NotGiven, c.Requests, c.People)));
    }

    public void Read(MemberVisitors m) => Read(m.OrganisationId, m.Total, m.Languages, m.PostcodeAreas, m.HostPlaces, m.StaffKinds);

    public void Read(MemberDesks desks)
    {
        Total(desks.OrganisationId, desks.Total);
        Read(desks.OrganisationId, Kind.Desk, desks.Withheld, desks.Desks.Select(d => (d.DeskId.ToString(), d.Requests, d.People)));
    }

    /// <summary>The network's totals and cells.</summary>
    public void ReadNetwork(CountFigures total, Breakdown? languages = null, Breakdown? areas = null, Breakdown? hostPlaces = null, Breakdown? staff = null)
    {
        Shown((null, null, null, false), total.Requests);
        Shown((null, null, null, true), total.People);
        foreach (var (kind, breakdown) in new[] { (Kind.Language, languages), (Kind.Area, areas), (Kind.HostPlace, hostPlaces), (Kind.Staff, staff) })
            foreach (var c in breakdown?.Cells ?? [])
            {
                Shown((null, kind, c.Code ?? NotGiven, false), c.Requests);
                Shown((null, kind, c.Code ?? NotGiven, true), c.People);
            }
    }

    private void Total(string member, CountFigures total)
    {
        _members.Add(member);
        Shown((member, null, null, false), total.Requests);
        Shown((member, null, null, true), total.People);
    }

    private void Read(string member, Kind kind, bool withheld, IEnumerable<(string Code, Figure Requests, Figure People)> cells)
    {
        var listed = _cells.TryGetValue((member, kind), out var known) ? known : _cells[(member, kind)] = [];
        foreach (var (code, requests, people) in cells)
        {
            if (!listed.Contains(code)) listed.Add(code);
            Shown((member, kind, code, false), requests);
            Shown((member, kind, code, true), people);
        }
        if (withheld && !listed.Contains(Unlisted)) listed.Add(Unlisted);
    }

    private void Shown((string?, Kind?, string?, bool) at, Figure figure)
    {
        Published++;
        if (figure.Value is { } value) _shown[at] = (long)value;
        else if (figure.Suppressed) _hidden.Add(at);
    }

    public int Targets => _hidden.Count;

    public IReadOnlyList<string> Attack()
    {
        var model = new CpModel();
        var totals = _members.ToDictionary(m => m, m => (R: model.NewIntVar(0, Most, $"{m}:R"), P: model.NewIntVar(0, Most, $"{m}:P")));
        var cells = new Dictionary<(string, Kind, string), (IntVar R, IntVar P)>();
        foreach (var ((member, kind), codes) in _cells)
        {
            // A member that shows a total but no cell of a kind it was read for has its people somewhere no view names.
            var all = codes.Count == 0 ? [Unlisted] : codes;
            foreach (var code in all)
            {
                var v = (R: model.NewIntVar(0, Most, $"{member}:{kind}:{code}:R"), P: model.NewIntVar(0, Most, $"{member}:{kind}:{code}:P"));
                cells[(member, kind, code)] = v;
                model.Add(v.P <= v.R);
                if (code != Unlisted) model.Add(v.P >= 1);
                if (kind == Kind.Desk) model.Add(v.P <= totals[member].P);
            }
            var ofKind = all.Select(c => cells[(member, kind, c)]).ToList();
            model.Add(LinearExpr.Sum(ofKind.Select(c => c.R)) == totals[member].R);
            if (kind == Kind.Desk) model.Add(LinearExpr.Sum(ofKind.Select(c => c.P)) >= totals[member].P);
            else model.Add(LinearExpr.Sum(ofKind.Select(c => c.P)) == totals[member].P);
        }
        foreach (var (r, p) in totals.Values) model.Add(p <= r);

        LinearExpr Expression((string? Member, Kind? Kind, string? Code, bool People) at)
        {
            IntVar Pick((IntVar R, IntVar P) v) => at.People ? v.P : v.R;
            if (at.Kind is null)
                return at.Member is null ? LinearExpr.Sum(totals.Values.Select(Pick)) : Pick(totals[at.Member]);
            if (at.Member is not null) return Pick(cells[(at.Member, at.Kind.Value, at.Code!)]);
            // The network's cell: the members that list this kind of breakdown.
            return LinearExpr.Sum(cells.Where(c => c.Key.Item2 == at.Kind && c.Key.Item3 == at.Code && !_cells[(c.Key.Item1, at.Kind.Value)].Contains(Unlisted))
                .Select(c => Pick(c.Value)));
        }
        foreach (var (at, value) in _shown) model.Add(Expression(at) == value);

        var solver = new CpSolver { StringParameters = "num_workers:2" };
        var findings = new List<string>();
        foreach (var at in _hidden)
        {
            var expression = Expression(at);
            long Solve(bool maximise)
            {
                if (maximise) model.Maximize(expression); else model.Minimize(expression);
                var status = solver.Solve(model);
                if (status != CpSolverStatus.Optimal) throw new InvalidOperationException($"The published figures gave {status}: the attacker's model is wrong.");
                return (long)solver.ObjectiveValue;
            }
            var (low, high) = (Solve(false), Solve(true));
            if (!((low < Figure.Threshold && high >= Figure.Threshold) || high - low >= Figure.Threshold))
                findings.Add($"{at.Member ?? "network"}/{at.Kind?.ToString() ?? "total"}/{at.Code ?? "*"}/{(at.People ? "people" : "requests")}: {low}..{high}");
        }
        return findings;
    }
}
