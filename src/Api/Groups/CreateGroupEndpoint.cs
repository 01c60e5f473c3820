namespace LivingLibrary.Api.Groups;

public static class CreateGroupEndpoint
{
    public static ProblemDetails Validate(CreateGroup command, ClaimsPrincipal user, TimeProvider clock) =>
        Problems.FirstOf(user.Caller().MayCreateGroups(), command.Check(clock.Today()));

    [WolverinePost("/api/groups"), Tags("Groups"), EndpointSummary("Create a group")]
    [ProducesResponseType<CreatedId>(StatusCodes.Status201Created)]
    public static (IResult, IMartenOp) Post(CreateGroup command, TimeProvider clock)
    {
        var groupId = Guid.CreateVersion7();
        return command.Decide(groupId, clock.Today()).Start<Group>(groupId, $"/api/groups/{groupId}");
    }
}
