using LivingLibrary.Api.Library;

namespace LivingLibrary.Api.ExchangeSessions;

public sealed record SessionGroup(Group? Group, IReadOnlyList<Guid> Members);

public static class RecordAttendanceEndpoint
{
    public static async Task<SessionGroup> LoadAsync(ExchangeSession exchange, IQuerySession session) =>
        new(await session.LoadAsync<Group>(exchange.GroupId),
            await session.MemberIdsAsync(exchange.GroupId));

    public static ProblemDetails Validate(SessionGroup group, ClaimsPrincipal user) =>
        Problems.FirstOf(group.Group is null || group.Group.MayRun(user.Caller()) is not null ? Refusal.NotFound(Thing.ExchangeSession) : null);

    [WolverinePost("/api/exchange-sessions/{sessionId}/attendance"), Tags("Exchange sessions"), EndpointSummary("Correct who attended an exchange session")]
    public static (Reply<ExchangeSession>, Events) Post(RecordAttendance command, [WriteAggregate("sessionId")] ExchangeSession exchange, SessionGroup group) =>
        command.Decide(exchange, group.Group!, [.. group.Members]).Reply<ExchangeSession>();
}
