namespace LivingLibrary.Api.Cases;

public static class CorrectAccompanimentEndpoint
{
    public static async Task<ProblemDetails> ValidateAsync(ProblemCase problem, ClaimsPrincipal user, IQuerySession session) =>
        Problems.FirstOf(await session.MayActOnAsync(problem, user));

    [WolverinePost("/api/cases/{caseId}/accompaniments/{accompanimentId}/correct"), Tags("Cases"),
     EndpointSummary("Correct an accompaniment's facts, with the reason: they count as corrected, the first record stays in the history")]
    public static (Reply<ProblemCase>, Events) Post(CorrectAccompaniment command, [WriteAggregate("caseId")] ProblemCase problem, Guid accompanimentId,
        ClaimsPrincipal user, TimeProvider clock) =>
        command.Decide(problem, accompanimentId, user.Caller().UserId, clock.Today()).Reply<ProblemCase>();
}
