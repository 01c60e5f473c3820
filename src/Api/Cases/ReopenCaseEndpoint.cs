namespace LivingLibrary.Api.Cases;

public static class ReopenCaseEndpoint
{
    public static async Task<ProblemDetails> ValidateAsync(ProblemCase problem, ClaimsPrincipal user, IQuerySession session) =>
        Problems.FirstOf(await session.MayActOnAsync(problem, user));

    [WolverinePost("/api/cases/{caseId}/reopen"), Tags("Cases"), EndpointSummary("Reopen a resolved, referred or closed case")]
    public static (Reply<ProblemCase>, Events) Post(ReopenCase command, [WriteAggregate("caseId")] ProblemCase problem, TimeProvider clock) =>
        command.Decide(problem, clock.Today()).Reply<ProblemCase>();
}
