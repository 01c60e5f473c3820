using LivingLibrary.Projections.Library;
using LivingLibrary.Projections.Pairings;

namespace LivingLibrary.Api.Pairings;

public static class GetHelperLoadEndpoint
{
    /// <summary>The group and its stored helper load, in one query.</summary>
    public static Task<GroupWithViews?> LoadAsync(Guid groupId, IQuerySession session) =>
        session.GroupWithViewsAsync(groupId, GroupLibrary.HelperLoadPart);

    public static ProblemDetails Validate(GroupWithViews? read, ClaimsPrincipal user) => Problems.FirstOf(read.May(g => g.MayRun(user.Caller())));

    /// <summary>The stored view (a second behind the last command at most); computed when the group has none yet.</summary>
    [WolverineGet("/api/groups/{groupId}/helper-load"), Tags("Pairings"), EndpointSummary("Each helper of the group: helping now, proposed, capacity")]
    [ProducesResponseType<HelperLoad[]>(StatusCodes.Status200OK)]
    public static async Task<IResult> Get(GroupWithViews read, IQuerySession session) =>
        read.Stored ?? Results.Json((await session.GroupViewsAsync([read.Group.Id]))[read.Group.Id].HelperLoad, ViewJson.Options);
}
