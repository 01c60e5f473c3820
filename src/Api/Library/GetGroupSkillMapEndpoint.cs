using LivingLibrary.Projections.Library;

namespace LivingLibrary.Api.Library;

public static class GetGroupSkillMapEndpoint
{
    /// <summary>The group and its stored skill map, in one query (before the query's values are read, as a refusal of the group comes first).</summary>
    public static Task<GroupWithViews?> LoadAsync(Guid groupId, IQuerySession session) => session.GroupWithViewsAsync(groupId, GroupLibrary.SkillMapPart);

    public static ProblemDetails Validate(GroupWithViews? read, ClaimsPrincipal user) => Problems.FirstOf(read.May(g => g.MaySee(user.Caller())));

    /// <summary>The stored view, or as of a past day, computed from the events.</summary>
    [WolverineGet("/api/groups/{groupId}/skill-map"), Tags("Living library"), EndpointSummary("A group's skill map: participants x competences and tasks")]
    [ProducesResponseType<SkillMapView>(StatusCodes.Status200OK)]
    public static async Task<IResult> Get(GroupWithViews read, IQuerySession session, DateOnly? asOf) =>
        (asOf is null ? read.Stored : null)
        ?? Results.Json(SkillMapView.Build(await session.GroupParticipantsAsync(read.Group.Id, asOf), await session.SkillCatalogueAsync(), asOf), ViewJson.Options);
}
