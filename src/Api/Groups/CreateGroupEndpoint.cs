namespace LivingLibrary.Api.Groups;

public sealed record GroupCreatedResponse(Guid Id) : CreationResponse($"/api/groups/{Id}");

public static class CreateGroupEndpoint
{
    public static ProblemDetails Validate(CreateGroup command, ClaimsPrincipal user, TimeProvider clock) =>
        Problems.FirstOf(user.Caller().MayCreateGroups(), command.Check(clock.Today()));

    [WolverinePost("/api/groups"), Tags("Groups"), EndpointSummary("Create a group")]
    public static (GroupCreatedResponse, IStartStream) Post(CreateGroup command, TimeProvider clock)
    {
        var groupId = Guid.CreateVersion7();
        return (new GroupCreatedResponse(groupId), MartenOps.StartStream<Group>(groupId, [.. command.Decide(groupId, clock.Today()).Events]));
    }
}
