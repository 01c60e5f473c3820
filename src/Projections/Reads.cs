using LivingLibrary.Domain.Cases;
using LivingLibrary.Domain.Competences;
using LivingLibrary.Domain.Pairings;
using LivingLibrary.Domain.Participants;
using LivingLibrary.Projections.Library;
using Marten;

namespace LivingLibrary.Projections;

/// <summary>The snapshot reads that both the endpoints and the projections make.</summary>
public static class Reads
{
    /// <summary>DigComp, the built-in tasks and the session's organisation's own tasks.</summary>
    public static async Task<SkillCatalogue> SkillCatalogueAsync(this IQuerySession session, CancellationToken cancellation = default)
    {
        var own = await session.Query<OrganisationTask>().OrderBy(t => t.Code).ToListAsync(cancellation);
        return own.Count == 0 ? SkillCatalogue.BuiltIn : new SkillCatalogue(own.Select(t => t.ToEverydayTask()));
    }

    /// <summary>The built-in services and the session's organisation's own.</summary>
    public static async Task<ServiceList> ServiceListAsync(this IQuerySession session, CancellationToken cancellation = default)
    {
        var own = await session.Query<OrganisationService>().OrderBy(s => s.Code).ToListAsync(cancellation);
        return own.Count == 0 ? ServiceList.BuiltIn : new ServiceList(own.Select(s => s.ToService()));
    }

    /// <summary>Every pairing any of these people was in, as learner or helper.</summary>
    public static async Task<IReadOnlyList<Pairing>> PairingsOfAsync(this IQuerySession session, IReadOnlyCollection<Guid> people,
        CancellationToken cancellation = default)
    {
        var ids = people.ToArray();
        return await session.Query<Pairing>().Where(p => p.LearnerId.IsOneOf(ids) || p.HelperId.IsOneOf(ids)).ToListAsync(cancellation);
    }

    /// <summary>
    /// The views of these groups now, from their members, the pairings the members are in and the latest
    /// suggestion that covered each group: four queries, whatever the number of groups.
    /// </summary>
    public static async Task<IReadOnlyDictionary<Guid, GroupViews>> GroupViewsAsync(this IQuerySession session, IReadOnlyCollection<Guid> groupIds,
        CancellationToken cancellation = default)
    {
        var ids = groupIds.ToArray();
        var skills = await session.SkillCatalogueAsync(cancellation);
        var members = (await session.Query<Participant>().Where(p => p.GroupId.IsOneOf(ids) && !p.HasLeft).ToListAsync(cancellation))
            .ToLookup(p => p.GroupId);
        var pairings = await session.PairingsOfAsync([.. members.SelectMany(m => m).Select(m => m.Id)], cancellation);
        var suggested = await session.Query<SuggestionRecord>().Where(s => s.GroupIds.Any(g => g.IsOneOf(ids)))
            .Select(s => new SuggestionCover(s.Id, s.GroupIds)).ToListAsync(cancellation);
        // Version 7 ids: their text order is their time order, as PostgreSQL orders them.
        var latestIds = ids.ToDictionary(g => g, g => suggested.Where(s => s.GroupIds.Contains(g)).MaxBy(s => s.Id.ToString(), StringComparer.Ordinal)?.Id);
        var latest = (await session.LoadManyAsync<SuggestionRecord>(cancellation, latestIds.Values.OfType<Guid>().Distinct())).ToDictionary(s => s.Id);

        return ids.ToDictionary(g => g, g =>
        {
            var people = members[g].ToList();
            var ofPeople = people.Select(p => p.Id).ToHashSet();
            return GroupViews.Build(g, people, [.. pairings.Where(p => ofPeople.Contains(p.LearnerId) || ofPeople.Contains(p.HelperId))],
                latestIds[g] is { } id ? latest[id] : null, skills);
        });
    }

    private sealed record SuggestionCover(Guid Id, IReadOnlyList<Guid> GroupIds);
}
