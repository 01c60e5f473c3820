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
/// like <see cref="GroupLibraryProjection"/>, for the same reasons: each skill a batch touches is
/// rebuilt from the participants' inline snapshots.
/// </summary>
public sealed class OrganisationCatalogueProjection : IProjection
{
    public async Task ApplyAsync(IDocumentOperations operations, IReadOnlyList<IEvent> events, CancellationToken cancellation)
    {
        foreach (var tenant in events.GroupBy(e => e.TenantId))
        {
            var session = operations.ForTenant(tenant.Key);
            var touched = await TouchedSkillsAsync(session, [.. tenant], cancellation);
            if (touched.Count == 0) continue;

            var skills = await session.SkillCatalogueAsync(cancellation);
            foreach (var code in touched)
            {
                var people = await session.Query<Participant>()
                    .Where(p => !p.HasLeft && (p.Offers.Any(o => o.Skill == code) || p.Needs.Any(n => n.Skill == code)))
                    .ToListAsync(cancellation);
                if (CatalogueView.Build(people, skills, onlySkill: code).Skills.SingleOrDefault() is { } entry)
                    session.Store(new OrganisationSkill(code, (int)entry.Kind, [.. people.Select(p => p.Id)], ViewJson.Of(entry)));
                else
                    session.Delete<OrganisationSkill>(code);
            }
        }
    }

    /// <summary>The skills a batch names, and every skill of the people it changes (what they offer and want now, and where they were listed).</summary>
    private static async Task<HashSet<string>> TouchedSkillsAsync(IDocumentOperations session, IReadOnlyList<IEvent> events, CancellationToken cancellation)
    {
        var skills = new HashSet<string>(StringComparer.Ordinal);
        var people = new HashSet<Guid>();
        foreach (var e in events)
        {
            switch (e.Data)
            {
                case HelpOffered x: skills.Add(x.Skill); break;
                case HelpOfferReviewed x: skills.Add(x.Skill); break;
                case HelpOfferWithdrawn x: skills.Add(x.Skill); break;
                case LearningNeedDeclared x: skills.Add(x.Skill); break;
                case ParticipantDetailsUpdated or ParticipantMoved or ParticipantLeft or SkillAssessed or LearningNeedWithdrawn
                    or HelperEngaged or HelperReleased:
                    people.Add(e.StreamId); break;
            }
        }
        if (people.Count == 0) return skills;

        var ids = people.ToArray();
        foreach (var p in await session.LoadManyAsync<Participant>(cancellation, ids))
            skills.UnionWith(p.Offers.Select(o => o.Skill).Concat(p.Needs.Select(n => n.Skill)));
        var listed = await session.Query<OrganisationSkill>().Where(s => s.People.Any(id => id.IsOneOf(ids))).Select(s => s.Id).ToListAsync(cancellation);
        skills.UnionWith(listed);
        return skills;
    }
}
