using LivingLibrary.Domain.Cases;

namespace LivingLibrary.Domain.Observatory;

/// <summary>
/// One service and kind of difficulty in one month: how many cases, where they stand, the autonomy the resolved ones
/// ended with, and the minutes spent. Counts of cases only, never who.
/// </summary>
public sealed record ObservatoryCell(string Service, string Difficulty, int Cases, int FromDropIns, int Open, int Resolved, int Referred, int Closed,
    int DoneForThem, int DoneTogether, int DoneAlone, int Minutes)
{
    public static ObservatoryCell Empty(string service, string difficulty) => new(service, difficulty, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    public bool IsEmpty => Cases == 0 && Minutes == 0;

    /// <summary>This cell with a case's line counted in (<paramref name="sign"/> 1) or taken out (-1).</summary>
    public ObservatoryCell With(CaseLine line, int sign)
    {
        int Of(bool counts) => counts ? sign : 0;
        var resolved = line.Status == CaseStatus.Resolved;
        return new(Service, Difficulty, Cases + sign, FromDropIns + Of(line.FromDropIn), Open + Of(line.Status == CaseStatus.Open),
            Resolved + Of(resolved), Referred + Of(line.Status == CaseStatus.Referred), Closed + Of(line.Status == CaseStatus.Closed),
            DoneForThem + Of(resolved && line.Autonomy == Autonomy.DoneForThem), DoneTogether + Of(resolved && line.Autonomy == Autonomy.DoneTogether),
            DoneAlone + Of(resolved && line.Autonomy == Autonomy.DoneAlone), Minutes + sign * line.Minutes);
    }

    public ObservatoryCell Plus(ObservatoryCell other) =>
        new(Service, Difficulty, Cases + other.Cases, FromDropIns + other.FromDropIns, Open + other.Open, Resolved + other.Resolved,
            Referred + other.Referred, Closed + other.Closed, DoneForThem + other.DoneForThem, DoneTogether + other.DoneTogether,
            DoneAlone + other.DoneAlone, Minutes + other.Minutes);
}

/// <summary>An organisation's (or a network's) cases of one month (<c>yyyy-MM</c>, the month a case was brought), cell by cell, in code order.</summary>
public sealed record ObservatoryMonth(string Id, IReadOnlyList<ObservatoryCell> Cells)
{
    public static ObservatoryMonth Of(string month, IEnumerable<CaseLine> lines) =>
        lines.Aggregate(new ObservatoryMonth(month, []), (m, line) => m.With(line, 1));

    public ObservatoryMonth With(CaseLine line, int sign)
    {
        var cells = Cells.ToDictionary(c => (c.Service, c.Difficulty));
        var key = (line.Service, line.Difficulty);
        cells[key] = cells.GetValueOrDefault(key, ObservatoryCell.Empty(line.Service, line.Difficulty)).With(line, sign);
        return this with { Cells = Ordered(cells.Values) };
    }

    /// <summary>Months of several organisations added cell by cell (a network's).</summary>
    public static ObservatoryMonth Sum(string month, IEnumerable<ObservatoryMonth> months) =>
        new(month, Ordered(months.SelectMany(m => m.Cells).GroupBy(c => (c.Service, c.Difficulty)).Select(g => g.Aggregate((a, b) => a.Plus(b)))));

    private static IReadOnlyList<ObservatoryCell> Ordered(IEnumerable<ObservatoryCell> cells) =>
        [.. cells.Where(c => !c.IsEmpty).OrderBy(c => c.Service, StringComparer.Ordinal).ThenBy(c => c.Difficulty, StringComparer.Ordinal)];
}
