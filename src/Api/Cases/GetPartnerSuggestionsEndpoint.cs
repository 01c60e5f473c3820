namespace LivingLibrary.Api.Cases;

public static class GetPartnerSuggestionsEndpoint
{
    public static async Task<ProblemDetails> ValidateAsync(ProblemCase problem, ClaimsPrincipal user, IQuerySession session) =>
        Problems.FirstOf(await session.MayActOnAsync(problem, user));

    /// <summary>Active partners that handle the case's service or difficulty, scored with the person's languages and area, each with its reasons.</summary>
    [WolverineGet("/api/cases/{caseId}/partner-suggestions"), Tags("Cases"), EndpointSummary("Partners the case could be referred to, best first, each with why")]
    public static async Task<IReadOnlyList<PartnerSuggestion>> Get([ReadAggregate("caseId")] ProblemCase problem, IQuerySession session, string? language)
    {
        var person = problem.ParticipantId is { } id ? await session.LoadAsync<Participant>(id) : null;
        var partners = await session.Query<Partner>().Where(p => p.IsActive).ToListAsync();
        return PartnerSuggestions.For(problem.Details, person?.Languages ?? problem.Visitor?.Languages ?? [], problem.Visitor?.PostcodeArea,
            partners, await session.ServiceListAsync(), language ?? "en");
    }
}
