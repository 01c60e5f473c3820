using LivingLibrary.Domain.Reports;

namespace LivingLibrary.Domain.Observatory;

/// <summary>Requests and the people who made them, each person once.</summary>
public readonly record struct Tally(int Requests, int People)
{
    public Tally Plus(Tally other) => new(Requests + other.Requests, People + other.People);
}

/// <summary>Requests and people as a reader gets them: both shown, or both hidden.</summary>
public sealed record CountFigures(Figure Requests, Figure People)
{
    public static CountFigures Of(Tally tally, bool hidden) => hidden ? new(Figure.Hidden, Figure.Hidden) : new(new(tally.Requests), new(tally.People));
}

/// <summary>One value of a breakdown (a language, a postcode area; null: not given) and its figures.</summary>
public sealed record CodeFigures(string? Code, Figure Requests, Figure People);

/// <summary>
/// Cells that add up to a total that is shown: each person is in one cell. <see cref="Withheld"/>: too few people to hide
/// the small cells among others, so no cell is listed (a listed cell holds someone).
/// </summary>
public sealed record Breakdown(IReadOnlyList<CodeFigures> Cells, bool Withheld)
{
    public static readonly Breakdown None = new([], false);
}

/// <summary>
/// The small-number rule for cells that add up to a total (docs/adr/0034, after docs/adr/0018): a cell of one or two people is
/// hidden, with requests and people together; then the smallest other cells go with it until at least two are hidden and they
/// hold, between them, at least three more than there are of them (in people when people add up, else in requests). Then each
/// hidden cell can hold one person or four and more for all that is shown (a reader who knows that each listed cell holds
/// someone, that people are no more than requests, and every total), so that a network's sum of it with other members' shown
/// cells still spans four values. When no cell is left to hide, the breakdown is withheld.
/// </summary>
public static class Partition
{
    /// <summary>The hidden cells, by index; null when the breakdown must be withheld.</summary>
    public static HashSet<int>? Protect(IReadOnlyList<Tally> cells, bool peopleAddUp)
    {
        int Measure(int i) => peopleAddUp ? cells[i].People : cells[i].Requests;
        var hidden = Enumerable.Range(0, cells.Count).Where(i => cells[i].People < Figure.Threshold).ToHashSet();
        while (hidden.Count is > 0 and < 2 || hidden.Count > 0 && hidden.Sum(Measure) - hidden.Count < Figure.Threshold)
        {
            var next = Enumerable.Range(0, cells.Count).Where(i => !hidden.Contains(i)).OrderBy(Measure).Select(i => (int?)i).FirstOrDefault();
            if (next is null) return null;
            hidden.Add(next.Value);
        }
        return hidden;
    }

    /// <summary>A breakdown of people into cells by one code each, protected; <paramref name="total"/> hidden withholds it.</summary>
    public static Breakdown Of(IReadOnlyList<(string? Code, Tally Tally)> cells, bool totalHidden)
    {
        if (totalHidden) return new([], cells.Count > 0);
        var ordered = cells.OrderBy(c => c.Code is null).ThenBy(c => c.Code, StringComparer.Ordinal).ToList();
        var hidden = Protect([.. ordered.Select(c => c.Tally)], peopleAddUp: true);
        return hidden is null
            ? new([], true)
            : new([.. ordered.Select((c, i) => Cell(c.Code, c.Tally, hidden.Contains(i)))], false);
    }

    public static CodeFigures Cell(string? code, Tally tally, bool hidden) =>
        hidden ? new(code, Figure.Hidden, Figure.Hidden) : new(code, new(tally.Requests), new(tally.People));

    /// <summary>A total of people is shown once they are three or more, their requests with them (a volume, docs/adr/0018).</summary>
    public static bool Hides(Tally total) => total.People is > 0 and < Figure.Threshold;
}

