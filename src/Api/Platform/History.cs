
namespace LivingLibrary.Api.Platform;

/// <summary>One fact of a stream's history: what happened, when, who did it, under which correlation id.</summary>
public sealed record HistoryEntry(int Version, DateTimeOffset At, string Type, string? By, string? CorrelationId, object Data);

public static class History
{
    public static async Task<IReadOnlyList<HistoryEntry>> HistoryOfAsync(this IQuerySession session, Guid streamId) =>
    [
        .. (await session.Events.FetchStreamAsync(streamId))
            .Select(e => new HistoryEntry((int)e.Version, e.Timestamp, e.EventTypeName, e.UserName, e.CorrelationId, e.Data)),
    ];
}
