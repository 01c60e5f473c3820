namespace LivingLibrary.Api.Cases;

public static class RecordAccompanimentEndpoint
{
    public static async Task<AccompanimentContext> LoadAsync(RecordAccompaniment command, IQuerySession session, ClaimsPrincipal user)
    {
        var peers = (command.PeerHelperIds ?? []).Distinct().Take(CaseRules.MaxHelpers + 1).ToArray();
        return new AccompanimentContext(
            user.Caller().UserId,
            command.ExchangeSessionId is { } sessionId ? await session.LoadAsync<Activity>(sessionId) : null,
            command.PairingId is { } pairingId ? await session.LoadAsync<Pairing>(pairingId) : null,
            peers.Length == 0 ? [] : [.. await session.Query<Participant>().Where(p => p.Id.IsOneOf(peers)).Select(p => p.Id).ToListAsync()]);
    }

    public static async Task<ProblemDetails> ValidateAsync(ProblemCase problem, ClaimsPrincipal user, IQuerySession session) =>
        Problems.FirstOf(await session.MayActOnAsync(problem, user));

    /// <summary>The answer's createdId is the accompaniment's id.</summary>
    [WolverinePost("/api/cases/{caseId}/accompaniments"), Tags("Cases"), EndpointSummary("Record a time someone worked on the case with the person")]
    public static (Reply<ProblemCase>, Events) Post(RecordAccompaniment command, [WriteAggregate("caseId")] ProblemCase problem,
        AccompanimentContext context, TimeProvider clock)
    {
        var accompanimentId = Guid.CreateVersion7();
        return command.Decide(problem, accompanimentId, context, clock.Today()).Reply<ProblemCase>(accompanimentId);
    }
}
