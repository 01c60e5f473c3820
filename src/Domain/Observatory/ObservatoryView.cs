using LivingLibrary.Domain.Reports;

namespace LivingLibrary.Domain.Observatory;

/// <summary>Where cases stand and how autonomous people were at the end, and the hours spent: hidden with the cases they measure.</summary>
public sealed record OutcomeFigures(Figure Cases, Figure Open, Figure Resolved, Figure Referred, Figure Closed,
    Figure DoneForThem, Figure DoneTogether, Figure DoneAlone, Figure Hours)
{
    public static readonly OutcomeFigures Zero = new(new(0), new(0), new(0), new(0), new(0), new(0), new(0), new(0), new(0));

    public static readonly OutcomeFigures Hidden = new(Figure.Hidden, Figure.Hidden, Figure.Hidden, Figure.Hidden, Figure.Hidden, Figure.Hidden,
        Figure.Hidden, Figure.Hidden, Figure.Hidden);

    /// <summary>As a month's place shows them: its cases and hours, where they stand only over the period (docs/adr/0018).</summary>
    public OutcomeFigures OfAMonth() => new(Cases, Figure.None, Figure.None, Figure.None, Figure.None, Figure.None, Figure.None, Figure.None, Hours);
}

/// <summary>One service and kind of difficulty over the period (or in one month, by month).</summary>
public sealed record ObservatoryRow(string Service, string Difficulty, string? Month, OutcomeFigures Figures);

public sealed record ObservatoryTotal(string Code, OutcomeFigures Figures);

/// <summary>
/// The observatory of difficulties over whole months (<c>yyyy-MM</c>, the month a case was brought): rows by service and
/// kind of difficulty (and by month, if asked), totals by service, by difficulty and by month, and the total. Its figures
/// are those of the period's <see cref="ObservatoryTable"/>, so the view by month and the view over the period hide the same.
/// <see cref="Withheld"/>: the cases are too few and too spread to show any of them but the total (docs/adr/0018).
/// </summary>
public sealed record ObservatoryView(string From, string To, bool ByMonth, OutcomeFigures Total, IReadOnlyList<ObservatoryTotal> Services,
    IReadOnlyList<ObservatoryTotal> Difficulties, IReadOnlyList<ObservatoryTotal> Months, IReadOnlyList<ObservatoryRow> Rows, bool Withheld = false)
{
    public const int MaxMonths = 60;

    /// <param name="months">The stored months (months with no case may be missing; months outside the period are left out).</param>
    public static ObservatoryView Of(string from, string to, bool byMonth, IEnumerable<ObservatoryMonth> months) =>
        Of(from, to, byMonth, ObservatoryTable.Of(InPeriod(from, to, months)), null);

    public static IEnumerable<ObservatoryMonth> InPeriod(string from, string to, IEnumerable<ObservatoryMonth> months) =>
        months.Where(m => string.CompareOrdinal(m.Id, from) >= 0 && string.CompareOrdinal(m.Id, to) <= 0);

    /// <summary>The view of one organisation of <paramref name="table"/> (null: the table's own places, a network's or a lone organisation's).</summary>
    public static ObservatoryView Of(string from, string to, bool byMonth, ObservatoryTable table, string? organisation)
    {
        var places = table.Places.Where(p => p.Organisation == organisation).ToList();
        List<Place> Where(Func<Place, bool> shape) =>
            [.. places.Where(shape).OrderBy(p => p.Service, StringComparer.Ordinal).ThenBy(p => p.Difficulty, StringComparer.Ordinal).ThenBy(p => p.Month, StringComparer.Ordinal)];
        var rows = Where(p => p.Service is not null && p.Difficulty is not null && (p.Month is not null) == byMonth);
        return new ObservatoryView(from, to, byMonth, table.FiguresAt(Place.Total.InOrganisation(organisation)),
            [.. Where(p => p.Service is not null && p.Difficulty is null && p.Month is null).Select(p => new ObservatoryTotal(p.Service!, table.FiguresAt(p)))],
            [.. Where(p => p.Service is null && p.Difficulty is not null && p.Month is null).Select(p => new ObservatoryTotal(p.Difficulty!, table.FiguresAt(p)))],
            [.. Where(p => p.Service is null && p.Difficulty is null && p.Month is not null).Select(p => new ObservatoryTotal(p.Month!, table.FiguresAt(p)))],
            [.. rows.Select(p => new ObservatoryRow(p.Service!, p.Difficulty!, p.Month, table.FiguresAt(p)))], table.Withheld(organisation));
    }
}
