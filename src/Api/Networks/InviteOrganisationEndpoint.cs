namespace LivingLibrary.Api.Networks;

public static class InviteOrganisationEndpoint
{
    public static Task<Network?> LoadAsync(Guid networkId, IDocumentSession session) => session.LoadNetworkAsync(networkId);

    public static ProblemDetails Validate(Network? network, ClaimsPrincipal user) => Problems.FirstOf(network.MayActFor(user.Caller()));

    [WolverinePost("/api/networks/{networkId}/invitations"), Tags("Networks"), EndpointSummary("Invite another organisation into the network")]
    [ProducesResponseType<Versioned>(StatusCodes.Status200OK)]
    public static IResult Post(InviteOrganisation command, [NotBody] Network network, ClaimsPrincipal user, IDocumentSession session, HttpResponse response) =>
        session.Append(network, command.Decide(network, user.Caller()), response);
}
