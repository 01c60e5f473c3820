using Google.OrTools.Sat;
using LivingLibrary.Domain.Observatory;
using LivingLibrary.Domain.Reports;

namespace LivingLibrary.Domain.Tests.Observatory;

/// <summary>Where a published figure sits, as a reader names it: an organisation (null: the whole network) and a service, difficulty and month (null: summed over).</summary>
public readonly record struct At(string? Organisation, string? Service, string? Difficulty, string? Month)
{
    public override string ToString() => $"{Organisation ?? "network"}/{Service ?? "*"}/{Difficulty ?? "*"}/{Month ?? "*"}";
}

/// <summary>The measures of a place: the eight counts of the observatory, then the minutes behind its hours.</summary>
public enum Measure { Cases, Open, Resolved, Referred, Closed, DoneForThem, DoneTogether, DoneAlone, Minutes }

/// <summary>A hidden figure and the values it can take given everything published.</summary>
public sealed record Finding(At Place, Measure Measure, long Lowest, long Highest)
{
    public override string ToString() => $"{Place} {Measure}: {Lowest}..{Highest}";
}

/// <summary>
/// A reader who holds every published view of one period and writes down every equality they can (docs/adr/0018): the
/// unknowns are each organisation's cases of each service, difficulty and month that its views list (a row listed holds a
/// case at least; one not listed holds none; an organisation that lists no row, too thin to, counts in totals only), each
/// with its states, autonomies and minutes; every figure shown is an
/// equation over them, hours within their rounding, and hours shown say the cases under them are not one or two. Then,
/// with CP-SAT, the cases and the minutes of each hidden place are minimised and maximised. Its cases are protected when
/// they reach both below three and three or more, or span at least three; its minutes must not be pinned above zero.
/// </summary>
public sealed class ExactAttacker
{
    private const long Most = 1_000_000;
    private const string Nowhere = "?";
    private readonly HashSet<At> _rows = [];
    private readonly Dictionary<(At, Measure), long> _shown = [];
    private readonly List<(At Place, double Hours)> _hours = [];
    private readonly HashSet<(At, Measure)> _hidden = [];

    public int Published { get; private set; }

    public void Read(string? organisation, ObservatoryView view)
    {
        foreach (var row in view.Rows)
        {
            var at = new At(organisation, row.Service, row.Difficulty, row.Month);
            if (organisation is not null && row.Month is not null) _rows.Add(at);
            Read(at, row.Figures);
        }
        foreach (var s in view.Services) Read(new(organisation, s.Code, null, null), s.Figures);
        foreach (var d in view.Difficulties) Read(new(organisation, null, d.Code, null), d.Figures);
        foreach (var m in view.Months) Read(new(organisation, null, null, m.Code), m.Figures);
        Read(new(organisation, null, null, null), view.Total);
    }

    public void Read(NetworkActivityView activity)
    {
        foreach (var member in activity.Members) Read(new(member.OrganisationId, null, null, null), member.Figures);
        Read(new(null, null, null, null), activity.Total);
    }

    /// <summary>An organisation's report for the same whole months, read after every case was recorded: its cases are the observatory's.</summary>
    public void Read(string organisation, FunderReport report)
    {
        var all = new At(organisation, null, null, null);
        Read(all, Measure.Cases, report.Cases.Posted);
        Read(all, Measure.Resolved, report.Cases.Resolved);
        Read(all, Measure.Referred, report.Cases.Referred);
        foreach (var s in report.Cases.ByService) Read(all with { Service = s.Code }, Measure.Cases, s.Count);
        foreach (var d in report.Cases.ByDifficulty) Read(all with { Difficulty = d.Code }, Measure.Cases, d.Count);
        // Every case came to a drop-in and was accompanied on its day: the report's drop-in requests and case hours are the observatory's.
        Read(all, Measure.Cases, report.Activity.DropInRequests);
        if (report.Activity.CaseHours.Value is { } hours) _hours.Add((all, hours));
        else _hidden.Add((all, Measure.Minutes));
    }

    /// <summary>One place's figures, from any view (JSON or CSV).</summary>
    public void Read(At at, OutcomeFigures f)
    {
        Figure[] counts = [f.Cases, f.Open, f.Resolved, f.Referred, f.Closed, f.DoneForThem, f.DoneTogether, f.DoneAlone];
        foreach (var (figure, measure) in counts.Select((c, i) => (c, (Measure)i))) Read(at, measure, figure);
        Published++;
        if (f.Hours.Value is { } hours) _hours.Add((at, hours));
        else _hidden.Add((at, Measure.Minutes));
    }

    private void Read(At at, Measure measure, Figure figure)
    {
        Published++;
        if (figure.Value is { } value) _shown[(at, measure)] = (long)value;
        else if (figure.Suppressed) _hidden.Add((at, measure));
    }

