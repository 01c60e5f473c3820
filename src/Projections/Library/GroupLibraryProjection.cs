using JasperFx.Events;
using LivingLibrary.Domain.Pairings;
using LivingLibrary.Domain.Participants;
using Marten;

namespace LivingLibrary.Projections.Library;

/// <summary>
/// Keeps each group's <see cref="GroupLibrary"/> (catalogue, skill map, helper load, unmatched needs,
/// pairing stats) stored. Async (docs/adr/0007): a batch of events names the groups it touches, and
/// each is rebuilt from the inline snapshots of its participants and pairings, which are never behind
/// the events; so the daemon's single writer can never lose an update, and a rebuild converges.
/// </summary>
public sealed class GroupLibraryProjection : ISnapshotViews
{
    public IReadOnlyList<Type> Sources => [typeof(Participant), typeof(Pairing), typeof(SuggestionRecord)];

    public async Task ApplyAsync(IDocumentOperations operations, IReadOnlyList<IEvent> events, CancellationToken cancellation)
    {
        foreach (var tenant in events.GroupBy(e => e.TenantId))
        {
            var session = operations.ForTenant(tenant.Key);
            var groups = await GroupsAsync(session, Named.By([.. tenant], operations.DocumentStore), cancellation);
            if (groups.Count == 0) continue;

            foreach (var (groupId, views) in await session.GroupViewsAsync(groups, cancellation))
                session.Store(GroupLibrary.Of(groupId, views));
        }
    }

    public bool Recomputes(IEvent e, IDocumentStore store) => !Named.By([e], store).IsEmpty;

    /// <summary>What a batch names: the groups a person moved out of, and the streams of the snapshots it changed.</summary>
    private sealed record Named(HashSet<Guid> Groups, HashSet<Guid> Participants, HashSet<Guid> Pairings, HashSet<Guid> Suggestions)
    {
        public bool IsEmpty => Groups.Count + Participants.Count + Pairings.Count + Suggestions.Count == 0;

        public static Named By(IReadOnlyList<IEvent> events, IDocumentStore store)
        {
            var (participant, pairing, suggestion) = (store.EventTypesOf<Participant>(), store.EventTypesOf<Pairing>(), store.EventTypesOf<SuggestionRecord>());
            var named = new Named([], [], [], []);
            foreach (var e in events)
            {
                // The snapshot knows the group the person moved to, no longer the one they left.
                if (e.Data is ParticipantMoved moved) named.Groups.Add(moved.FromGroupId);
                if (participant.Contains(e.EventType)) named.Participants.Add(e.StreamId);
                if (pairing.Contains(e.EventType)) named.Pairings.Add(e.StreamId);
                if (suggestion.Contains(e.EventType)) named.Suggestions.Add(e.StreamId);
            }
            return named;
        }
    }

    /// <summary>The groups a batch touches: the participants' groups, those of the pairings and of their helpers, those a suggestion covered.</summary>
    private static async Task<HashSet<Guid>> GroupsAsync(IDocumentOperations session, Named named, CancellationToken cancellation)
    {
        var groups = named.Groups;
        var participants = named.Participants;
        if (named.Pairings.Count > 0)
            foreach (var pairing in await session.LoadManyAsync<Pairing>(cancellation, named.Pairings))
            {
                groups.Add(pairing.GroupId);
                participants.Add(pairing.HelperId);
            }
        if (named.Suggestions.Count > 0)
        {
            var ids = named.Suggestions.ToArray();
            groups.UnionWith((await session.Query<SuggestionRecord>().Where(s => s.Id.IsOneOf(ids)).Select(s => s.GroupIds).ToListAsync(cancellation))
                .SelectMany(g => g));
        }
        if (participants.Count > 0)
            groups.UnionWith((await session.LoadManyAsync<Participant>(cancellation, participants)).Select(p => p.GroupId));
        return groups;
    }
}
