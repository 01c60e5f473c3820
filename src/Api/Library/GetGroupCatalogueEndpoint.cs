using LivingLibrary.Projections.Library;

namespace LivingLibrary.Api.Library;

public static class GetGroupCatalogueEndpoint
{
    public static ProblemDetails Validate(Group group, ClaimsPrincipal user) => Problems.FirstOf(group.MaySee(user.Caller()));

    /// <summary>
    /// Who in the group can help with what, and who wants to learn it: the stored view (a second behind
    /// the last command at most), or for one skill or as of a past day, computed from the events.
    /// </summary>
    [WolverineGet("/api/groups/{groupId}/catalogue"), Tags("Living library"), EndpointSummary("A group's living library catalogue")]
    [ProducesResponseType<CatalogueView>(StatusCodes.Status200OK)]
    public static async Task<IResult> Get([ReadAggregate("groupId")] Group group, IQuerySession session, DateOnly? asOf, string? skill) =>
        (asOf is null && skill is null ? await session.StoredPartAsync<GroupLibrary>(group.Id, GroupLibrary.CataloguePart) : null)
        ?? Results.Json(CatalogueView.Build(await session.GroupParticipantsAsync(group.Id, asOf), await session.SkillCatalogueAsync(), asOf: asOf, onlySkill: skill),
            ViewJson.Options);
}
