namespace LivingLibrary.Api.Groups;

public static class RemoveFacilitatorEndpoint
{
    public static ProblemDetails Validate(Group group, ClaimsPrincipal user) => Problems.FirstOf(group.MayManage(user.Caller()));

    [WolverineDelete("/api/groups/{groupId}/facilitators/{facilitatorId}"), Tags("Groups"), EndpointSummary("Remove a facilitator from a group")]
    public static (Reply<Group>, Events) Delete(string facilitatorId, [WriteAggregate("groupId")] Group group) =>
        new RemoveFacilitator(facilitatorId).Decide(group).Reply<Group>();
}
