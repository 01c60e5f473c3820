using JasperFx.Events;
using JasperFx.Events.Aggregation;
using LivingLibrary.Domain.Participants;
using Marten;

namespace LivingLibrary.Projections;

/// <summary>
/// Marten's own fold of an aggregate, the one that keeps its inline snapshot, for events read outside a fetch: a past
/// day (docs/adr/0004), a report's or a demand's cut-off (docs/adr/0009, 0011). An aggregate's fold is its
/// <c>Create</c> and <c>Apply</c> methods and nothing else: no copy of them is written by hand.
/// </summary>
public static class Folds
{
    /// <summary>The aggregator Marten keeps <typeparamref name="T"/>'s snapshot with.</summary>
    public static IAggregator<T, IQuerySession> AggregatorOf<T>(this IDocumentStore store) where T : class =>
        ((StoreOptions)store.Options).Projections.AggregatorFor<T>();

    /// <summary>The events <typeparamref name="T"/>'s fold takes, as Marten found them on its <c>Create</c> and <c>Apply</c> methods.</summary>
    public static IReadOnlySet<Type> EventTypesOf<T>(this IDocumentStore store) where T : class =>
        ((IAggregateProjection)store.AggregatorOf<T>()).AllEventTypes.Where(t => t.Assembly == typeof(Participant).Assembly).ToHashSet();

    /// <summary>The events of these aggregates' folds, for a query that reads them all at once.</summary>
    public static Type[] EventTypesOf(this IDocumentStore store, params Type[] aggregates) =>
        [.. aggregates.SelectMany(a => (IReadOnlySet<Type>)typeof(Folds).GetMethod(nameof(EventTypesOf), 1, [typeof(IDocumentStore)])!
            .MakeGenericMethod(a).Invoke(null, [store])!).Distinct()];

    /// <summary>Each stream's events, in order, folded by Marten into <typeparamref name="T"/>; every stream starts with the event that created it.</summary>
    public static async Task<IReadOnlyList<T>> FoldAsync<T>(this IQuerySession session, IEnumerable<IEvent> events,
        CancellationToken cancellation = default) where T : class
    {
        var aggregator = session.DocumentStore.AggregatorOf<T>();
        var folded = new List<T>();
        foreach (var stream in events.GroupBy(e => e.StreamId))
            if (await aggregator.BuildAsync([.. stream], session, null, cancellation) is { } state) folded.Add(state);
        return folded;
    }
}
