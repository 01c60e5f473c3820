namespace LivingLibrary.Domain.Observatory;

public sealed record MemberFigures(string OrganisationId, bool Former, OutcomeFigures Figures);

/// <summary>A network's activity over whole months: each member organisation's cases (a former member's as it left them) and the network's.</summary>
public sealed record NetworkActivityView(string From, string To, OutcomeFigures Total, IReadOnlyList<MemberFigures> Members)
{
    /// <summary>The members are the rows of a table of one kind of difficulty, suppressed as the observatory is, across members and total.</summary>
    public static NetworkActivityView Of(string from, string to, IReadOnlyList<MemberMonths> members)
    {
        var view = ObservatoryView.Of(from, to, byMonth: false, members.SelectMany(m => m.Months.Select(month =>
            new ObservatoryMonth(month.Id, [Sum(month) with { Service = m.OrganisationId, Difficulty = "" }]))));
        var former = members.ToDictionary(m => m.OrganisationId, m => m.Former);
        return new NetworkActivityView(view.From, view.To, view.Total, [.. view.Services.Select(s => new MemberFigures(s.Code, former[s.Code], s.Figures))]);
    }

    private static ObservatoryCell Sum(ObservatoryMonth month) => month.Cells.Aggregate(ObservatoryCell.Empty("", ""), (a, b) => a.Plus(b));
}
