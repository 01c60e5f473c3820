using JasperFx.Events.Projections;
using LivingLibrary.Domain.Groups;
using Marten;

namespace LivingLibrary.Projections;

/// <summary>Every projection and read model of the event store, in one place.</summary>
public static class ReadModels
{
    public static void Register(StoreOptions opts)
    {
        // The write model of a group stream, kept as an inline snapshot: it also serves the group reads.
        opts.Projections.Snapshot<Group>(SnapshotLifecycle.Inline);
    }
}
