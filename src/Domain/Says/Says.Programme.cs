namespace LivingLibrary.Domain;

public static partial class Says
{
    // Series and their changes, sign-ups (issue 25, programme).
    public static Message AttendanceTakenOn(DateOnly day) => Of("attendance-taken-on", new { day });
    public static Message NotASeries => Of("not-a-series");
    public static Message WithinSeries(DateOnly from, DateOnly to) => Of("within-series", new { from, to });
    public static Message NotADayOfTheSeries => Of("not-a-day-of-the-series");
    public static Message NoSignUp => Of("no-sign-up");
    public static Message OccurrenceFull(int places) => Of("occurrence-full", new { places });
}
