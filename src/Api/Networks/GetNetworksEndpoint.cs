namespace LivingLibrary.Api.Networks;

public static class GetNetworksEndpoint
{
    /// <summary>Networks live in tenants of their own: this is the one query across them, and it keeps only the caller's.</summary>
    [WolverineGet("/api/networks"), Tags("Networks"), EndpointSummary("The networks your organisation is in or invited to")]
    public static async Task<IReadOnlyList<Network>> Get(ClaimsPrincipal user, IQuerySession session)
    {
        var caller = user.Caller();
        var organisation = caller.OrganisationId;
        var networks = await session.Query<Network>()
            .Where(n => n.AnyTenant() && (n.Memberships.Any(m => m.OrganisationId == organisation) || n.Invited.Contains(organisation)))
            .ToListAsync();
        return [.. networks.Where(n => n.MaySee(caller) is null).OrderBy(n => n.Name, StringComparer.CurrentCulture)];
    }
}
