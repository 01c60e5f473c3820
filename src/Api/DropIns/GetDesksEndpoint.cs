namespace LivingLibrary.Api.DropIns;

public static class GetDesksEndpoint
{
    /// <summary>A coordinator sees every desk of the organisation; anyone else, the desks they staff.</summary>
    [WolverineGet("/api/desks"), Tags("Drop-ins"), EndpointSummary("The drop-in desks I may see")]
    public static async Task<IReadOnlyList<DropInDesk>> Get(IQuerySession session, ClaimsPrincipal user, bool includeClosed = false)
    {
        var caller = user.Caller();
        var query = session.Query<DropInDesk>().Where(d => includeClosed || !d.IsClosed);
        if (!caller.IsCoordinator) query = query.Where(d => d.Staff.Any(s => s.UserId == caller.UserId));
        return await query.OrderBy(d => d.Name).ToListAsync();
    }
}
