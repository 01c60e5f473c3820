using System.Security.Claims;
using LivingLibrary.Api.Platform;
using LivingLibrary.Domain.Groups;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace LivingLibrary.Api.Groups;

public sealed record GroupCreatedResponse(Guid Id) : CreationResponse($"/api/groups/{Id}");

public static class CreateGroupEndpoint
{
    public static ProblemDetails Validate(CreateGroup command, ClaimsPrincipal user) =>
        Problems.FirstOf(user.Caller().MayCreateGroups(), GroupRules.Check(command));

    [WolverinePost("/api/groups"), Tags("Groups"), EndpointSummary("Create a group")]
    public static (GroupCreatedResponse, IStartStream) Post(CreateGroup command)
    {
        var groupId = Guid.CreateVersion7();
        return (new GroupCreatedResponse(groupId), MartenOps.StartStream<Group>(groupId, GroupDecisions.Create(groupId, command)));
    }
}
