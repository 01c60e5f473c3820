using LivingLibrary.Projections.Library;

namespace LivingLibrary.Api.Library;

public static class GetOrganisationCatalogueEndpoint
{
    public static ProblemDetails Validate(ClaimsPrincipal user) => Problems.FirstOf(user.Caller().MaySeeTheWholeOrganisation());

    [WolverineGet("/api/catalogue"), Tags("Living library"), EndpointSummary("The organisation's living library catalogue (coordinators)")]
    public static async Task<CatalogueView> Get(IQuerySession session, DateOnly? asOf, string? skill) =>
        CatalogueView.Build(await session.OrganisationParticipantsAsync(asOf, skill), await session.SkillCatalogueAsync(), asOf: asOf, onlySkill: skill);
}
