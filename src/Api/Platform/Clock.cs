namespace LivingLibrary.Api.Platform;

/// <summary>Time is injected (a <see cref="TimeProvider"/>), so tests choose "today".</summary>
public static class Clock
{
    /// <summary>Today's date in UTC, the calendar the events record.</summary>
    public static DateOnly Today(this TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}
