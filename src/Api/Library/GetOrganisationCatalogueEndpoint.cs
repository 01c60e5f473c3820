using LivingLibrary.Projections.Library;

namespace LivingLibrary.Api.Library;

public static class GetOrganisationCatalogueEndpoint
{
    public static ProblemDetails Validate(ClaimsPrincipal user) => Problems.FirstOf(user.Caller().MaySeeTheWholeOrganisation());

    /// <summary>The stored entries (a second behind the last command at most); as of a past day, or for a skill not stored yet, computed from the events.</summary>
    [WolverineGet("/api/catalogue"), Tags("Living library"), EndpointSummary("The organisation's living library catalogue (coordinators)")]
    [ProducesResponseType<CatalogueView>(StatusCodes.Status200OK)]
    public static async Task<IResult> Get(IQuerySession session, DateOnly? asOf, string? skill)
    {
        if (asOf is null && skill is null)
            return await session.StoredPartsAsync<OrganisationSkill>(OrganisationSkill.EntryPart, "true", OrganisationSkill.CatalogueOrder,
                wrap: skills => $$"""{"asOf":null,"skills":{{skills}}}""");
        if (asOf is null && await session.StoredPartAsync<OrganisationSkill>(skill!, OrganisationSkill.EntryPart,
                wrap: entry => $$"""{"asOf":null,"skills":[{{entry}}]}""") is { } stored)
            return stored;
        return Results.Json(CatalogueView.Build(await session.OrganisationParticipantsAsync(asOf, skill), await session.SkillCatalogueAsync(),
            asOf: asOf, onlySkill: skill), ViewJson.Options);
    }
}
