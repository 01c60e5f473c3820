using System.Text.Json;
using JasperFx.Events;
using LivingLibrary.Domain.Competences;
using LivingLibrary.Domain.Participants;
using Marten;
using Marten.Events.Projections;

namespace LivingLibrary.Projections.Library;

/// <summary>
/// One skill of the organisation-wide catalogue, as stored by <see cref="OrganisationCatalogueProjection"/>:
/// the entry already in the API's JSON, the people it names, and its place in the catalogue's order.
/// </summary>
public sealed record OrganisationSkill(string Id, int Rank, IReadOnlyList<Guid> People, JsonElement Entry)
{
    public const string EntryPart = "entry";

    /// <summary>The catalogue's order (competences, then tasks, by code), for PostgreSQL.</summary>
    public const string CatalogueOrder = "(data ->> 'rank')::int, id collate \"C\"";
}

/// <summary>
/// Keeps, per skill, who in the whole organisation can help with it and who wants to learn it. Async
/// like <see cref="GroupLibraryProjection"/>, for the same reasons. Each skill a batch touches keeps
/// the rows of the people the batch did not change, and takes the rows of those it changed from
/// their inline snapshots (<see cref="CatalogueView.Merge"/>), so a batch costs what it changes, not
/// the size of the organisation.
/// </summary>
public sealed class OrganisationCatalogueProjection : ISnapshotViews
{
    public IReadOnlyList<Type> Sources => [typeof(Participant)];

    public bool Recomputes(IEvent e, IDocumentStore store) => Changed([e], store).Count > 0;

    public async Task ApplyAsync(IDocumentOperations operations, IReadOnlyList<IEvent> events, CancellationToken cancellation)
    {
        foreach (var tenant in events.GroupBy(e => e.TenantId))
        {
            var session = operations.ForTenant(tenant.Key);
            var changed = Changed([.. tenant], operations.DocumentStore);
            if (changed.Count == 0) continue;

            var ids = changed.ToArray();
            var people = await session.LoadManyAsync<Participant>(cancellation, ids);
            // Every skill the changed people offer or want now, or were listed under before.
            var named = new HashSet<string>(people.SelectMany(p => p.Offers.Select(o => o.Skill).Concat(p.Needs.Select(n => n.Skill))), StringComparer.Ordinal);
            named.UnionWith(await session.Query<OrganisationSkill>().Where(s => s.People.Any(id => id.IsOneOf(ids))).Select(s => s.Id)
                .ToListAsync(cancellation));
            var stored = (await session.LoadManyAsync<OrganisationSkill>(cancellation, named)).ToDictionary(s => s.Id);
            var skills = await session.SkillCatalogueAsync(cancellation);

            foreach (var code in named)
            {
                var before = stored.TryGetValue(code, out var doc) ? doc.Entry.Deserialize<CatalogueEntry>(ViewJson.Options) : null;
                if (CatalogueView.Merge(before, code, changed, people, skills) is { } entry)
                    session.Store(new OrganisationSkill(code, (int)entry.Kind,
                        [.. entry.Helpers.Select(h => h.ParticipantId).Concat(entry.Learners.Select(l => l.ParticipantId)).Distinct()], ViewJson.Of(entry)));
                else if (doc is not null)
                    session.Delete<OrganisationSkill>(code);
            }
        }
    }

    /// <summary>The people a batch changes.</summary>
    private static HashSet<Guid> Changed(IReadOnlyList<IEvent> events, IDocumentStore store)
    {
        var participant = store.EventTypesOf<Participant>();
        return [.. events.Where(e => participant.Contains(e.EventType)).Select(e => e.StreamId)];
    }
}
