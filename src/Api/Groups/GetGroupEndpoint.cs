
namespace LivingLibrary.Api.Groups;

public static class GetGroupEndpoint
{
    public static ProblemDetails Validate(Group group, ClaimsPrincipal user) => Problems.FirstOf(group.MaySee(user.Caller()));

    [WolverineGet("/api/groups/{groupId}"), Tags("Groups"), EndpointSummary("One group, with its version as ETag")]
    public static Group Get([ReadAggregate("groupId")] Group group, HttpResponse response)
    {
        response.Headers.ETag = Versions.ETag(group.Version);
        return group;
    }
}
