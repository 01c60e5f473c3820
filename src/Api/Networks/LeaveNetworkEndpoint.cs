using LivingLibrary.Api.Observatory;

namespace LivingLibrary.Api.Networks;

public static class LeaveNetworkEndpoint
{
    public static Task<Network?> LoadAsync(Guid networkId, IDocumentSession session) => session.LoadNetworkAsync(networkId);

    public static ProblemDetails Validate(Network? network, ClaimsPrincipal user) => Problems.FirstOf(network.MayActFor(user.Caller()));

    /// <summary>
    /// What the organisation shared stays with the network as it is now: its months folded from every case event
    /// recorded before this one, kept in the network's tenant in the same transaction as the leaving. The knowledge it
    /// shared is withdrawn.
    /// </summary>
    [WolverinePost("/api/networks/{networkId}/leave"), Tags("Networks"), EndpointSummary("Leave the network: it keeps your figures as they are now, and nothing later")]
    [ProducesResponseType<Versioned>(StatusCodes.Status200OK)]
    public static async Task<IResult> Post([NotBody] Network network, ClaimsPrincipal user, IDocumentSession session, HttpResponse response, TimeProvider clock)
    {
        var decision = LeaveNetwork.Decide(network, user.Caller(), clock.Today());
        if (decision.Events.Count > 0)
        {
            var organisation = user.Caller().OrganisationId;
            var networkTenant = session.ForTenant(Network.TenantOf(network.Id));
            networkTenant.Store(new NetworkShare(organisation, await session.ObservatoryMonthsAsOfAsync(DateTimeOffset.MaxValue)));
            // Its knowledge is its own: the entries it shared are withdrawn.
            networkTenant.DeleteWhere<SharedKnowledgeEntry>(e => e.OrganisationId == organisation);
        }
        return session.Append(network, decision, response);
    }
}
