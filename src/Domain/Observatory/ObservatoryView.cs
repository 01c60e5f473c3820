using LivingLibrary.Domain.Reports;

namespace LivingLibrary.Domain.Observatory;

/// <summary>Where cases stand and how autonomous people were at the end, each figure suppressed under three cases, and what would give one away.</summary>
public sealed record OutcomeFigures(Figure Cases, Figure Open, Figure Resolved, Figure Referred, Figure Closed,
    Figure DoneForThem, Figure DoneTogether, Figure DoneAlone, Figure Hours);

/// <summary>One service and kind of difficulty over the period (or in one month, by month).</summary>
public sealed record ObservatoryRow(string Service, string Difficulty, string? Month, OutcomeFigures Figures);

public sealed record ObservatoryTotal(string Code, OutcomeFigures Figures);

/// <summary>
/// The observatory of difficulties over whole months (<c>yyyy-MM</c>, the month a case was brought): rows by service and
/// kind of difficulty (and by month, if asked), totals by service, by difficulty and by month, and the total. Every
/// figure that adds up to another is suppressed together (<see cref="Suppression.Table"/>), across all of them.
/// </summary>
public sealed record ObservatoryView(string From, string To, bool ByMonth, OutcomeFigures Total, IReadOnlyList<ObservatoryTotal> Services,
    IReadOnlyList<ObservatoryTotal> Difficulties, IReadOnlyList<ObservatoryTotal> Months, IReadOnlyList<ObservatoryRow> Rows)
{
    public const int MaxMonths = 60;

    // The counted columns: the four states add up to the cases, the three autonomies to the resolved.
    private static readonly Func<ObservatoryCell, int>[] Columns =
        [c => c.Cases, c => c.Open, c => c.Resolved, c => c.Referred, c => c.Closed, c => c.DoneForThem, c => c.DoneTogether, c => c.DoneAlone];
    private const int CasesColumn = 0, ResolvedColumn = 2;
    private static readonly int[] States = [1, 2, 3, 4], Autonomies = [5, 6, 7];

    /// <param name="months">The stored months of the period (months with no case may be missing).</param>
    public static ObservatoryView Of(string from, string to, bool byMonth, IEnumerable<ObservatoryMonth> months)
    {
        var kept = months.Where(m => string.CompareOrdinal(m.Id, from) >= 0 && string.CompareOrdinal(m.Id, to) <= 0).OrderBy(m => m.Id, StringComparer.Ordinal).ToList();
        var rows = byMonth
            ? kept.SelectMany(m => m.Cells.Select(c => (Month: (string?)m.Id, Cell: c))).ToList()
            : [.. kept.SelectMany(m => m.Cells).GroupBy(c => (c.Service, c.Difficulty)).Select(g => ((string?)null, g.Aggregate((a, b) => a.Plus(b))))
                .OrderBy(r => r.Item2.Service, StringComparer.Ordinal).ThenBy(r => r.Item2.Difficulty, StringComparer.Ordinal)];
        var services = Totals(rows.Select(r => r.Cell), c => c.Service);
        var difficulties = Totals(rows.Select(r => r.Cell), c => c.Difficulty);
        var monthTotals = kept.Select(m => (m.Id, Cell: Sum(m.Cells))).Where(m => !m.Cell.IsEmpty).ToList();
        var total = Sum(rows.Select(r => r.Cell));

        // One table of every figure shown: each entity (a row, a total) is 8 cells in a row.
        var entities = new List<ObservatoryCell>();
        int Add(ObservatoryCell cell) { entities.Add(cell); return entities.Count - 1; }
        var rowIds = rows.Select(r => Add(r.Cell)).ToList();
        var serviceIds = services.Select(s => Add(s.Cell)).ToList();
        var difficultyIds = difficulties.Select(d => Add(d.Cell)).ToList();
        var monthIds = monthTotals.Select(m => Add(m.Cell)).ToList();
        var totalId = Add(total);
        int CellOf(int entity, int column) => entity * Columns.Length + column;

        var lines = new List<Suppression.Line>();
        foreach (var entity in Enumerable.Range(0, entities.Count))
        {
            lines.Add(new(CellOf(entity, CasesColumn), [.. States.Select(k => CellOf(entity, k))]));
            lines.Add(new(CellOf(entity, ResolvedColumn), [.. Autonomies.Select(k => CellOf(entity, k))]));
        }
        void Group(IReadOnlyList<int> members, int totalEntity)
        {
            foreach (var k in Enumerable.Range(0, Columns.Length)) lines.Add(new(CellOf(totalEntity, k), [.. members.Select(e => CellOf(e, k))]));
        }
        foreach (var (s, i) in services.Select((s, i) => (s, i)))
            Group([.. rows.Select((r, j) => (r, j)).Where(x => x.r.Cell.Service == s.Code).Select(x => rowIds[x.j])], serviceIds[i]);
        foreach (var (d, i) in difficulties.Select((d, i) => (d, i)))
            Group([.. rows.Select((r, j) => (r, j)).Where(x => x.r.Cell.Difficulty == d.Code).Select(x => rowIds[x.j])], difficultyIds[i]);
        if (byMonth)
            foreach (var (m, i) in monthTotals.Select((m, i) => (m, i)))
                Group([.. rows.Select((r, j) => (r, j)).Where(x => x.r.Month == m.Id).Select(x => rowIds[x.j])], monthIds[i]);
        Group(serviceIds, totalId);
        Group(difficultyIds, totalId);
        Group(monthIds, totalId);

        var counts = entities.SelectMany(e => Columns.Select(column => column(e))).ToList();
        var hidden = Suppression.Table(counts, lines);
        OutcomeFigures FiguresOf(int entity)
        {
            Figure At(int column) => hidden[CellOf(entity, column)] ? Figure.Hidden : new Figure(counts[CellOf(entity, column)]);
            var cell = entities[entity];
            return new OutcomeFigures(At(0), At(1), At(2), At(3), At(4), At(5), At(6), At(7), Figure.Over(cell.Cases, cell.Minutes / 60.0));
        }
        return new ObservatoryView(from, to, byMonth, FiguresOf(totalId),
            [.. services.Select((s, i) => new ObservatoryTotal(s.Code, FiguresOf(serviceIds[i])))],
            [.. difficulties.Select((d, i) => new ObservatoryTotal(d.Code, FiguresOf(difficultyIds[i])))],
            [.. monthTotals.Select((m, i) => new ObservatoryTotal(m.Id, FiguresOf(monthIds[i])))],
            [.. rows.Select((r, i) => new ObservatoryRow(r.Cell.Service, r.Cell.Difficulty, r.Month, FiguresOf(rowIds[i])))]);
    }

    private static List<(string Code, ObservatoryCell Cell)> Totals(IEnumerable<ObservatoryCell> cells, Func<ObservatoryCell, string> key) =>
        [.. cells.GroupBy(key).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, Sum(g)))];

    private static ObservatoryCell Sum(IEnumerable<ObservatoryCell> cells) => cells.Aggregate(ObservatoryCell.Empty("", ""), (a, b) => a.Plus(b));
}
