using LivingLibrary.Api.Competences;
using LivingLibrary.Projections.Library;

namespace LivingLibrary.Api.Library;

public static class GetGroupCatalogueEndpoint
{
    public static ProblemDetails Validate(Group group, ClaimsPrincipal user) => Problems.FirstOf(group.MaySee(user.Caller()));

    /// <summary>Who in the group can help with what, and who wants to learn it; asOf gives the same view at the end of a past day.</summary>
    [WolverineGet("/api/groups/{groupId}/catalogue"), Tags("Living library"), EndpointSummary("A group's living library catalogue")]
    public static async Task<CatalogueView> Get([ReadAggregate("groupId")] Group group, IQuerySession session, DateOnly? asOf, string? skill) =>
        CatalogueView.Build(await session.GroupParticipantsAsync(group.Id, asOf), await session.SkillCatalogueAsync(), asOf: asOf, onlySkill: skill);
}
