namespace LivingLibrary.Api.Groups;

public static class AssignFacilitatorEndpoint
{
    public static ProblemDetails Validate(Group group, ClaimsPrincipal user) => Problems.FirstOf(group.MayManage(user.Caller()));

    [WolverinePost("/api/groups/{groupId}/facilitators"), Tags("Groups"), EndpointSummary("Assign a facilitator to a group")]
    public static (Reply<Group>, Events) Post(AssignFacilitator command, [WriteAggregate("groupId")] Group group) =>
        command.Decide(group).Reply<Group>();
}
