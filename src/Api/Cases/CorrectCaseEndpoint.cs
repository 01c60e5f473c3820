namespace LivingLibrary.Api.Cases;

public static class CorrectCaseEndpoint
{
    public static async Task<ProblemDetails> ValidateAsync(ProblemCase problem, ClaimsPrincipal user, IQuerySession session) =>
        Problems.FirstOf(await session.MayActOnAsync(problem, user));

    [WolverinePost("/api/cases/{caseId}/correct"), Tags("Cases"),
     EndpointSummary("Correct what a case is about, with the reason: the corrected details count, the first record stays in the history")]
    public static async Task<(Reply<ProblemCase>, Events)> Post(CorrectCase command, [WriteAggregate("caseId")] ProblemCase problem, ClaimsPrincipal user,
        IQuerySession session, TimeProvider clock) =>
        command.Decide(problem, user.Caller().UserId, await session.ServiceListAsync(), await session.SkillCatalogueAsync(), clock.Today()).Reply<ProblemCase>();
}
