namespace LivingLibrary.Domain.Participants;

public enum DayPart
{
    Morning,
    Afternoon,
    Evening,
}

/// <summary>A weekly moment when someone is available: a weekday and a part of that day.</summary>
public sealed record TimeSlot(DayOfWeek Day, DayPart Part);
