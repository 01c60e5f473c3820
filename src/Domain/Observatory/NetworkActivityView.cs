namespace LivingLibrary.Domain.Observatory;

public sealed record MemberFigures(string OrganisationId, bool Former, OutcomeFigures Figures);

/// <summary>A network's activity over whole months: each member organisation's cases (a former member's as it left them) and the network's.</summary>
public sealed record NetworkActivityView(string From, string To, OutcomeFigures Total, IReadOnlyList<MemberFigures> Members)
{
    /// <summary>Each member's total as its own observatory shows it, and the network's as the network's observatory does (one table, docs/adr/0018).</summary>
    public static NetworkActivityView Of(string from, string to, IReadOnlyList<MemberMonths> members)
    {
        var table = NetworkTable(from, to, members);
        return new NetworkActivityView(from, to, table.FiguresAt(Place.Total),
            [.. members.OrderBy(m => m.OrganisationId, StringComparer.Ordinal)
                .Select(m => new MemberFigures(m.OrganisationId, m.Former, table.FiguresAt(Place.Total.InOrganisation(m.OrganisationId))))]);
    }

    /// <summary>The table behind a network's observatory and activity for a period: its members' months and the network's sum of them.</summary>
    public static ObservatoryTable NetworkTable(string from, string to, IReadOnlyList<MemberMonths> members) =>
        ObservatoryTable.OfNetwork([.. members.Select(m => (m.OrganisationId, (IReadOnlyList<ObservatoryMonth>)[.. ObservatoryView.InPeriod(from, to, m.Months)]))]);
}
