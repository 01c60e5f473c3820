
namespace LivingLibrary.Api.Groups;

public static class GetGroupsEndpoint
{
    /// <summary>A coordinator sees every group of the organisation; a facilitator, the groups assigned to them.</summary>
    [WolverineGet("/api/groups"), Tags("Groups"), EndpointSummary("The groups I may see")]
    public static async Task<IReadOnlyList<Group>> Get(IQuerySession session, ClaimsPrincipal user, bool includeClosed = false)
    {
        var caller = user.Caller();
        var query = session.Query<Group>().Where(g => includeClosed || !g.IsClosed);
        if (!caller.IsCoordinator) query = query.Where(g => g.Facilitators.Any(f => f.FacilitatorId == caller.UserId));
        return await query.OrderBy(g => g.Name).ToListAsync();
    }
}
