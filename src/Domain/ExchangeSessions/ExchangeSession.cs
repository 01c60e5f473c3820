using System.ComponentModel.DataAnnotations;
namespace LivingLibrary.Domain.ExchangeSessions;

/// <summary>A group met on a date to work on the cases its participants brought (a theme is optional).</summary>
public sealed record ExchangeSessionHeld(Guid SessionId, Guid GroupId, DateOnly On, IReadOnlyList<Guid> AttendeeIds, string? Theme);

/// <summary>Who attended, corrected after the fact (a sheet typed in later).</summary>
public sealed record ExchangeSessionAttendanceRecorded(Guid SessionId, IReadOnlyList<Guid> AttendeeIds);

/// <summary>
/// An exchange session of a group. The cases brought to it, and what the group found for each, are
/// accompaniments on the cases themselves (<c>CaseAccompanied.ExchangeSessionId</c>).
/// </summary>
public sealed record ExchangeSession(Guid Id, Guid GroupId, DateOnly On, IReadOnlyList<Guid> AttendeeIds, string? Theme)
{
    public const int ThemeMax = 200;
    public const int MaxAttendees = 60;

    public int Version { get; set; }

    public static ExchangeSession Create(ExchangeSessionHeld e) => new(e.SessionId, e.GroupId, e.On, e.AttendeeIds, e.Theme);

    public ExchangeSession Apply(ExchangeSessionAttendanceRecorded e) => this with { AttendeeIds = e.AttendeeIds };
}

public sealed record HoldExchangeSession([Required] DateOnly? On, [Required] IReadOnlyList<Guid>? AttendeeIds, string? Theme)
{
    /// <param name="members">The participants of the group now: attendees are among them.</param>
    public Decision Decide(Guid sessionId, Group group, IReadOnlyCollection<Guid> members, DateOnly today) =>
        Refusals.FirstOf(
            new Fields()
                .Happened("on", On, today, required: true)
                .Attendees(AttendeeIds, members)
                .Text("theme", Theme, ExchangeSession.ThemeMax, required: false)
                .Refusal(),
            group.IsOpen())
        ?? Decision.Append(new ExchangeSessionHeld(sessionId, group.Id, On!.Value, [.. (AttendeeIds ?? []).Distinct()], Fields.Blank(Theme)));
}

public sealed record RecordAttendance([Required] IReadOnlyList<Guid>? AttendeeIds)
{
    public Decision Decide(ExchangeSession session, Group group, IReadOnlyCollection<Guid> members) =>
        Refusals.FirstOf(new Fields().Attendees(AttendeeIds, members).Refusal(), group.IsOpen())
        ?? (session.AttendeeIds.Order().SequenceEqual(AttendeeIds!.Distinct().Order())
            ? Decision.Nothing
            : Decision.Append(new ExchangeSessionAttendanceRecorded(session.Id, [.. AttendeeIds!.Distinct()])));
}

internal static class ExchangeSessionFields
{
    public static Fields Attendees(this Fields fields, IReadOnlyList<Guid>? attendees, IReadOnlyCollection<Guid> members) =>
        fields
            .Check("attendeeIds", attendees is not null, Says.AttendeesRequired)
            .Check("attendeeIds", attendees is null || attendees.Count <= ExchangeSession.MaxAttendees, Says.TooManyPeople(ExchangeSession.MaxAttendees))
            .Check("attendeeIds", attendees is null || attendees.All(members.Contains), Says.NotAMember);
}