/// <summary>
/// Who came to an organisation's drop-ins over whole months, by the first language they gave, by their postcode area, and by
/// the host place and the staff kinds of the desk they came to (each person once, in the cell of their latest request in the
/// period, with all their requests there), protected as
/// <see cref="Partition"/> says. A network's adds up its members' (each shown as its own), and hides a cell where a member's
/// is hidden; a member whose breakdown is withheld counts in the network's totals only.
/// </summary>
public sealed record VisitorsView(string From, string To, CountFigures Total, Breakdown Languages, Breakdown PostcodeAreas,
    Breakdown HostPlaces, Breakdown StaffKinds, IReadOnlyList<MemberVisitors> Members)
{
    public static VisitorsView Of(string from, string to, IEnumerable<Visit> visits)
    {
        var own = Member("", from, to, visits);
        return new(from, to, own.Total, own.Languages, own.PostcodeAreas, own.HostPlaces, own.StaffKinds, []);
    }

    public static VisitorsView OfNetwork(string from, string to, IReadOnlyList<(string Organisation, IReadOnlyList<Visit> Visits)> members)
    {
        var tallied = members.Select(m => (m.Organisation, Tallies: Tallies(from, to, m.Visits))).ToList();
        var own = tallied.Select(m => Member(m.Organisation, m.Tallies)).ToList();
        var total = tallied.Aggregate(default(Tally), (sum, m) => sum.Plus(m.Tallies.Total));
        var totalHidden = own.Any(m => m.Total.People.Suppressed);
        Breakdown Summed(Func<MemberVisitors, Breakdown> shown, Func<Tallied, IReadOnlyList<(string?, Tally)>> cells)
        {
            var counted = tallied.Zip(own).Where(m => !shown(m.Second).Withheld && !m.Second.Total.People.Suppressed).ToList();
            var codes = counted.SelectMany(m => cells(m.First.Tallies).Select(c => c.Item1)).Distinct()
                .OrderBy(c => c is null).ThenBy(c => c, StringComparer.Ordinal).ToList();
            return new([.. codes.Select(code => Partition.Cell(code,
                counted.Aggregate(default(Tally), (sum, m) => sum.Plus(cells(m.First.Tallies).Where(c => c.Item1 == code).Select(c => c.Item2).FirstOrDefault())),
                counted.Any(m => shown(m.Second).Cells.Any(c => c.Code == code && c.People.Suppressed))))], counted.Count < own.Count && codes.Count == 0);
        }
        return new(from, to, CountFigures.Of(total, totalHidden), Summed(m => m.Languages, t => t.Languages), Summed(m => m.PostcodeAreas, t => t.Areas),
            Summed(m => m.HostPlaces, t => t.HostPlaces), Summed(m => m.StaffKinds, t => t.StaffKinds), own);
    }

    private static MemberVisitors Member(string organisation, string from, string to, IEnumerable<Visit> visits) =>
        Member(organisation, Tallies(from, to, visits));

    private static MemberVisitors Member(string organisation, Tallied t)
    {
        var hidden = Partition.Hides(t.Total);
        return new(organisation, CountFigures.Of(t.Total, hidden), Partition.Of(t.Languages, hidden), Partition.Of(t.Areas, hidden),
            Partition.Of(t.HostPlaces, hidden), Partition.Of(t.StaffKinds, hidden));
    }

    /// <summary>What is counted of one organisation's visits in the period.</summary>
    public sealed record Tallied(Tally Total, IReadOnlyList<(string?, Tally)> Languages, IReadOnlyList<(string?, Tally)> Areas,
        IReadOnlyList<(string?, Tally)> HostPlaces, IReadOnlyList<(string?, Tally)> StaffKinds);

    public static Tallied Tallies(string from, string to, IEnumerable<Visit> visits)
    {
        var people = InPeriod(from, to, visits).GroupBy(v => v.VisitorId)
            .Select(p => (Latest: p.OrderBy(v => v.SessionOn).Last(), Requests: p.Count())).ToList();
        IReadOnlyList<(string?, Tally)> By(Func<Visit, string?> code) =>
            [.. people.GroupBy(p => code(p.Latest)).Select(g => (g.Key, new Tally(g.Sum(p => p.Requests), g.Count())))];
        return new(new Tally(people.Sum(p => p.Requests), people.Count), By(v => v.Language), By(v => v.PostcodeArea), By(v => v.HostPlace),
            By(v => v.Staff));
    }

    public static IEnumerable<Visit> InPeriod(string from, string to, IEnumerable<Visit> visits) =>
        visits.Where(v => string.CompareOrdinal(CaseLine.MonthOf(v.SessionOn), from) >= 0 && string.CompareOrdinal(CaseLine.MonthOf(v.SessionOn), to) <= 0);
}

