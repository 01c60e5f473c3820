namespace LivingLibrary.Api.Groups;

public static class RescheduleGroupEndpoint
{
    public static ProblemDetails Validate(Group group, ClaimsPrincipal user) => Problems.FirstOf(group.MayRun(user.Caller()));

    [WolverinePost("/api/groups/{groupId}/reschedule"), Tags("Groups"), EndpointSummary("Change a group's period")]
    public static (Reply<Group>, Events) Post(RescheduleGroup command, [WriteAggregate("groupId")] Group group, TimeProvider clock) =>
        command.Decide(group, clock.Today()).Reply<Group>();
}
