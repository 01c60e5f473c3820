using System.Text.Json;
using LivingLibrary.Projections.Library;
using LivingLibrary.Projections.Pairings;

namespace LivingLibrary.Api.Pairings;

public static class GetUnmatchedNeedsEndpoint
{
    /// <summary>The group and its stored board, in one query.</summary>
    public static Task<GroupWithViews?> LoadAsync(Guid groupId, IQuerySession session) =>
        session.GroupWithViewsAsync(groupId, GroupLibrary.UnmatchedNeedsPart);

    public static ProblemDetails Validate(GroupWithViews? read, ClaimsPrincipal user) => Problems.FirstOf(read.May(g => g.MayRun(user.Caller())));

    /// <summary>The stored view (a second behind the last command at most); computed when the group has none yet.</summary>
    [WolverineGet("/api/groups/{groupId}/unmatched-needs"), Tags("Pairings"), EndpointSummary("The board of needs no pairing takes care of, and why")]
    [ProducesResponseType<UnmatchedNeedEntry[]>(StatusCodes.Status200OK)]
    public static async Task<IResult> Get(GroupWithViews read, IQuerySession session) =>
        read.Stored ?? Results.Json(await ComputedAsync(read.Group, session), ViewJson.Options);

    /// <summary>The same board as entries (the console's), from what <see cref="LoadAsync"/> read: stored, else computed.</summary>
    public static async Task<IReadOnlyList<UnmatchedNeedEntry>> ReadAsync(GroupWithViews read, IQuerySession session) =>
        read.Parts is [{ } json] ? JsonSerializer.Deserialize<IReadOnlyList<UnmatchedNeedEntry>>(json, ViewJson.Options)! : await ComputedAsync(read.Group, session);

    private static async Task<IReadOnlyList<UnmatchedNeedEntry>> ComputedAsync(Group group, IQuerySession session) =>
        (await session.GroupViewsAsync([group.Id]))[group.Id].UnmatchedNeeds;
}
