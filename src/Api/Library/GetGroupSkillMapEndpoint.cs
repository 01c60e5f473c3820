using LivingLibrary.Projections.Library;

namespace LivingLibrary.Api.Library;

public static class GetGroupSkillMapEndpoint
{
    public static ProblemDetails Validate(Group group, ClaimsPrincipal user) => Problems.FirstOf(group.MaySee(user.Caller()));

    /// <summary>The stored view, or as of a past day, computed from the events.</summary>
    [WolverineGet("/api/groups/{groupId}/skill-map"), Tags("Living library"), EndpointSummary("A group's skill map: participants x competences and tasks")]
    [ProducesResponseType<SkillMapView>(StatusCodes.Status200OK)]
    public static async Task<IResult> Get([ReadAggregate("groupId")] Group group, IQuerySession session, DateOnly? asOf) =>
        (asOf is null ? await session.StoredPartAsync<GroupLibrary>(group.Id, GroupLibrary.SkillMapPart) : null)
        ?? Results.Json(SkillMapView.Build(await session.GroupParticipantsAsync(group.Id, asOf), await session.SkillCatalogueAsync(), asOf), ViewJson.Options);
}
