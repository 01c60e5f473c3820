using System.Security.Claims;
using LivingLibrary.Api.Platform;
using LivingLibrary.Domain.Groups;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace LivingLibrary.Api.Groups;

public static class RescheduleGroupEndpoint
{
    public static ProblemDetails Validate(RescheduleGroup command, Group group, ClaimsPrincipal user, HttpRequest request) =>
        Problems.FirstOf(
            group.MayRun(user.Caller()),
            GroupRules.Check(command),
            Versions.IfMatch(request, group.Version),
            group.IsOpen());

    [WolverinePost("/api/groups/{groupId}/reschedule"), Tags("Groups"), EndpointSummary("Change a group's period")]
    public static (VersionedResult<Versioned>, Events) Post(RescheduleGroup command, [WriteAggregate("groupId")] Group group)
    {
        Events events = [.. GroupDecisions.Reschedule(group, command)];
        return (Versions.Accepted(group.Id, group.Version + events.Count), events);
    }
}
