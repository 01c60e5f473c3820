
namespace LivingLibrary.Api.Participants;

public static class GetGroupParticipantsEndpoint
{
    public static ProblemDetails Validate(Group group, ClaimsPrincipal user) => Problems.FirstOf(group.MaySee(user.Caller()));

    [WolverineGet("/api/groups/{groupId}/participants"), Tags("Participants"), EndpointSummary("The participants of a group")]
    public static async Task<IReadOnlyList<Participant>> Get([ReadAggregate("groupId")] Group group, IQuerySession session, bool includeLeft = false) =>
        await session.Query<Participant>()
            .Where(p => p.GroupId == group.Id && (includeLeft || !p.HasLeft))
            .OrderBy(p => p.Person.DisplayName)
            .ToListAsync();
}
