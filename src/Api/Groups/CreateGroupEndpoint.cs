namespace LivingLibrary.Api.Groups;

public sealed record GroupCreatedResponse(Guid Id) : CreationResponse($"/api/groups/{Id}");

public static class CreateGroupEndpoint
{
    public static ProblemDetails Validate(CreateGroup command, ClaimsPrincipal user) =>
        Problems.FirstOf(user.Caller().MayCreateGroups(), command.Check());

    [WolverinePost("/api/groups"), Tags("Groups"), EndpointSummary("Create a group")]
    public static (GroupCreatedResponse, IStartStream) Post(CreateGroup command)
    {
        var groupId = Guid.CreateVersion7();
        return (new GroupCreatedResponse(groupId), MartenOps.StartStream<Group>(groupId, [.. command.Decide(groupId).Events]));
    }
}
