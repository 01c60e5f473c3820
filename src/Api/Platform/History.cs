
namespace LivingLibrary.Api.Platform;

/// <summary>One fact of a stream's history: what happened, when, who did it, under which correlation id.</summary>
public sealed record HistoryEntry(int Version, DateTimeOffset At, string Type, string? By, string? CorrelationId, object Data)
{
    /// <summary>"participant" when the participant recorded it for themself (docs/adr/0026), "staff" when staff did.</summary>
    public string? RecordedBy => Recorded.By(By);
}

/// <summary>Who recorded an event, as its user says: a participant for themself, or staff.</summary>
public static class Recorded
{
    public const string ByParticipant = "participant";
    public const string ByStaff = "staff";

    public static string? By(string? userId) =>
        userId is null ? null : Caller.IsParticipantUser(userId, out _) ? ByParticipant : ByStaff;
}

public static class History
{
    public static async Task<IReadOnlyList<HistoryEntry>> HistoryOfAsync(this IQuerySession session, Guid streamId) =>
    [
        .. (await session.Events.FetchStreamAsync(streamId))
            .Select(e => new HistoryEntry((int)e.Version, e.Timestamp, e.EventTypeName, e.UserName, e.CorrelationId, e.Data)),
    ];
}
