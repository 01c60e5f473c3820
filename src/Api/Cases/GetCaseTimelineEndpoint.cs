using LivingLibrary.Api.Journal;

namespace LivingLibrary.Api.Cases;

public static class GetCaseTimelineEndpoint
{
    public static async Task<ProblemDetails> ValidateAsync(ProblemCase problem, ClaimsPrincipal user, IQuerySession session) =>
        Problems.FirstOf(await session.MayActOnAsync(problem, user));

    [WolverineGet("/api/cases/{caseId}/timeline"), Tags("Cases"), EndpointSummary("What happened to a case, oldest first, and who did it")]
    [Journalled(PersonalRead.CaseTimeline, "caseId", NamedBy.Case)]
    public static Task<IReadOnlyList<HistoryEntry>> Get([ReadAggregate("caseId")] ProblemCase problem, IQuerySession session) =>
        session.HistoryOfAsync(problem.Id);
}
