namespace LivingLibrary.Domain;

public static partial class Says
{
    public static Message EndsAfterStarts => Of("ends-after-starts");
    public static Message UntilAfterFirstDay => Of("until-after-first-day");
    public static Message ExceptWithinSeries => Of("except-within-series");
    public static Message PlaceOrPartner => Of("place-or-partner");
    public static Message PeriodDaysAtMost(int days) => Of("period-days-at-most", new { days });
}
