
namespace LivingLibrary.Api.Library;

/// <summary>The participants a view covers: a group's or the organisation's, now or at the end of a past day.</summary>
public static class Scope
{
    public static async Task<IReadOnlyList<Participant>> GroupParticipantsAsync(this IQuerySession session, Guid groupId, DateOnly? asOf)
    {
        if (asOf is null)
            return await session.Query<Participant>().Where(p => p.GroupId == groupId && !p.HasLeft).ToListAsync();

        // Whoever was ever in the group may have been in it on that day.
        var everIn = await session.Query<Participant>().Where(p => p.GroupIds.Contains(groupId)).Select(p => p.Id).ToListAsync();
        var then = await session.ParticipantsAsOfAsync(everIn, asOf.Value);
        return [.. then.Where(p => p.GroupId == groupId && !p.HasLeft)];
    }

    /// <summary>The ids of the people in a group now.</summary>
    public static async Task<IReadOnlyList<Guid>> MemberIdsAsync(this IQuerySession session, Guid groupId) =>
        await session.Query<Participant>().Where(p => p.GroupId == groupId && !p.HasLeft).Select(p => p.Id).ToListAsync();

    /// <param name="skill">When given, only who offers or wants it (now); the database filters them.</param>
    public static async Task<IReadOnlyList<Participant>> OrganisationParticipantsAsync(this IQuerySession session, DateOnly? asOf, string? skill = null)
    {
        if (asOf is null && skill is not null)
            return await session.Query<Participant>()
                .Where(p => !p.HasLeft && (p.Offers.Any(o => o.Skill == skill) || p.Needs.Any(n => n.Skill == skill)))
                .ToListAsync();
        if (asOf is null) return await session.Query<Participant>().Where(p => !p.HasLeft).ToListAsync();

        var all = await session.Query<Participant>().Select(p => p.Id).ToListAsync();
        return [.. (await session.ParticipantsAsOfAsync(all, asOf.Value)).Where(p => !p.HasLeft)];
    }
}
