using System.Reflection;
using System.Runtime.CompilerServices;
using JasperFx.Events;
using JasperFx.Events.Aggregation;
using LivingLibrary.Domain.Participants;
using LivingLibrary.Projections;
using Marten;
using Marten.Events.Projections;

namespace LivingLibrary.Domain.Tests.ReadSide;

/// <summary>
/// Every fold is Marten's (docs/adr/0007): the snapshots', what time travel and reports fold outside a fetch, and what
/// the async projections react to.
/// </summary>
public sealed class FoldsTests
{
    private static readonly IDocumentStore Store = Folded.Store;

    private static IEnumerable<Type> Snapshots() =>
        ((StoreOptions)Store.Options).Projections.All.OfType<IAggregateProjection>().Select(p => p.AggregateType);

    /// <summary>A fold written beside Marten's (a method from a state and any event to a state) would drift from it unseen.</summary>
    [Fact]
    public void Nothing_in_the_domain_folds_events_a_second_way()
    {
        var copies = typeof(Participant).Assembly.GetTypes().SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance)
                .Where(m => m.GetParameters().Any(p => p.ParameterType == typeof(object)) && m.ReturnType == t)
                .Select(m => $"{t.Name}.{m.Name}"))
            .ToList();
        copies.ShouldBeEmpty();
    }

    /// <summary>Marten skips, without a word, a Create or an Apply it cannot call: the snapshot would then miss that event.</summary>
    [Fact]
    public void Marten_folds_every_event_each_snapshot_creates_or_applies()
    {
        Snapshots().ShouldContain(typeof(Participant));
        foreach (var aggregate in Snapshots())
        {
            var written = aggregate.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance)
                .Where(m => m.Name is "Create" or "Apply" && m.GetParameters().Length == 1).Select(m => m.GetParameters()[0].ParameterType).ToList();
            written.ShouldNotBeEmpty(aggregate.Name);
            Store.EventTypesOf(aggregate).ShouldBe(written.Distinct(), ignoreOrder: true, aggregate.Name);
        }
    }

    /// <summary>
    /// A view stays behind, silently, when its projection lets pass an event that changes a snapshot it is computed
    /// from; every projection names those snapshots, and takes every event Marten's folds of them take.
    /// </summary>
    [Fact]
    public void Every_projection_recomputes_its_views_on_every_event_of_the_snapshots_they_are_computed_from()
    {
        var projections = typeof(ReadModels).Assembly.GetTypes().Where(t => t.IsClass && !t.IsAbstract && typeof(IProjection).IsAssignableFrom(t)).ToList();
        projections.Count.ShouldBeGreaterThanOrEqualTo(3);

        foreach (var type in projections)
        {
            var projection = Activator.CreateInstance(type).ShouldBeAssignableTo<ISnapshotViews>($"{type.Name} names no snapshots it is computed from")!;
            projection.Sources.ShouldNotBeEmpty(type.Name);
            foreach (var source in projection.Sources)
            {
                Snapshots().ShouldContain(source, $"{type.Name} reads {source.Name}, which has no inline snapshot");
                foreach (var eventType in Store.EventTypesOf(source))
                    projection.Recomputes(Sample(eventType), Store).ShouldBeTrue($"{type.Name} lets {eventType.Name} pass, which changes {source.Name}");
            }
        }
    }

    /// <summary>An event of this type in a stream of its own; what it says does not decide whether a projection reads it.</summary>
    private static IEvent Sample(Type eventType)
    {
        var e = (IEvent)Activator.CreateInstance(typeof(Event<>).MakeGenericType(eventType), RuntimeHelpers.GetUninitializedObject(eventType))!;
        e.StreamId = Guid.NewGuid();
        return e;
    }
}
