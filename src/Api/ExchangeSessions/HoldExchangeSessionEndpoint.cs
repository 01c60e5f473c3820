using LivingLibrary.Api.Library;

namespace LivingLibrary.Api.ExchangeSessions;

/// <summary>The participants of a group now: who may attend its sessions.</summary>
public sealed record GroupMembers(IReadOnlyList<Guid> Ids);

public static class HoldExchangeSessionEndpoint
{
    public static async Task<GroupMembers> LoadAsync(Group group, IQuerySession session) =>
        new(await session.MemberIdsAsync(group.Id));

    public static ProblemDetails Validate(Group group, ClaimsPrincipal user) => Problems.FirstOf(group.MayRun(user.Caller()));

    [WolverinePost("/api/groups/{groupId}/exchange-sessions"), Tags("Exchange sessions"), EndpointSummary("Record an exchange session the group held, and who attended")]
    [ProducesResponseType<CreatedId>(StatusCodes.Status201Created)]
    public static (IResult, IMartenOp) Post(HoldExchangeSession command, [ReadAggregate("groupId")] Group group, GroupMembers members, TimeProvider clock)
    {
        var sessionId = Guid.CreateVersion7();
        return command.Decide(sessionId, group, [.. members.Ids], clock.Today()).Start<ExchangeSession>(sessionId, $"/api/exchange-sessions/{sessionId}");
    }
}
