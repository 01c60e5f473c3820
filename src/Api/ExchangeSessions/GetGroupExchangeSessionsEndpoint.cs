namespace LivingLibrary.Api.ExchangeSessions;

public static class GetGroupExchangeSessionsEndpoint
{
    public static ProblemDetails Validate(Group group, ClaimsPrincipal user) => Problems.FirstOf(group.MaySee(user.Caller()));

    [WolverineGet("/api/groups/{groupId}/exchange-sessions"), Tags("Exchange sessions"), EndpointSummary("A group's exchange sessions, latest first")]
    public static async Task<IReadOnlyList<ExchangeSession>> Get([ReadAggregate("groupId")] Group group, IQuerySession session) =>
        await session.Query<ExchangeSession>().Where(s => s.GroupId == group.Id).OrderByDescending(s => s.On).ToListAsync();
}
