namespace LivingLibrary.Domain.Activities;

/// <summary>
/// An activity's details changed (what, where, who hosts, what it works on, how many may come): every occurrence shows the
/// new ones, past ones too, since they describe the activity, not a day. Times change with <see cref="ActivityTimesChanged"/>.
/// </summary>
public sealed record ActivityChanged(
    Guid ActivityId,
    ActivityKind Kind,
    string Title,
    string? Place,
    Guid? PartnerId,
    string? Host,
    IReadOnlyList<string> Themes,
    IReadOnlyList<string> Tasks,
    int? Capacity,
    bool SignUp,
    bool Open);

/// <summary>A series takes place at other times from a day on (the occurrences planned for that day and after); earlier ones keep theirs.</summary>
public sealed record ActivityTimesChanged(Guid ActivityId, DateOnly From, TimeOnly Starts, TimeOnly Ends);

/// <summary>A series ends earlier than planned: its last occurrence is the last one planned on or before <c>LastDay</c>.</summary>
public sealed record SeriesEnded(Guid ActivityId, DateOnly LastDay);

/// <summary>Days of a series it will not take place after all, added after planning (holiday weeks): RFC 5545 EXDATEs, not cancellations.</summary>
public sealed record HolidaysAdded(Guid ActivityId, IReadOnlyList<DateOnly> Days);

/// <summary>A participant signed up for one occurrence of an activity that takes sign-ups (themself, or staff for them).</summary>
public sealed record SignedUp(Guid ActivityId, DateOnly PlannedFor, Guid ParticipantId);

/// <summary>A participant no longer comes to an occurrence they had signed up for.</summary>
public sealed record SignUpWithdrawn(Guid ActivityId, DateOnly PlannedFor, Guid ParticipantId);
