using LivingLibrary.Projections.Library;

namespace LivingLibrary.Api.Library;

public static class GetGroupCatalogueEndpoint
{
    /// <summary>The group and its stored catalogue, in one query (before the query's values are read, as a refusal of the group comes first).</summary>
    public static Task<GroupWithViews?> LoadAsync(Guid groupId, IQuerySession session) => session.GroupWithViewsAsync(groupId, GroupLibrary.CataloguePart);

    public static ProblemDetails Validate(GroupWithViews? read, ClaimsPrincipal user) => Problems.FirstOf(read.May(g => g.MaySee(user.Caller())));

    /// <summary>
    /// Who in the group can help with what, and who wants to learn it: the stored view (a second behind
    /// the last command at most), or for one skill or as of a past day, computed from the events.
    /// </summary>
    [WolverineGet("/api/groups/{groupId}/catalogue"), Tags("Living library"), EndpointSummary("A group's living library catalogue")]
    [ProducesResponseType<CatalogueView>(StatusCodes.Status200OK)]
    public static async Task<IResult> Get(GroupWithViews read, IQuerySession session, DateOnly? asOf, string? skill) =>
        (asOf is null && skill is null ? read.Stored : null)
        ?? Results.Json(CatalogueView.Build(await session.GroupParticipantsAsync(read.Group.Id, asOf), await session.SkillCatalogueAsync(), asOf: asOf, onlySkill: skill),
            ViewJson.Options);
}
