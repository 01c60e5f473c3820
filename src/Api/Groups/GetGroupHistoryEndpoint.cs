
namespace LivingLibrary.Api.Groups;

public static class GetGroupHistoryEndpoint
{
    public static ProblemDetails Validate(Group group, ClaimsPrincipal user) => Problems.FirstOf(group.MaySee(user.Caller()));

    [WolverineGet("/api/groups/{groupId}/history"), Tags("Groups"), EndpointSummary("A group's events, oldest first")]
    public static Task<IReadOnlyList<HistoryEntry>> Get([ReadAggregate("groupId")] Group group, IQuerySession session) =>
        session.HistoryOfAsync(group.Id);
}
