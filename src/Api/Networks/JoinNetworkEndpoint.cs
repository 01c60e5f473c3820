namespace LivingLibrary.Api.Networks;

public static class JoinNetworkEndpoint
{
    public static Task<Network?> LoadAsync(Guid networkId, IDocumentSession session) => session.LoadNetworkAsync(networkId);

    public static ProblemDetails Validate(Network? network, ClaimsPrincipal user) => Problems.FirstOf(network.MayActFor(user.Caller()));

    [WolverinePost("/api/networks/{networkId}/join"), Tags("Networks"), EndpointSummary("Accept your organisation's invitation: its observatory is shared from now on")]
    [ProducesResponseType<Versioned>(StatusCodes.Status200OK)]
    /// <summary>Joining again: the organisation's figures are shared live again, in place of what it left behind.</summary>
    public static IResult Post([NotBody] Network network, ClaimsPrincipal user, IDocumentSession session, HttpResponse response, TimeProvider clock)
    {
        var decision = JoinNetwork.Decide(network, user.Caller(), clock.Today());
        if (decision.Events.Count > 0) session.ForTenant(Network.TenantOf(network.Id)).Delete<NetworkShare>(user.Caller().OrganisationId);
        return session.Append(network, decision, response);
    }
}
