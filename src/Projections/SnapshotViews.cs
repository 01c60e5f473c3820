using JasperFx.Events;
using Marten;
using Marten.Events.Projections;

namespace LivingLibrary.Projections;

/// <summary>
/// An async projection whose views are computed from inline snapshots (docs/adr/0007). It names the aggregates those
/// snapshots are of, and takes every event Marten's folds of them take (<see cref="Folds.EventTypesOf{T}"/>), so a new
/// event of one of them reaches the views without anyone listing it.
/// </summary>
public interface ISnapshotViews : IProjection
{
    /// <summary>The aggregates whose snapshots the views are computed from.</summary>
    IReadOnlyList<Type> Sources { get; }

    /// <summary>Whether a batch holding this event recomputes a view (a test asks it for every event of every source).</summary>
    bool Recomputes(IEvent e, IDocumentStore store);
}
