namespace LivingLibrary.Domain;

/// <summary>
/// The plausible window of every date a request gives (docs/adr/0019), relative to the caller's clock's today (injected,
/// never a static clock). What happened (a consent, an assessment, a session, a return) lies between
/// <see cref="Earliest"/> and today; what is planned (a deadline, a due date, a group's or a report's period) between
/// <see cref="Earliest"/> and <see cref="YearsAhead"/> years from today. A field may narrow its window further
/// (not before the case was posted, within the group's period).
/// </summary>
public static class Dates
{
    /// <summary>Nothing this software records happened before: an earlier date is a typo (0001-01-01, 1026-05-12).</summary>
    public static readonly DateOnly Earliest = new(2000, 1, 1);

    /// <summary>How far ahead anything is planned: a deadline in 2099 is a placeholder, not a plan.</summary>
    public const int YearsAhead = 5;

    public static DateOnly Latest(DateOnly today) => today.AddYears(YearsAhead);

    /// <summary>Whether a day is in the widest window, that of what is planned.</summary>
    public static bool IsPlausible(DateOnly day, DateOnly today) => day >= Earliest && day <= Latest(today);

    /// <summary>What a 400 says of a day outside the widest window.</summary>
    public static Message NotPlausible(DateOnly today) => Says.DayPlanned(Earliest, Latest(today));
}