/// <summary>One member's visitors as its own view shows them.</summary>
public sealed record MemberVisitors(string OrganisationId, CountFigures Total, Breakdown Languages, Breakdown PostcodeAreas, Breakdown HostPlaces,
    Breakdown StaffKinds);

/// <summary>A desk's drop-ins over the period as a network sees them: volumes only, all shown or all hidden.</summary>
public sealed record DeskVolumes(Guid DeskId, string Name, Figure Sessions, Figure Requests, Figure People, Figure RequestsPerSession,
    Figure PeoplePerSession);

/// <summary>A member's desks: its requests and people, and each desk's (hidden as <see cref="Partition"/> says; requests add up, people do not).</summary>
public sealed record MemberDesks(string OrganisationId, CountFigures Total, IReadOnlyList<DeskVolumes> Desks, bool Withheld);

/// <summary>
/// A network's drop-ins desk by desk over whole months (docs/adr/0034): each member's desks, their sessions, requests and
/// people, and per session on average. Session by session, and by service, stay with the member: a network reads its
/// members' cases by service and month in the observatory, and exact sessions would give its hidden months away.
/// </summary>
public sealed record NetworkDesksView(string From, string To, CountFigures Total, IReadOnlyList<MemberDesks> Members)
{
    public static NetworkDesksView Of(string from, string to, IReadOnlyList<(string Organisation, IReadOnlyList<Visit> Visits, IReadOnlyDictionary<Guid, string> Desks)> members)
    {
        var shown = members.Select(m => Member(m.Organisation, [.. VisitorsView.InPeriod(from, to, m.Visits)], m.Desks)).ToList();
        var total = members.Aggregate(default(Tally), (sum, m) => sum.Plus(VisitorsView.Tallies(from, to, m.Visits).Total));
        return new(from, to, CountFigures.Of(total, shown.Any(m => m.Total.People.Suppressed)), shown);
    }

    private static MemberDesks Member(string organisation, IReadOnlyList<Visit> visits, IReadOnlyDictionary<Guid, string> names)
    {
        var total = new Tally(visits.Count, visits.Select(v => v.VisitorId).Distinct().Count());
        if (Partition.Hides(total)) return new(organisation, CountFigures.Of(total, true), [], visits.Count > 0);
        var desks = visits.GroupBy(v => v.DeskId).Select(d => (Id: d.Key, Name: names.GetValueOrDefault(d.Key, ""), Visits: d.ToList()))
            .OrderBy(d => d.Name, StringComparer.Ordinal).ThenBy(d => d.Id).ToList();
        var tallies = desks.Select(d => new Tally(d.Visits.Count, d.Visits.Select(v => v.VisitorId).Distinct().Count())).ToList();
        var hidden = Partition.Protect(tallies, peopleAddUp: false);
        if (hidden is null) return new(organisation, CountFigures.Of(total, false), [], true);
        return new(organisation, CountFigures.Of(total, false), [.. desks.Select((d, i) => hidden.Contains(i)
            ? new DeskVolumes(d.Id, d.Name, Figure.Hidden, Figure.Hidden, Figure.Hidden, Figure.Hidden, Figure.Hidden)
            : Volumes(d.Id, d.Name, d.Visits))], false);
    }

    private static DeskVolumes Volumes(Guid id, string name, IReadOnlyList<Visit> visits)
    {
        var sessions = visits.GroupBy(v => v.SessionOn).ToList();
        return new(id, name, new(sessions.Count), new(visits.Count), new(visits.Select(v => v.VisitorId).Distinct().Count()),
            new(Math.Round((double)visits.Count / sessions.Count, 1)),
            new(Math.Round(sessions.Average(s => s.Select(v => v.VisitorId).Distinct().Count()), 1)));
    }
}
