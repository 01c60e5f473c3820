using JasperFx.Events;

namespace LivingLibrary.Api.Participants;

/// <summary>
/// One time a participant helped someone around them, with when it was recorded and by whom: <see cref="ByThemself"/> when
/// the participant said it in their own space (the event's user is theirs, docs/adr/0026).
/// </summary>
public sealed record HelpAroundEntry(Guid Id, string Task, DateOnly On, string? How, DateTimeOffset RecordedAt, string? RecordedBy, bool ByThemself)
{
    /// <summary>The entries of a participant's stream, newest first.</summary>
    public static IReadOnlyList<HelpAroundEntry> Of(Guid participantId, IEnumerable<IEvent> events) =>
    [
        .. events.Where(e => e.Data is HelpAroundGiven)
            .Select(e => (Event: e, Help: (HelpAroundGiven)e.Data))
            .OrderByDescending(x => x.Help.On).ThenByDescending(x => x.Event.Version)
            .Select(x => new HelpAroundEntry(x.Help.HelpId, x.Help.Task, x.Help.On, x.Help.How, x.Event.Timestamp, x.Event.UserName,
                Caller.IsParticipantUser(x.Event.UserName, out var by) && by == participantId)),
    ];
}
