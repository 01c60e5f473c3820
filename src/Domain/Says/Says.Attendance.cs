namespace LivingLibrary.Domain;

public static partial class Says
{
    public static Message ListedTwice => Of("listed-twice");
    public static Message TimesOnlyWhenPresent => Of("times-only-when-present");
    public static Message WithinOccurrence(TimeOnly? starts, TimeOnly? ends) => Of("within-occurrence", new { starts, ends });
    public static Message OccurrenceCancelled => Of("occurrence-cancelled");
    public static Message OccurrenceNotYet(DateOnly on) => Of("occurrence-not-yet", new { on });
}
