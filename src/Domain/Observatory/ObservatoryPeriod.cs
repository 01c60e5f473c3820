using System.Globalization;

namespace LivingLibrary.Domain.Observatory;

/// <summary>Whole months, <c>yyyy-MM</c> to <c>yyyy-MM</c>; without them, the twelve months up to this one.</summary>
public sealed record ObservatoryPeriod(string? From, string? To)
{
    public Refusal? Check(DateOnly today) =>
        new Fields()
            .Check("from", From is null || Parse(From) is not null, Says.NotAMonth)
            .Check("to", To is null || Parse(To) is not null, Says.NotAMonth)
            .Check("from", Parse(From) is not { } first || Dates.IsPlausible(first, today), Window(today))
            .Check("to", Parse(To) is not { } last || Dates.IsPlausible(last, today), Window(today))
            .Check("to", Parse(From) is not { } f || Parse(To) is not { } t || t >= f, Says.NotBeforeFrom)
            .Check("to", Parse(From) is not { } a || Parse(To) is not { } b || (b.Year - a.Year) * 12 + b.Month - a.Month < ObservatoryView.MaxMonths,
                Says.PeriodTooLong(ObservatoryView.MaxMonths))
            .Refusal();

    private static Message Window(DateOnly today) => Says.MonthWindow(CaseLine.MonthOf(Dates.Earliest), CaseLine.MonthOf(Dates.Latest(today)));

    /// <summary>The period once checked, as its first and last months and every month between.</summary>
    public (string From, string To, IReadOnlyList<string> Months) Resolve(DateOnly today)
    {
        var to = Parse(To) ?? (Parse(From) is { } start ? start.AddMonths(11) : new DateOnly(today.Year, today.Month, 1));
        var from = Parse(From) ?? to.AddMonths(-11);
        if (Months(from, to).Count() > ObservatoryView.MaxMonths) to = from.AddMonths(ObservatoryView.MaxMonths - 1);
        return (CaseLine.MonthOf(from), CaseLine.MonthOf(to), [.. Months(from, to).Select(CaseLine.MonthOf)]);
    }

    private static IEnumerable<DateOnly> Months(DateOnly from, DateOnly to)
    {
        for (var month = from; month <= to; month = month.AddMonths(1)) yield return month;
    }

    private static DateOnly? Parse(string? month) =>
        month is not null && DateOnly.TryParseExact(month, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}
