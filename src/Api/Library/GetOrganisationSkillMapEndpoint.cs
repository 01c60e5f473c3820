using LivingLibrary.Projections.Library;

namespace LivingLibrary.Api.Library;

public static class GetOrganisationSkillMapEndpoint
{
    public static ProblemDetails Validate(ClaimsPrincipal user) => Problems.FirstOf(user.Caller().MaySeeTheWholeOrganisation());

    [WolverineGet("/api/skill-map"), Tags("Living library"), EndpointSummary("The organisation's skill map (coordinators)")]
    public static async Task<SkillMapView> Get(IQuerySession session, DateOnly? asOf) =>
        SkillMapView.Build(await session.OrganisationParticipantsAsync(asOf), await session.SkillCatalogueAsync(), asOf);
}
