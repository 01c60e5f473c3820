namespace LivingLibrary.Api.Cases;

public static class FollowUpReferralEndpoint
{
    public static async Task<ProblemDetails> ValidateAsync(ProblemCase problem, ClaimsPrincipal user, IQuerySession session) =>
        Problems.FirstOf(await session.MayActOnAsync(problem, user));

    [WolverinePost("/api/cases/{caseId}/referral-follow-up"), Tags("Cases"), EndpointSummary("Record what came of a referral")]
    public static (Reply<ProblemCase>, Events) Post(FollowUpReferral command, [WriteAggregate("caseId")] ProblemCase problem, TimeProvider clock) =>
        command.Decide(problem, clock.Today()).Reply<ProblemCase>();
}
