using LivingLibrary.Api.Competences;
using LivingLibrary.Projections.Library;

namespace LivingLibrary.Api.Library;

public static class GetGroupSkillMapEndpoint
{
    public static ProblemDetails Validate(Group group, ClaimsPrincipal user) => Problems.FirstOf(group.MaySee(user.Caller()));

    [WolverineGet("/api/groups/{groupId}/skill-map"), Tags("Living library"), EndpointSummary("A group's skill map: participants x competences")]
    public static async Task<SkillMapView> Get([ReadAggregate("groupId")] Group group, IQuerySession session, DateOnly? asOf) =>
        SkillMapView.Build(await session.GroupParticipantsAsync(group.Id, asOf), await session.SkillCatalogueAsync(), asOf);
}
