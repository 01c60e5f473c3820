using LivingLibrary.Projections.Library;
using LivingLibrary.Projections.Pairings;

namespace LivingLibrary.Api.Pairings;

public static class GetHelperLoadEndpoint
{
    public static ProblemDetails Validate(Group group, ClaimsPrincipal user) => Problems.FirstOf(group.MayRun(user.Caller()));

    /// <summary>The stored view (a second behind the last command at most); computed when the group has none yet.</summary>
    [WolverineGet("/api/groups/{groupId}/helper-load"), Tags("Pairings"), EndpointSummary("Each helper of the group: helping now, proposed, capacity")]
    [ProducesResponseType<HelperLoad[]>(StatusCodes.Status200OK)]
    public static async Task<IResult> Get([ReadAggregate("groupId")] Group group, IQuerySession session) =>
        await session.StoredPartAsync<GroupLibrary>(group.Id, GroupLibrary.HelperLoadPart)
        ?? Results.Json((await session.GroupViewsAsync([group.Id]))[group.Id].HelperLoad, ViewJson.Options);
}
