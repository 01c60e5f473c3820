namespace LivingLibrary.Api.Advocacy;

public static class GetAdvocacyPointsEndpoint
{
    public static ProblemDetails Validate(ClaimsPrincipal user) => Problems.FirstOf(user.Caller().MayAdvocate());

    [WolverineGet("/api/advocacy"), Tags("Advocacy"), EndpointSummary("The organisation's demands to services and authorities, latest first")]
    public static async Task<IReadOnlyList<AdvocacyPoint>> Get(IQuerySession session) =>
        [.. (await session.Query<AdvocacyPoint>().ToListAsync()).OrderByDescending(p => p.Id)];
}
