using LivingLibrary.Domain.Reports;

namespace LivingLibrary.Domain.Observatory;

/// <summary>
/// Where a figure of an observatory sits: an organisation's (null: the network's, or a lone organisation's own table) and
/// a service, a kind of difficulty and a month, each null where the figure is summed over it.
/// </summary>
public readonly record struct Place(string? Organisation, string? Service, string? Difficulty, string? Month)
{
    public static readonly Place Total = new(null, null, null, null);

    public Place InOrganisation(string? organisation) => this with { Organisation = organisation };

    /// <summary>A row of one month: the finest place, which every other adds up.</summary>
    public bool IsMonthRow => Service is not null && Difficulty is not null && Month is not null;

    /// <summary>The places a row of one month counts in: itself, its row over the period, its service, its difficulty, its month, the total.</summary>
    public IEnumerable<Place> AndWhatItCountsIn()
    {
        yield return this;
        yield return this with { Month = null };
        yield return new(Organisation, Service, null, null);
        yield return new(Organisation, null, Difficulty, null);
        yield return new(Organisation, null, null, Month);
        yield return new(Organisation, null, null, null);
    }
}

/// <summary>
/// Every figure that the views of one period publish, as one table (docs/adr/0016): the rows by service, difficulty and
/// month, the rows over the period, the totals by service, by difficulty and by month, and the total. A place is a cell:
/// all its measures (cases, where they stand, the autonomies, the hours) are shown or hidden together. A place of one or
/// two cases is hidden with a <em>pattern</em> of places around it: places whose cases could move together, some up and
/// as many down on every line of the table, while every figure shown stays as it is. The places going down hold four cases
/// or more, so the move can go three cases either way: whoever reads every view cannot tell whether a hidden place holds
/// fewer than three cases or more. A month's places show their cases and hours, not where the cases stand. The view by month, the view over the period,
/// the CSV, a network's observatory and activity, and the funder report all read this one table, so they hide the same.
/// </summary>
public sealed class ObservatoryTable
{
    private const int Down = 4;
    private readonly Dictionary<Place, ObservatoryCell> _cells;
    private readonly HashSet<Place> _hidden;
    private readonly HashSet<string?> _thin;
    private readonly bool _thinMembers;

    private ObservatoryTable(Dictionary<Place, ObservatoryCell> cells, HashSet<Place> hidden, HashSet<string?> thin, bool thinMembers = false) =>
        (_cells, _hidden, _thin, _thinMembers) = (cells, hidden, thin, thinMembers);

    /// <summary>The places of this table that are published: those that hold cases, only the total of a thin table (see <see cref="Of"/>).</summary>
    public IEnumerable<Place> Places => _cells.Keys.Where(p => !_thin.Contains(p.Organisation) || p == Place.Total.InOrganisation(p.Organisation));

    /// <summary>
    /// Whether cases of an organisation's total (null: the table's own) are shown in nothing under it: its own table is thin,
    /// or, in a network's, a member's is, whose cases count in the network's total only.
    /// </summary>
    public bool Withheld(string? organisation) => _thin.Contains(organisation) || (organisation is null && _thinMembers);

    /// <summary>
    /// The figures shown at a place; a place without cases shows zeros. A month's places show their cases and hours only:
    /// where cases stand is shown over the period, so that the months' rows can be protected by moving cases between them
    /// whatever states they are in.
    /// </summary>
    public OutcomeFigures FiguresAt(Place place)
    {
        var month = place.Month is not null;
        if (!_cells.TryGetValue(place, out var c)) return month ? OutcomeFigures.Zero.OfAMonth() : OutcomeFigures.Zero;
        if (_hidden.Contains(place)) return month ? OutcomeFigures.Hidden.OfAMonth() : OutcomeFigures.Hidden;
        var figures = new OutcomeFigures(new(c.Cases), new(c.Open), new(c.Resolved), new(c.Referred), new(c.Closed), new(c.DoneForThem),
            new(c.DoneTogether), new(c.DoneAlone), new(Math.Round(c.Minutes / 60.0, 2)));
        return month ? figures.OfAMonth() : figures;
    }

    /// <summary>
    /// One organisation's months of the period (or a report's cases), its places named without an organisation. A table
    /// with a place of one or two cases and no row of a month of four or more has nothing to protect it with but its total,
    /// which is what the organisation did and stays shown (a volume): such a thin table publishes its total only, the places
    /// under it not even listed, since a listed place holds a case at least.
    /// </summary>
    public static ObservatoryTable Of(IEnumerable<ObservatoryMonth> months)
    {
        var cells = new Dictionary<Place, ObservatoryCell>();
        foreach (var month in months)
            foreach (var cell in month.Cells.Where(c => !c.IsEmpty))
                foreach (var place in new Place(null, cell.Service, cell.Difficulty, month.Id).AndWhatItCountsIn())
                    cells[place] = cells.TryGetValue(place, out var sum) ? sum.Plus(cell) : cell;
        var thin = cells.Values.Any(c => c.Cases < Figure.Threshold) && !cells.Any(c => c.Key.IsMonthRow && c.Value.Cases >= Down);
        if (!thin) return new(cells, Protect(cells), []);
        return new(cells, [.. cells.Keys.Where(p => p == Place.Total && cells[p].Cases < Figure.Threshold)], [null]);
    }

