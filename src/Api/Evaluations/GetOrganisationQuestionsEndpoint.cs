namespace LivingLibrary.Api.Evaluations;

public static class GetOrganisationQuestionsEndpoint
{
    /// <summary>Facilitators read them too: they open the campaigns that ask them.</summary>
    [WolverineGet("/api/questions"), Tags("Evaluations"), EndpointSummary("The organisation's own questions, with their current version")]
    public static async Task<IReadOnlyList<OrganisationQuestion>> Get(IQuerySession session) =>
        [.. (await session.Query<OrganisationQuestion>().ToListAsync()).OrderBy(q => q.IsRetired).ThenBy(q => q.Id)];
}
