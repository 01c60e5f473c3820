namespace LivingLibrary.Api.ExchangeSessions;

/// <summary>A case as an exchange session worked on it: what the group found, and the time it took.</summary>
public sealed record BroughtCase(Guid CaseId, string Goal, string Service, string Difficulty, CaseStatus Status, Accompaniment Accompaniment);

public sealed record ExchangeSessionView(ExchangeSession Session, IReadOnlyList<BroughtCase> Cases);

public static class GetExchangeSessionEndpoint
{
    public static Task<Group?> LoadAsync(ExchangeSession exchange, IQuerySession session) => session.LoadAsync<Group>(exchange.GroupId);

    public static ProblemDetails Validate(Group? group, ClaimsPrincipal user) =>
        Problems.FirstOf(group is null || group.MaySee(user.Caller()) is not null ? Refusal.NotFound(Thing.ExchangeSession) : null);

    [WolverineGet("/api/exchange-sessions/{sessionId}"), Tags("Exchange sessions"), EndpointSummary("An exchange session: who attended, the cases brought and what the group found")]
    public static async Task<ExchangeSessionView> Get([ReadAggregate("sessionId")] ExchangeSession exchange, IQuerySession session, HttpResponse response)
    {
        response.Headers.ETag = Versions.ETag(exchange.Version);
        var cases = await session.Query<ProblemCase>()
            .Where(c => c.GroupId == exchange.GroupId && c.Accompaniments.Any(a => a.ExchangeSessionId == exchange.Id)).ToListAsync();
        return new ExchangeSessionView(exchange, [.. cases.Where(c => c.Counts).SelectMany(c => c.Accompaniments.Where(a => a.ExchangeSessionId == exchange.Id)
            .Select(a => new BroughtCase(c.Id, c.Details.Goal, c.Details.Service, c.Details.Difficulty, c.Status, a)))]);
    }
}
