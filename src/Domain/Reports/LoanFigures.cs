using LivingLibrary.Domain.Loans;

namespace LivingLibrary.Domain.Reports;

/// <summary>The loans of one kind of device. Each loan is one person's, so each count is suppressed as people are.</summary>
public sealed record KindLoans(DeviceKind Kind, Figure Lent, Figure Returned, Figure Overdue);

/// <summary>
/// Device loans over a report's period: lent in it, returned in it, and overdue at its end (or at the cut-off, when the period
/// ends later: what the report can know), in all and by kind of device, each column with complementary suppression.
/// </summary>
public sealed record LoanFigures(Figure Lent, Figure Returned, Figure OverdueAtEnd, IReadOnlyList<KindLoans> ByKind)
{
    public static LoanFigures Of(IEnumerable<(DeviceKind Kind, Loan Loan)> loans, DateOnly from, DateOnly to, DateOnly overdueOn)
    {
        bool InPeriod(DateOnly day) => day >= from && day <= to;
        var counts = loans.GroupBy(x => x.Kind)
            .Select(g => (Kind: g.Key,
                Lent: g.Count(x => InPeriod(x.Loan.From)),
                Returned: g.Count(x => x.Loan.Return is { } back && InPeriod(back.On)),
                Overdue: g.Count(x => x.Loan.IsOverdueOn(overdueOn))))
            .Where(c => c.Lent + c.Returned + c.Overdue > 0)
            .OrderBy(c => c.Kind).ToList();
        var lent = Suppression.Cells([.. counts.Select(c => c.Lent)]);
        var returned = Suppression.Cells([.. counts.Select(c => c.Returned)]);
        var overdue = Suppression.Cells([.. counts.Select(c => c.Overdue)]);
        return new LoanFigures(Figure.Count(counts.Sum(c => c.Lent)), Figure.Count(counts.Sum(c => c.Returned)), Figure.Count(counts.Sum(c => c.Overdue)),
            [.. counts.Select((c, i) => new KindLoans(c.Kind, lent[i], returned[i], overdue[i]))]);
    }
}
