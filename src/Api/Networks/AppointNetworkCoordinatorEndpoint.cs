namespace LivingLibrary.Api.Networks;

public static class AppointNetworkCoordinatorEndpoint
{
    public static Task<Network?> LoadAsync(Guid networkId, IDocumentSession session) => session.LoadNetworkAsync(networkId);

    public static ProblemDetails Validate(Network? network, ClaimsPrincipal user) => Problems.FirstOf(network.MayActFor(user.Caller()));

    [WolverinePost("/api/networks/{networkId}/coordinators"), Tags("Networks"), EndpointSummary("Appoint a network coordinator, who sees the network's views and no organisation's")]
    [ProducesResponseType<Versioned>(StatusCodes.Status200OK)]
    public static IResult Post(AppointNetworkCoordinator command, [NotBody] Network network, ClaimsPrincipal user, IDocumentSession session, HttpResponse response) =>
        session.Append(network, command.Decide(network, user.Caller()), response);
}
