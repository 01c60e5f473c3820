using JasperFx.Events;
using LivingLibrary.Projections;
using Marten;

namespace LivingLibrary.Domain.Tests;

/// <summary>A state built from events as Marten builds the inline snapshot: its own fold of the aggregate.</summary>
public static class Folded
{
    /// <summary>The store the API registers its read models in; it is never connected to.</summary>
    public static readonly IDocumentStore Store = DocumentStore.For(o =>
    {
        o.Connection("Host=127.0.0.1;Database=never-opened");
        ReadModels.Register(o);
    });

    /// <summary>The events, in order, of one stream folded into <typeparamref name="T"/> (left at version 0, as Create and Apply leave it).</summary>
    public static T Of<T>(params IEnumerable<object> events) where T : class
    {
        var stream = Guid.NewGuid();
        IReadOnlyList<IEvent> wrapped = [.. events.Select(data =>
        {
            var e = (IEvent)Activator.CreateInstance(typeof(Event<>).MakeGenericType(data.GetType()), data)!;
            e.StreamId = stream;
            return e;
        })];
        return Store.AggregatorOf<T>().BuildAsync(wrapped, null!, null, CancellationToken.None).AsTask().GetAwaiter().GetResult()!;
    }
}
