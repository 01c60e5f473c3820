using System.Security.Claims;
using LivingLibrary.Api.Platform;
using LivingLibrary.Domain.Groups;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace LivingLibrary.Api.Groups;

public static class CloseGroupEndpoint
{
    public static ProblemDetails Validate(CloseGroup command, Group group, ClaimsPrincipal user, HttpRequest request) =>
        Problems.FirstOf(
            group.MayManage(user.Caller()),
            GroupRules.Check(command),
            Versions.IfMatch(request, group.Version),
            group.IsOpen());

    [WolverinePost("/api/groups/{groupId}/close"), Tags("Groups"), EndpointSummary("Close a group")]
    public static (VersionedResult<Versioned>, Events) Post(CloseGroup command, [WriteAggregate("groupId")] Group group) =>
        (Versions.Accepted(group.Id, group.Version + 1), [GroupDecisions.Close(group, command)]);
}
