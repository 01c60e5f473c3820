using LivingLibrary.Domain.ExchangeSessions;

namespace LivingLibrary.Domain.Activities;

/// <summary>A change to one occurrence of a series: moved elsewhere in time, or cancelled.</summary>
public sealed record OccurrenceChange(DateOnly PlannedFor, DateOnly On, TimeOnly? Starts, TimeOnly? Ends, string? Place, bool Cancelled, string? Reason);

/// <summary>The attendance of one occurrence.</summary>
public sealed record OccurrenceAttendance(DateOnly PlannedFor, IReadOnlyList<Attendee> Attendees);

/// <summary>
/// An activity of a group (a workshop, an exchange session, a visit, a talk): one occurrence or a series, its changes and
/// who came. Exchange sessions recorded before activities existed (<see cref="ExchangeSessionHeld"/>) fold into activities
/// of the kind <see cref="ActivityKind.ExchangeSession"/> without their events being rewritten: they have no times.
/// </summary>
public sealed record Activity(
    Guid Id,
    Guid GroupId,
    ActivityKind Kind,
    string Title,
    DateOnly On,
    TimeOnly? Starts,
    TimeOnly? Ends,
    string? Place,
    Guid? PartnerId,
    string? Host,
    IReadOnlyList<string> Themes,
    IReadOnlyList<string> Tasks,
    int? Capacity,
    bool SignUp,
    bool Open,
    Recurrence? Recurrence,
    IReadOnlyList<OccurrenceChange> Changes,
    IReadOnlyList<OccurrenceAttendance> Attendance)
{
    public int Version { get; set; }

    public static Activity Create(ActivityPlanned e) =>
        new(e.ActivityId, e.GroupId, e.Kind, e.Title, e.On, e.Starts, e.Ends, e.Place, e.PartnerId, e.Host, e.Themes, e.Tasks,
            e.Capacity, e.SignUp, e.Open, e.Recurrence, [], []);

    public static Activity Create(ExchangeSessionHeld e) =>
        new(e.SessionId, e.GroupId, ActivityKind.ExchangeSession, e.Theme ?? "", e.On, null, null, null, null, null, [], [], null, false, false,
            null, [], [new(e.On, Present(e.AttendeeIds))]);

    public Activity Apply(ExchangeSessionAttendanceRecorded e) => WithAttendance(On, Present(e.AttendeeIds));

    public Activity Apply(AttendanceTaken e) => WithAttendance(e.PlannedFor, e.Attendees);

    public Activity Apply(OccurrenceMoved e) =>
        WithChange(new OccurrenceChange(e.PlannedFor, e.On, e.Starts, e.Ends, e.Place, false, null));

    public Activity Apply(OccurrenceCancelled e) =>
        WithChange(ChangeOf(e.PlannedFor) is { } moved
            ? moved with { Cancelled = true, Reason = e.Reason }
            : new OccurrenceChange(e.PlannedFor, e.PlannedFor, null, null, null, true, e.Reason));

    public OccurrenceChange? ChangeOf(DateOnly plannedFor) => Changes.FirstOrDefault(c => c.PlannedFor == plannedFor);

    public IReadOnlyList<Attendee> AttendeesOf(DateOnly plannedFor) =>
        Attendance.FirstOrDefault(a => a.PlannedFor == plannedFor)?.Attendees ?? [];

    /// <summary>Whether the activity is planned for that day (the day an occurrence was planned for, before any move).</summary>
    public bool HasOccurrence(DateOnly plannedFor) => Series.Days(this, plannedFor, plannedFor).Contains(plannedFor);

    /// <summary>The occurrences that take place (or were cancelled) between two days, in order, moves applied.</summary>
    public IReadOnlyList<Occurrence> Occurrences(DateOnly from, DateOnly to) => Series.Occurrences(this, from, to);

    private static IReadOnlyList<Attendee> Present(IReadOnlyList<Guid> ids) => [.. ids.Select(id => new Attendee(id, Presence.Present))];

    private Activity WithAttendance(DateOnly plannedFor, IReadOnlyList<Attendee> attendees) =>
        this with { Attendance = [.. Attendance.Where(a => a.PlannedFor != plannedFor), new(plannedFor, attendees)] };

    private Activity WithChange(OccurrenceChange change) =>
        this with { Changes = [.. Changes.Where(c => c.PlannedFor != change.PlannedFor), change] };

    /// <summary>The days the paper attendance sheets were signed, one per occurrence (by the day it was planned for).</summary>
    public IReadOnlyList<AttendanceSheetSigned> SheetsSigned { get; init; } = [];

    public Activity Apply(AttendanceSheetSigned e) => this with { SheetsSigned = [.. SheetsSigned.Where(s => s.PlannedFor != e.PlannedFor), e] };

    public DateOnly? SheetSignedOn(DateOnly plannedFor) => SheetsSigned.FirstOrDefault(s => s.PlannedFor == plannedFor)?.SignedOn;
    // Series and their changes, sign-ups (issue 25, programme; ProgrammeEvents.cs).
    /// <summary>Times a series took from a day on, oldest first (<see cref="ActivityTimesChanged"/>).</summary>
    public IReadOnlyList<TimesFrom> Retimed { get; init; } = [];

    public IReadOnlyList<SignUpFor> SignUps { get; init; } = [];

    public Activity Apply(ActivityChanged e) =>
        this with { Kind = e.Kind, Title = e.Title, Place = e.Place, PartnerId = e.PartnerId, Host = e.Host, Themes = e.Themes, Tasks = e.Tasks,
            Capacity = e.Capacity, SignUp = e.SignUp, Open = e.Open };

    public Activity Apply(ActivityTimesChanged e) => this with { Retimed = [.. Retimed.Where(t => t.From < e.From), new(e.From, e.Starts, e.Ends)] };

    public Activity Apply(SeriesEnded e) => this with { Recurrence = Recurrence?.EndingOn(e.LastDay) };

    public Activity Apply(HolidaysAdded e) =>
        this with { Recurrence = Recurrence is { } r ? r with { Except = [.. r.Except.Union(e.Days).Order()] } : null };

    public Activity Apply(SignedUp e) => this with { SignUps = [.. SignUps, new(e.PlannedFor, e.ParticipantId)] };

    public Activity Apply(SignUpWithdrawn e) => this with { SignUps = [.. SignUps.Where(s => s != new SignUpFor(e.PlannedFor, e.ParticipantId))] };

    /// <summary>The times of the occurrence planned for a day: the latest times changed from that day or before, else the first.</summary>
    public (TimeOnly? Starts, TimeOnly? Ends) TimesOn(DateOnly plannedFor) =>
        Retimed.LastOrDefault(t => t.From <= plannedFor) is { } t ? (t.Starts, t.Ends) : (Starts, Ends);

    public IReadOnlyList<Guid> SignedUpFor(DateOnly plannedFor) => [.. SignUps.Where(s => s.PlannedFor == plannedFor).Select(s => s.ParticipantId)];

    /// <summary>The occurrence planned for a day, moves applied; null when none was planned then.</summary>
    public Occurrence? OccurrenceOf(DateOnly plannedFor) => HasOccurrence(plannedFor) ? Series.Of(this, plannedFor) : null;
}

public sealed record TimesFrom(DateOnly From, TimeOnly Starts, TimeOnly Ends);

public sealed record SignUpFor(DateOnly PlannedFor, Guid ParticipantId);

/// <summary>
/// One time an activity takes place: <c>PlannedFor</c> is the day it was planned for (its name, as RFC 5545's
/// RECURRENCE-ID), <c>On</c> the day it takes place. Times are unknown for exchange sessions recorded before activities.
/// </summary>
public sealed record Occurrence(Guid ActivityId, DateOnly PlannedFor, DateOnly On, TimeOnly? Starts, TimeOnly? Ends, string? Place, bool Cancelled)
{
    /// <summary>How long it lasts, in minutes; 0 when its times are unknown.</summary>
    public int Minutes => Starts is { } s && Ends is { } e && e > s ? (int)(e - s).TotalMinutes : 0;
}
