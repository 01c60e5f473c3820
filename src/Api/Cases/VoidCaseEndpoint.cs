namespace LivingLibrary.Api.Cases;

public static class VoidCaseEndpoint
{
    public static async Task<ProblemDetails> ValidateAsync(ProblemCase problem, ClaimsPrincipal user, IQuerySession session) =>
        Problems.FirstOf(await session.MayActOnAsync(problem, user));

    [WolverinePost("/api/cases/{caseId}/void"), Tags("Cases"),
     EndpointSummary("Void a case recorded by mistake, with the reason: it counts nowhere, its history stays")]
    public static (Reply<ProblemCase>, Events) Post(VoidCase command, [WriteAggregate("caseId")] ProblemCase problem, ClaimsPrincipal user) =>
        command.Decide(problem, user.Caller().UserId).Reply<ProblemCase>();
}
