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
        ?? Results.Json(await ComputedAsync(group, session), ViewJson.Options);

    /// <summary>The same board as entries (the console's): stored, else computed.</summary>
    public static async Task<IReadOnlyList<UnmatchedNeedEntry>> ReadAsync(Group group, IQuerySession session) =>
        await session.StoredPartAsync<GroupLibrary, IReadOnlyList<UnmatchedNeedEntry>>(group.Id, GroupLibrary.UnmatchedNeedsPart)
        ?? await ComputedAsync(group, session);

    private static async Task<IReadOnlyList<UnmatchedNeedEntry>> ComputedAsync(Group group, IQuerySession session) =>
        (await session.GroupViewsAsync([group.Id]))[group.Id].UnmatchedNeeds;
}
