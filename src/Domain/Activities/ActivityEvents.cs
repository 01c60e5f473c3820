namespace LivingLibrary.Domain.Activities;

/// <summary>What a group's activity is: its kind is how a funder counts it.</summary>
public enum ActivityKind { Workshop, ExchangeSession, Visit, Talk, Other }

/// <summary>How often a series comes back.</summary>
public enum Frequency { Weekly, Monthly }

/// <summary>Whether a participant came to an occurrence, said beforehand they could not, or did not come.</summary>
public enum Presence { Present, Excused, Absent }

/// <summary>
/// A series: an RFC 5545 rule (<c>FREQ=WEEKLY;UNTIL=20270629</c>), expanded from the activity's first day, less the days it
/// does not take place (holidays). See docs/adr/0030.
/// </summary>
public sealed record Recurrence(string Rule, IReadOnlyList<DateOnly> Except);

/// <summary>
/// A group planned an activity: one occurrence on <c>On</c>, or a series from it when <c>Recurrence</c> is given. It takes
/// place in the group's own room (<c>Place</c> says which, else the group's place) or at a partner of the directory.
/// Themes are DigComp competence codes, tasks everyday-task codes.
/// </summary>
public sealed record ActivityPlanned(
    Guid ActivityId,
    Guid GroupId,
    ActivityKind Kind,
    string Title,
    DateOnly On,
    TimeOnly Starts,
    TimeOnly Ends,
    string? Place,
    Guid? PartnerId,
    string? Host,
    IReadOnlyList<string> Themes,
    IReadOnlyList<string> Tasks,
    int? Capacity,
    bool SignUp,
    bool Open,
    Recurrence? Recurrence);

/// <summary>One occurrence of a series (named by the day it was planned for, <c>PlannedFor</c>) takes place on another day or at other times.</summary>
public sealed record OccurrenceMoved(Guid ActivityId, DateOnly PlannedFor, DateOnly On, TimeOnly Starts, TimeOnly Ends, string? Place);

/// <summary>One occurrence does not take place (a cancelled Tuesday); the reason is a short free text, if any.</summary>
public sealed record OccurrenceCancelled(Guid ActivityId, DateOnly PlannedFor, string? Reason);

/// <summary>One participant at one occurrence: arrival and leaving only when they differ from the occurrence's times.</summary>
public sealed record Attendee(Guid ParticipantId, Presence Presence, TimeOnly? Arrived = null, TimeOnly? Left = null);

/// <summary>
/// Who was present, excused or absent at an occurrence, recorded in one go (a list on a phone, a sheet typed in later).
/// A later one for the same occurrence replaces it.
/// </summary>
public sealed record AttendanceTaken(Guid ActivityId, DateOnly PlannedFor, IReadOnlyList<Attendee> Attendees);
