using LivingLibrary.Domain.Competences;
using LivingLibrary.Domain.Pairings;
using LivingLibrary.Domain.Participants;
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

    /// <summary>A group's participants now (those who left included when asked).</summary>
    public static async Task<IReadOnlyList<Participant>> MembersAsync(this IQuerySession session, Guid groupId, bool includeLeft = false,
        CancellationToken cancellation = default) =>
        await session.Query<Participant>().Where(p => p.GroupId == groupId && (includeLeft || !p.HasLeft)).ToListAsync(cancellation);

    /// <summary>Every pairing any of these people was in, as learner or helper.</summary>
    public static async Task<IReadOnlyList<Pairing>> PairingsOfAsync(this IQuerySession session, IReadOnlyCollection<Guid> people,
        CancellationToken cancellation = default)
    {
        var ids = people.ToArray();
        return await session.Query<Pairing>().Where(p => p.LearnerId.IsOneOf(ids) || p.HelperId.IsOneOf(ids)).ToListAsync(cancellation);
    }

    /// <summary>The latest suggestion that covered the group.</summary>
    public static Task<SuggestionRecord?> LatestSuggestionAsync(this IQuerySession session, Guid groupId, CancellationToken cancellation = default) =>
        session.Query<SuggestionRecord>().Where(s => s.GroupIds.Contains(groupId)).OrderByDescending(s => s.Id).FirstOrDefaultAsync(cancellation);
}
