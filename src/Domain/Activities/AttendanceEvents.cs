namespace LivingLibrary.Domain.Activities;

/// <summary>The paper attendance sheet of an occurrence was signed on a day (a funder keeps it): the day is recorded, the sheet stays on paper.</summary>
public sealed record AttendanceSheetSigned(Guid ActivityId, DateOnly PlannedFor, DateOnly SignedOn);
