using JasperFx.Events;

namespace LivingLibrary.Api.Platform;

/// <summary>
/// Time travel: participants as the event store knew them at the end of a past day (UTC), folded
/// from their events by Marten's fold of the inline snapshot. See docs/adr/0004.
/// </summary>
public static class AsOf
{
    public static DateTimeOffset EndOf(DateOnly day) => new(day.ToDateTime(TimeOnly.MaxValue), TimeSpan.Zero);

    public static Task<IReadOnlyList<Participant>> ParticipantsAsOfAsync(this IQuerySession session, IReadOnlyCollection<Guid> ids, DateOnly day) =>
        session.StreamsAsOfAsync<Participant>(ids, day);

    /// <summary>These streams folded from their events up to the end of <paramref name="day"/>; those that did not exist yet are left out.</summary>
    public static async Task<IReadOnlyList<T>> StreamsAsOfAsync<T>(this IQuerySession session, IReadOnlyCollection<Guid> ids, DateOnly day)
        where T : class
    {
        if (ids.Count == 0) return [];
        var until = EndOf(day);
        var idArray = ids.ToArray();
        var events = await session.Events.QueryAllRawEvents()
            .Where(e => e.StreamId.IsOneOf(idArray) && e.Timestamp <= until)
            .OrderBy(e => e.Sequence)
            .ToListAsync();
        return await session.FoldAsync<T>(events);
    }

    public static async Task<IReadOnlyList<IEvent>> StreamAsOfAsync(this IQuerySession session, Guid id, DateOnly? day) =>
        day is { } d
            ? await session.Events.FetchStreamAsync(id, timestamp: EndOf(d))
            : await session.Events.FetchStreamAsync(id);
}
