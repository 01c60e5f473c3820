using System.Security.Claims;
using LivingLibrary.Api.Platform;
using LivingLibrary.Domain.Groups;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace LivingLibrary.Api.Groups;

public static class RenameGroupEndpoint
{
    public static ProblemDetails Validate(RenameGroup command, Group group, ClaimsPrincipal user, HttpRequest request) =>
        Problems.FirstOf(
            group.MayRun(user.Caller()),
            GroupRules.Check(command),
            Versions.IfMatch(request, group.Version),
            group.IsOpen());

    [WolverinePost("/api/groups/{groupId}/rename"), Tags("Groups"), EndpointSummary("Rename a group")]
    public static (VersionedResult<Versioned>, Events) Post(RenameGroup command, [WriteAggregate("groupId")] Group group)
    {
        Events events = [.. GroupDecisions.Rename(group, command)];
        return (Versions.Accepted(group.Id, group.Version + events.Count), events);
    }
}
