namespace LivingLibrary.Api.Networks;

public static class RemoveNetworkCoordinatorEndpoint
{
    public static Task<Network?> LoadAsync(Guid networkId, IDocumentSession session) => session.LoadNetworkAsync(networkId);

    public static ProblemDetails Validate(Network? network, ClaimsPrincipal user) => Problems.FirstOf(network.MayActFor(user.Caller()));

    [WolverineDelete("/api/networks/{networkId}/coordinators/{userId}"), Tags("Networks"), EndpointSummary("Remove a network coordinator")]
    [ProducesResponseType<Versioned>(StatusCodes.Status200OK)]
    public static IResult Delete(string userId, [NotBody] Network network, ClaimsPrincipal user, IDocumentSession session, HttpResponse response) =>
        session.Append(network, RemoveNetworkCoordinator.Decide(network, user.Caller(), userId), response);
}
