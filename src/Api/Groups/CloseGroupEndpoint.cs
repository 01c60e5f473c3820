namespace LivingLibrary.Api.Groups;

public static class CloseGroupEndpoint
{
    public static ProblemDetails Validate(Group group, ClaimsPrincipal user) => Problems.FirstOf(group.MayManage(user.Caller()));

    [WolverinePost("/api/groups/{groupId}/close"), Tags("Groups"), EndpointSummary("Close a group")]
    public static (Reply<Group>, Events) Post(CloseGroup command, [WriteAggregate("groupId")] Group group) =>
        command.Decide(group).Reply<Group>();
}
