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
/// Every figure that the views of one period publish, as one table (docs/adr/0018): the rows by service, difficulty and
/// month, the rows over the period, the totals by service, by difficulty and by month, and the total. A place is a cell:
/// all its measures (cases, where they stand, the autonomies, the hours) are shown or hidden together. A place of one or
/// two cases is hidden with a <em>pattern</em> of places around it: places whose cases could move together, some up and
/// as many down on every line of the table, while every figure shown stays as it is. The places going down hold four cases
/// or more, so the move can go three cases either way: whoever reads every view cannot tell whether a hidden place holds
/// fewer than three cases or more. A month's places show their cases and hours, not where the cases stand. The view by
/// month, the view over the period, the CSV, a network's observatory and activity, and the funder report all read this
/// one table, so they hide the same.
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

    /// <summary>
    /// Every place of one or two cases, with the places of the cheapest pattern that protects it: hiding a row of one month
    /// costs least, then a month's total, a row over the period, a service or difficulty; the total (the volume of what
    /// was done) only when nothing else can go.
    /// </summary>
    private static HashSet<Place> Protect(Dictionary<Place, ObservatoryCell> cells)
    {
        // Places by number: a network's table tries hundreds of patterns for each small row.
        var places = cells.Keys.ToArray();
        var number = places.Select((p, i) => (p, i)).ToDictionary(x => x.p, x => x.i);
        var cases = places.Select(p => cells[p].Cases).ToArray();
        var weight = places.Select(p => p == Place.Total ? 1000 : p.IsMonthRow ? 1 : p.Month is not null ? 2 : p.Service is not null && p.Difficulty is not null ? 3 : 4).ToArray();
        var hidden = new bool[places.Length];
        var monthRows = places.Where(p => p.IsMonthRow).OrderBy(p => p.Month, StringComparer.Ordinal)
            .ThenBy(p => p.Service, StringComparer.Ordinal).ThenBy(p => p.Difficulty, StringComparer.Ordinal).Select(p => number[p]).ToArray();
        var chains = monthRows.ToDictionary(x => x, x => places[x].AndWhatItCountsIn().Select(p => number[p]).ToArray());
        // The rows of a month by their row of the period and their month, for the rectangles' fourth corner.
        var grid = monthRows.ToDictionary(x => (chains[x][1], chains[x][4]));
        // Only rows of a month of four cases or more can go down (each keeps a case after giving three): the others need
        // not be tried. The states move with the cases: a pattern across rows of the period moves the same cases through
        // every place it changes; one within two rows moves each row's own (a month does not show its states).
        var down = monthRows.Where(x => cases[x] >= Down).ToArray();
        var downChains = down.Select(x => (x, chains[x])).ToArray();
        var downInMonth = down.ToLookup(x => places[x].Month);
        var downInRow = down.ToLookup(x => (places[x].Service, places[x].Difficulty));
        // The finest places first: a pattern that protects a row of one month protects the places it is counted in that it names.
        var small = Enumerable.Range(0, places.Length).Where(i => cases[i] < Figure.Threshold)
            .OrderByDescending(i => places[i].IsMonthRow).ThenByDescending(i => places[i].Service is not null && places[i].Difficulty is not null)
            .ThenBy(i => places[i].Service, StringComparer.Ordinal).ThenBy(i => places[i].Difficulty, StringComparer.Ordinal)
            .ThenBy(i => places[i].Month, StringComparer.Ordinal).ToArray();

        (int, int) Cost(IEnumerable<int> pattern) =>
            pattern.Where(i => !hidden[i]).Aggregate((0, 0), (sum, i) => (sum.Item1 + weight[i], sum.Item2 + cases[i]));

        foreach (var place in small.Where(i => !hidden[i]))
        {
            (int[] Up, int[] Down)? best = null;
            var bestCost = (int.MaxValue, int.MaxValue);
            void Consider(int[] up, int[] goingDown)
            {
                if (Array.IndexOf(up, place) < 0 || Cost(up.Concat(goingDown)) is var cost && cost.CompareTo(bestCost) >= 0) return;
                (best, bestCost) = ((up, goingDown), cost);
            }
            foreach (var x in monthRows.Where(x => Under(places[x], places[place])))
            {
                var at = places[x];
                // A rectangle with another row and another month: four rows of one month move, nothing else does.
                foreach (var other in downInMonth[at.Month].Where(o => (places[o].Service, places[o].Difficulty) != (at.Service, at.Difficulty)))
                    foreach (var across in downInRow[(at.Service, at.Difficulty)].Where(a => places[a].Month != at.Month))
                        if (grid.TryGetValue((chains[other][1], chains[across][4]), out var corner)) Consider([x, corner], [across, other]);
                // Another row of a month going down, with the places either counts in that the other does not (two chains
                // of a row of a month, its row, service, difficulty, month and total share the places where their rows agree).
                var up = chains[x];
                int? partner = null;
                var partnerCost = (int.MaxValue, int.MaxValue);
                foreach (var (other, chain) in downChains)
                {
                    if (other == x) continue;
                    (int, int) cost = (0, 0);
                    for (var k = 0; k < up.Length; k++)
                        if (up[k] != chain[k]) cost = (cost.Item1 + (hidden[up[k]] ? 0 : weight[up[k]]) + (hidden[chain[k]] ? 0 : weight[chain[k]]),
                            cost.Item2 + (hidden[up[k]] ? 0 : cases[up[k]]) + (hidden[chain[k]] ? 0 : cases[chain[k]]));
                    if (cost.CompareTo(partnerCost) < 0) (partner, partnerCost) = (other, cost);
                }
                if (partner is { } y) Consider([.. up.Except(chains[y])], [.. chains[y].Except(up)]);
                // Last, the places it counts in up to the total, which then moves too.
                Consider(up, []);
            }
            foreach (var i in best!.Value.Up.Concat(best.Value.Down)) hidden[i] = true;
        }
        return [.. places.Where((_, i) => hidden[i])];
    }

    private static bool Under(Place row, Place place) =>
        (place.Service is null || place.Service == row.Service) && (place.Difficulty is null || place.Difficulty == row.Difficulty)
        && (place.Month is null || place.Month == row.Month);
}
