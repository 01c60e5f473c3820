using LivingLibrary.Api.Library;
using LivingLibrary.Projections.Pairings;

namespace LivingLibrary.Api.Pairings;

public static class GetGroupPairingsEndpoint
{
    public static ProblemDetails Validate(Group group, ClaimsPrincipal user) => Problems.FirstOf(group.MayRun(user.Caller()));

    /// <summary>The group's pairings under way (proposed and active), or those of one status.</summary>
    [WolverineGet("/api/groups/{groupId}/pairings"), Tags("Pairings"), EndpointSummary("A group's pairings: under way by default, or of one status")]
    public static async Task<IReadOnlyList<PairingSummary>> Get([ReadAggregate("groupId")] Group group, IQuerySession session, PairingStatus? status)
    {
        var query = session.Query<Pairing>().Where(p => p.GroupId == group.Id);
        var pairings = await (status is { } only
            ? query.Where(p => p.Status == only)
            : query.Where(p => p.Status == PairingStatus.Proposed || p.Status == PairingStatus.Active)).ToListAsync();
        return PairingViews.Summaries(pairings, await session.PeopleAsync(pairings));
    }
}
