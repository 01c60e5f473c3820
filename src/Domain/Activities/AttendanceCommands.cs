using System.ComponentModel.DataAnnotations;

namespace LivingLibrary.Domain.Activities;

/// <summary>One line of an attendance list: arrival and leaving only when they differ from the occurrence's times.</summary>
public sealed record AttendanceLine([Required] Guid? ParticipantId, [Required] Presence? Presence, TimeOnly? Arrived, TimeOnly? Left);

/// <summary>
/// A facilitator takes the attendance of an occurrence that took place, in one go: every line a participant of the group,
/// once. The same list again records nothing; another list replaces the one before (a sheet corrected).
/// </summary>
public sealed record TakeAttendance([Required] IReadOnlyList<AttendanceLine>? Attendees)
{
    /// <param name="members">The participants of the group now: attendees are among them.</param>
    public Decision Decide(Activity activity, Occurrence occurrence, Group group, IReadOnlyCollection<Guid> members, DateOnly today) =>
        Refusals.FirstOf(Check(occurrence, members), occurrence.MayBeAttended(today), group.IsOpen())
        ?? (Attendees!.Select(line => line.ToAttendee(occurrence)).ToList() is var attendees
            && activity.AttendeesOf(occurrence.PlannedFor).SequenceEqual(attendees)
            && activity.Attendance.Any(a => a.PlannedFor == occurrence.PlannedFor)
                ? Decision.Nothing
                : Decision.Append(new AttendanceTaken(activity.Id, occurrence.PlannedFor, attendees)));

    private Refusal? Check(Occurrence occurrence, IReadOnlyCollection<Guid> members)
    {
        var fields = new Fields()
            .Check("attendees", Attendees is not null, Says.AttendeesRequired)
            .Check("attendees", Attendees is null || Attendees.Count <= AttendanceRules.MaxAttendees, Says.TooManyPeople(AttendanceRules.MaxAttendees));
        var seen = new HashSet<Guid>();
        foreach (var (line, i) in (Attendees ?? []).Select((line, i) => (line, i)))
        {
            var at = $"attendees[{i}]";
            if (line is null)
            {
                fields.Check(at, false, Says.Required);
                continue;
            }
            fields.Check($"{at}.participantId", line.ParticipantId is not null, Says.Required)
                .Check($"{at}.participantId", line.ParticipantId is not { } id || members.Contains(id), Says.NotAMember)
                .Check($"{at}.participantId", line.ParticipantId is not { } twice || seen.Add(twice), Says.ListedTwice)
                .Choice($"{at}.presence", line.Presence)
                .Check($"{at}.arrived", line.Arrived is null || line.Presence == Presence.Present, Says.TimesOnlyWhenPresent)
                .Check($"{at}.left", line.Left is null || line.Presence == Presence.Present, Says.TimesOnlyWhenPresent)
                .Check($"{at}.arrived", line.Arrived is not { } arrived || occurrence.Covers(arrived), Says.WithinOccurrence(occurrence.Starts, occurrence.Ends))
                .Check($"{at}.left", line.Left is not { } left || occurrence.Covers(left), Says.WithinOccurrence(occurrence.Starts, occurrence.Ends))
                .Check($"{at}.left", line.Arrived is not { } from || line.Left is not { } to || to > from, Says.NotBefore("arrived"));
        }
        return fields.Refusal();
    }
}

/// <summary>The paper sheet of an occurrence was signed on a day that happened, not before the occurrence.</summary>
public sealed record RecordSheetSigned([Required] DateOnly? SignedOn)
{
    public Decision Decide(Activity activity, Occurrence occurrence, Group group, DateOnly today) =>
        Refusals.FirstOf(
            new Fields().Happened("signedOn", SignedOn, today, required: true).Refusal(),
            // Then the occurrence: no day is right for the sheet of one cancelled or not held yet.
            occurrence.MayBeAttended(today),
            new Fields().Check("signedOn", SignedOn >= occurrence.On, Says.NotBeforeDay(occurrence.On)).Refusal(),
            group.IsOpen())
        ?? (activity.SheetSignedOn(occurrence.PlannedFor) == SignedOn
            ? Decision.Nothing
            : Decision.Append(new AttendanceSheetSigned(activity.Id, occurrence.PlannedFor, SignedOn!.Value)));
}

public static class AttendanceRules
{
    public const int MaxAttendees = 60;

    /// <summary>Attendance is taken for an occurrence that took place: not cancelled, and its day not after today.</summary>
    public static Refusal? MayBeAttended(this Occurrence occurrence, DateOnly today) =>
        occurrence.Cancelled ? Refusal.Conflict(Says.OccurrenceCancelled)
        : occurrence.On > today ? Refusal.Conflict(Says.OccurrenceNotYet(occurrence.On))
        : null;

    /// <summary>A time within the occurrence (any time when its times are unknown, as for old exchange sessions).</summary>
    public static bool Covers(this Occurrence occurrence, TimeOnly time) =>
        (occurrence.Starts is not { } starts || time >= starts) && (occurrence.Ends is not { } ends || time <= ends);

    internal static Attendee ToAttendee(this AttendanceLine line, Occurrence occurrence) =>
        new(line.ParticipantId!.Value, line.Presence!.Value,
            line.Arrived == occurrence.Starts ? null : line.Arrived, line.Left == occurrence.Ends ? null : line.Left);
}
