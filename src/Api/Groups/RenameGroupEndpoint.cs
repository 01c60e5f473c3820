namespace LivingLibrary.Api.Groups;

/// <summary>
/// The example slice (docs/adr/0006): Validate says who may (404/403), If-Match is the platform's,
/// the command decides on the group's state (400/409 or events), and the reply carries the new version.
/// </summary>
public static class RenameGroupEndpoint
{
    public static ProblemDetails Validate(Group group, ClaimsPrincipal user) => Problems.FirstOf(group.MayRun(user.Caller()));

    [WolverinePost("/api/groups/{groupId}/rename"), Tags("Groups"), EndpointSummary("Rename a group")]
    public static (Reply<Group>, Events) Post(RenameGroup command, [WriteAggregate("groupId")] Group group) =>
        command.Decide(group).Reply<Group>();
}
