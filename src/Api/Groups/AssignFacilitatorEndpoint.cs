using System.Security.Claims;
using LivingLibrary.Api.Platform;
using LivingLibrary.Domain.Groups;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace LivingLibrary.Api.Groups;

public static class AssignFacilitatorEndpoint
{
    public static ProblemDetails Validate(AssignFacilitator command, Group group, ClaimsPrincipal user, HttpRequest request) =>
        Problems.FirstOf(
            group.MayManage(user.Caller()),
            GroupRules.Check(command),
            Versions.IfMatch(request, group.Version),
            group.IsOpen());

    /// <summary>Assigning someone already assigned only updates how their name is shown.</summary>
    [WolverinePost("/api/groups/{groupId}/facilitators"), Tags("Groups"), EndpointSummary("Assign a facilitator to a group")]
    public static (VersionedResult<Versioned>, Events) Post(AssignFacilitator command, [WriteAggregate("groupId")] Group group)
    {
        Events events = [.. GroupDecisions.Assign(group, command)];
        return (Versions.Accepted(group.Id, group.Version + events.Count), events);
    }
}
