namespace LivingLibrary.Api.Cases;

public static class ReferCaseEndpoint
{
    public static async Task<Partner?> LoadAsync(ReferCase command, IQuerySession session) =>
        command.PartnerId is { } id ? await session.LoadAsync<Partner>(id) : null;

    public static async Task<ProblemDetails> ValidateAsync(ProblemCase problem, ClaimsPrincipal user, IQuerySession session) =>
        Problems.FirstOf(await session.MayActOnAsync(problem, user));

    [WolverinePost("/api/cases/{caseId}/refer"), Tags("Cases"), EndpointSummary("Refer the person to a partner of the directory, with the reason")]
    public static (Reply<ProblemCase>, Events) Post(ReferCase command, [WriteAggregate("caseId")] ProblemCase problem, Partner? partner, TimeProvider clock) =>
        command.Decide(problem, partner, clock.Today()).Reply<ProblemCase>();
}
