using LivingLibrary.Projections.Library;
using LivingLibrary.Projections.Pairings;

namespace LivingLibrary.Api.Pairings;

public static class GetUnmatchedNeedsEndpoint
{
    public static ProblemDetails Validate(Group group, ClaimsPrincipal user) => Problems.FirstOf(group.MayRun(user.Caller()));

    /// <summary>The stored view (a second behind the last command at most); computed when the group has none yet.</summary>
    [WolverineGet("/api/groups/{groupId}/unmatched-needs"), Tags("Pairings"), EndpointSummary("The board of needs no pairing takes care of, and why")]
    [ProducesResponseType<UnmatchedNeedEntry[]>(StatusCodes.Status200OK)]
    public static async Task<IResult> Get([ReadAggregate("groupId")] Group group, IQuerySession session) =>
        await session.StoredPartAsync<GroupLibrary>(group.Id, GroupLibrary.UnmatchedNeedsPart)
        ?? Results.Json((await session.GroupViewsAsync([group.Id]))[group.Id].UnmatchedNeeds, ViewJson.Options);
}
