using JasperFx.Events;
using LivingLibrary.Domain.Pairings;
using LivingLibrary.Domain.Participants;
using Marten;
using Marten.Events.Projections;

namespace LivingLibrary.Projections.Library;

/// <summary>
/// Keeps each group's <see cref="GroupLibrary"/> (catalogue, skill map, helper load, unmatched needs,
/// pairing stats) stored. Async (docs/adr/0007): a batch of events names the groups it touches, and
/// each is rebuilt from the inline snapshots of its participants and pairings, which are never behind
/// the events; so the daemon's single writer can never lose an update, and a rebuild converges.
/// </summary>
public sealed class GroupLibraryProjection : IProjection
{
    public async Task ApplyAsync(IDocumentOperations operations, IReadOnlyList<IEvent> events, CancellationToken cancellation)
    {
        foreach (var tenant in events.GroupBy(e => e.TenantId))
        {
            var session = operations.ForTenant(tenant.Key);
            var groups = await TouchedGroupsAsync(session, [.. tenant], cancellation);
            if (groups.Count == 0) continue;

            foreach (var (groupId, views) in await session.GroupViewsAsync(groups, cancellation))
                session.Store(GroupLibrary.Of(groupId, views));
        }
    }

    /// <summary>The groups whose views a batch may change: the participants' groups, before and after a move, and the groups of the pairings' two people.</summary>
    private static async Task<HashSet<Guid>> TouchedGroupsAsync(IDocumentOperations session, IReadOnlyList<IEvent> events, CancellationToken cancellation)
    {
        var groups = new HashSet<Guid>();
        var participants = new HashSet<Guid>();
        var pairings = new HashSet<Guid>();
        foreach (var e in events)
        {
            switch (e.Data)
            {
                case ParticipantMoved moved: groups.Add(moved.FromGroupId); groups.Add(moved.ToGroupId); break;
                case ParticipantEnrolled enrolled: groups.Add(enrolled.GroupId); break;
                case PairingsSuggested suggested: groups.UnionWith(suggested.GroupIds); break;
                case PairingProposed proposed: groups.Add(proposed.GroupId); participants.Add(proposed.HelperId); break;
                case PairingAccepted or PairingDeclined or PairingWithdrawn or PairingStarted or HelpSessionLogged or PairingEnded:
                    pairings.Add(e.StreamId); break;
                case var data when IsParticipantEvent(data): participants.Add(e.StreamId); break;
            }
        }
        if (pairings.Count > 0)
            foreach (var pairing in await session.LoadManyAsync<Pairing>(cancellation, pairings))
            {
                groups.Add(pairing.GroupId);
                participants.Add(pairing.HelperId);
            }
        if (participants.Count > 0)
            groups.UnionWith((await session.LoadManyAsync<Participant>(cancellation, participants)).Select(p => p.GroupId));
        return groups;
    }

    private static bool IsParticipantEvent(object data) => data is ParticipantDetailsUpdated or ConsentRecorded or ConsentWithdrawn or ParticipantLeft
        or SkillAssessed or HelpOffered or HelpOfferReviewed or HelpOfferWithdrawn or LearningNeedDeclared or LearningNeedWithdrawn
        or HelperEngaged or HelperReleased or HelpCapacitySet or LivingLibrary.Domain.Privacy.PersonErased;
}
