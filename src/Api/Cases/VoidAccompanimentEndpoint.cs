namespace LivingLibrary.Api.Cases;

public static class VoidAccompanimentEndpoint
{
    public static async Task<ProblemDetails> ValidateAsync(ProblemCase problem, ClaimsPrincipal user, IQuerySession session) =>
        Problems.FirstOf(await session.MayActOnAsync(problem, user));

    [WolverinePost("/api/cases/{caseId}/accompaniments/{accompanimentId}/void"), Tags("Cases"),
     EndpointSummary("Void an accompaniment recorded by mistake, with the reason: it counts nowhere, its record stays in the history")]
    public static (Reply<ProblemCase>, Events) Post(VoidAccompaniment command, [WriteAggregate("caseId")] ProblemCase problem, Guid accompanimentId,
        ClaimsPrincipal user) =>
        command.Decide(problem, accompanimentId, user.Caller().UserId).Reply<ProblemCase>();
}
