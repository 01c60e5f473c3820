namespace LivingLibrary.Api.Cases;

public static class ResolveCaseEndpoint
{
    public static async Task<ProblemDetails> ValidateAsync(ProblemCase problem, ClaimsPrincipal user, IQuerySession session) =>
        Problems.FirstOf(await session.MayActOnAsync(problem, user));

    [WolverinePost("/api/cases/{caseId}/resolve"), Tags("Cases"), EndpointSummary("Record how the case was resolved, and the person's autonomy at the end")]
    public static (Reply<ProblemCase>, Events) Post(ResolveCase command, [WriteAggregate("caseId")] ProblemCase problem, TimeProvider clock) =>
        command.Decide(problem, clock.Today()).Reply<ProblemCase>();
}