    /// <summary>Every hidden figure that the published ones pin down, with the values it can take.</summary>
    public IReadOnlyList<Finding> Attack()
    {
        var model = new CpModel();
        // An organisation that shows its total and lists no row (too thin) has its cases somewhere no view names: its total only.
        var unlisted = _shown.Keys.Concat(_hidden).Select(k => k.Item1.Organisation).OfType<string>().Distinct()
            .Where(o => !_rows.Any(r => r.Organisation == o)).Select(o => new At(o, Nowhere, Nowhere, Nowhere)).ToHashSet();
        var cells = _rows.Concat(unlisted).ToDictionary(r => r, r => Enum.GetValues<Measure>().Select(m => model.NewIntVar(0, Most, $"{r}:{m}")).ToArray());
        foreach (var (row, v) in cells)
        {
            if (!unlisted.Contains(row)) model.Add(v[(int)Measure.Cases] >= 1);
            model.Add(v[(int)Measure.Cases] == v[(int)Measure.Open] + v[(int)Measure.Resolved] + v[(int)Measure.Referred] + v[(int)Measure.Closed]);
            model.Add(v[(int)Measure.Resolved] == v[(int)Measure.DoneForThem] + v[(int)Measure.DoneTogether] + v[(int)Measure.DoneAlone]);
            model.Add(v[(int)Measure.Minutes] <= 24 * 60 * 365 * v[(int)Measure.Cases]);
        }
        LinearExpr Sum(At at, Measure measure) => LinearExpr.Sum(cells.Where(c => Under(c.Key, at)).Select(c => c.Value[(int)measure]));

        foreach (var ((at, measure), value) in _shown) model.Add(Sum(at, measure) == value);
        foreach (var (at, hours) in _hours)
        {
            model.AddLinearConstraint(Sum(at, Measure.Minutes), (long)Math.Ceiling((hours - 0.005) * 60), (long)Math.Floor((hours + 0.005) * 60));
            // Hours are never shown over one or two cases.
            var none = model.NewBoolVar($"{at}:none");
            model.Add(Sum(at, Measure.Cases) == 0).OnlyEnforceIf(none);
            model.Add(Sum(at, Measure.Cases) >= Figure.Threshold).OnlyEnforceIf(none.Not());
        }

        // The people a hidden place is about (its cases) and the time spent on them; its other measures are hidden with them.
        var targets = _hidden.Where(h => h.Item2 is Measure.Cases or Measure.Minutes).Select(h => (Key: h, Expression: Sum(h.Item1, h.Item2))).ToList();
        var seen = targets.ToDictionary(t => t.Key, _ => (Low: long.MaxValue, High: long.MinValue));
        var solver = new CpSolver { StringParameters = "num_workers:2" };
        void Record()
        {
            foreach (var t in targets)
            {
                var value = solver.Value(t.Expression);
                var (low, high) = seen[t.Key];
                seen[t.Key] = (Math.Min(low, value), Math.Max(high, value));
            }
        }
        long Solve(LinearExpr objective, bool maximise)
        {
            if (maximise) model.Maximize(objective); else model.Minimize(objective);
            var status = solver.Solve(model);
            if (status != CpSolverStatus.Optimal) throw new InvalidOperationException($"The published figures gave {status}: the attacker's model is wrong.");
            Record();
            return (long)solver.ObjectiveValue;
        }

        // A solution found for one figure widens what is known of every other: most are settled without a solve of their own.
        var findings = new List<Finding>();
        foreach (var (key, expression) in targets)
        {
            if (Protected(key.Item2, seen[key])) continue;
            var high = Solve(expression, maximise: true);
            if (Protected(key.Item2, seen[key])) continue;
            var low = Solve(expression, maximise: false);
            if (!Protected(key.Item2, (low, high))) findings.Add(new(key.Item1, key.Item2, low, high));
        }
        return findings;
    }

    /// <summary>The hidden places' cases and minutes the attack tries to pin.</summary>
    public int Targets => _hidden.Count(h => h.Item2 is Measure.Cases or Measure.Minutes);

    private static bool Protected(Measure measure, (long Low, long High) values) =>
        measure == Measure.Minutes
            ? values.Low == 0 || values.High > values.Low
            : (values.Low < Figure.Threshold && values.High >= Figure.Threshold) || values.High - values.Low >= Figure.Threshold;

    private static bool Under(At row, At place) =>
        (place.Organisation is null || place.Organisation == row.Organisation) && (place.Service is null || place.Service == row.Service)
        && (place.Difficulty is null || place.Difficulty == row.Difficulty) && (place.Month is null || place.Month == row.Month);
}
