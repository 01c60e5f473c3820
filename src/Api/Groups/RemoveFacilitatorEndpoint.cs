using System.Security.Claims;
using LivingLibrary.Api.Platform;
using LivingLibrary.Domain.Groups;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace LivingLibrary.Api.Groups;

public static class RemoveFacilitatorEndpoint
{
    public static ProblemDetails Validate(Group group, ClaimsPrincipal user, HttpRequest request) =>
        Problems.FirstOf(
            group.MayManage(user.Caller()),
            Versions.IfMatch(request, group.Version),
            group.IsOpen());

    /// <summary>Removing someone who is not assigned changes nothing, as a repeated DELETE should.</summary>
    [WolverineDelete("/api/groups/{groupId}/facilitators/{facilitatorId}"), Tags("Groups"), EndpointSummary("Remove a facilitator from a group")]
    public static (VersionedResult<Versioned>, Events) Delete(string facilitatorId, [WriteAggregate("groupId")] Group group)
    {
        Events events = [.. GroupDecisions.Remove(group, facilitatorId)];
        return (Versions.Accepted(group.Id, group.Version + events.Count), events);
    }
}
