namespace LivingLibrary.Api.Cases;

public static class CloseCaseEndpoint
{
    public static async Task<ProblemDetails> ValidateAsync(ProblemCase problem, ClaimsPrincipal user, IQuerySession session) =>
        Problems.FirstOf(await session.MayActOnAsync(problem, user));

    [WolverinePost("/api/cases/{caseId}/close"), Tags("Cases"), EndpointSummary("Close a case without resolution, with the reason")]
    public static (Reply<ProblemCase>, Events) Post(CloseCase command, [WriteAggregate("caseId")] ProblemCase problem, TimeProvider clock) =>
        command.Decide(problem, clock.Today()).Reply<ProblemCase>();
}