    /// <summary>
    /// A network's table: each member's own table (as that member's observatory shows it, whatever the network) and the
    /// network's places, which add up its members' places. A network's place is hidden where a member's is, so that the
    /// moves that protect a member's places leave every figure the network shows as it is. A thin member's cases count in
    /// the network's total only, as its total does in its own table.
    /// </summary>
    public static ObservatoryTable OfNetwork(IReadOnlyList<(string Organisation, IReadOnlyList<ObservatoryMonth> Months)> members)
    {
        var cells = new Dictionary<Place, ObservatoryCell>();
        var hidden = new HashSet<Place>();
        var thin = new HashSet<string?>();
        void Add(Place place, ObservatoryCell cell) => cells[place] = cells.TryGetValue(place, out var sum) ? sum.Plus(cell) : cell;
        foreach (var (organisation, months) in members)
        {
            var own = Of(months);
            if (own._thin.Count > 0) thin.Add(organisation);
            foreach (var (place, cell) in own._cells)
            {
                var its = place.InOrganisation(organisation);
                cells[its] = cell;
                if (own._thin.Count == 0 || place == Place.Total) Add(place, cell);
                if (own._hidden.Contains(place)) hidden.UnionWith([place, its]);
            }
        }
        return new(cells, hidden, thin, thinMembers: thin.Count > 0);
    }

    /// <summary>Every place of one or two cases, and the places of the cheapest pattern that protects each (see the class).</summary>
    private static HashSet<Place> Protect(Dictionary<Place, ObservatoryCell> cells)
    {
        var hidden = new HashSet<Place>();
        var monthRows = cells.Keys.Where(p => p.IsMonthRow).OrderBy(p => p.Month, StringComparer.Ordinal)
            .ThenBy(p => p.Service, StringComparer.Ordinal).ThenBy(p => p.Difficulty, StringComparer.Ordinal).ToList();
        // The finest places first: a pattern that protects a row of one month protects the places it is counted in that it names.
        var small = cells.Where(c => c.Value.Cases < Figure.Threshold).Select(c => c.Key)
            .OrderByDescending(p => p.IsMonthRow).ThenByDescending(p => p.Service is not null && p.Difficulty is not null)
            .ThenBy(p => p.ToString(), StringComparer.Ordinal).ToList();
        // Only rows of a month of four cases or more can go down: the others need not be tried.
        var down = monthRows.Where(p => cells[p].Cases >= Down).ToList();
        foreach (var place in small.Where(p => !hidden.Contains(p)))
        {
            var best = monthRows.Where(x => Under(x, place)).SelectMany(x => Patterns(x, cells, down))
                .Where(pattern => pattern.Up.Contains(place) && Moves(pattern, cells))
                .MinBy(pattern => Cost(pattern, hidden, cells));
            hidden.UnionWith(best!.Up);
            hidden.UnionWith(best.Down);
        }
        return hidden;
    }

    private sealed record Pattern(IReadOnlyList<Place> Up, IReadOnlyList<Place> Down);

    /// <summary>
    /// The patterns around a row of one month <paramref name="x"/>, each balanced on every line of the table: a rectangle
    /// with another row and another month (four rows of one month, nothing else moves); another row of one month going down
    /// as <paramref name="x"/> goes up, with the places either counts in that the other does not (its row, service,
    /// difficulty, month); and last, the places it counts in up to the total, which then moves too.
    /// </summary>
    /// <param name="down">The rows of a month that can go down.</param>
    private static IEnumerable<Pattern> Patterns(Place x, Dictionary<Place, ObservatoryCell> cells, IReadOnlyList<Place> down)
    {
        foreach (var other in down.Where(p => p.Month == x.Month && (p.Service, p.Difficulty) != (x.Service, x.Difficulty)))
            foreach (var across in down.Where(p => p.Service == x.Service && p.Difficulty == x.Difficulty && p.Month != x.Month))
            {
                var corner = other with { Month = across.Month };
                if (cells.ContainsKey(corner)) yield return new([x, corner], [across, other]);
            }
        var up = x.AndWhatItCountsIn().ToList();
        foreach (var other in down.Where(p => p != x))
        {
            var chain = other.AndWhatItCountsIn().ToList();
            yield return new([.. up.Except(chain)], [.. chain.Except(up)]);
        }
        yield return new(up, []);
    }

    /// <summary>
    /// Whether the pattern can move three cases: each place going down keeps a case after giving three. The states move
    /// with the cases: a pattern that crosses rows of the period moves the same cases through every place it changes,
    /// and one that stays within two rows moves each row's own (a month does not show its states).
    /// </summary>
    private static bool Moves(Pattern pattern, Dictionary<Place, ObservatoryCell> cells) =>
        pattern.Down.All(p => cells.TryGetValue(p, out var c) && c.Cases >= Down);

    /// <summary>
    /// What a pattern hides that was shown: a row of one month least, then a month's total, a row over the period, a
    /// service or difficulty; the total (the volume of what was done) only when nothing else can go.
    /// </summary>
    private static (int, int) Cost(Pattern pattern, HashSet<Place> hidden, Dictionary<Place, ObservatoryCell> cells)
    {
        var added = pattern.Up.Concat(pattern.Down).Where(p => !hidden.Contains(p)).ToList();
        int Weight(Place p) => p == Place.Total ? 1000 : p.IsMonthRow ? 1 : p.Month is not null ? 2 : p.Service is not null && p.Difficulty is not null ? 3 : 4;
        return (added.Sum(Weight), added.Sum(p => cells[p].Cases));
    }

    private static bool Under(Place row, Place place) =>
        (place.Service is null || place.Service == row.Service) && (place.Difficulty is null || place.Difficulty == row.Difficulty)
        && (place.Month is null || place.Month == row.Month);
}
