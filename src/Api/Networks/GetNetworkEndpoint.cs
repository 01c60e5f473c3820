namespace LivingLibrary.Api.Networks;

public static class GetNetworkEndpoint
{
    public static Task<Network?> LoadAsync(Guid networkId, IDocumentSession session) => session.LoadNetworkAsync(networkId);

    public static ProblemDetails Validate(Network? network, ClaimsPrincipal user) =>
        Problems.FirstOf(Security.KindOf(user) == CallerKinds.NetworkCoordinator ? network.MayView(user.NetworkCaller()) : network.MaySee(user.Caller()));

    [WolverineGet("/api/networks/{networkId}"), Tags("Networks"), ForCallers(CallerKinds.OrganisationStaff | CallerKinds.NetworkCoordinator)]
    [EndpointSummary("A network: its members (and who left), the organisations invited, its coordinators")]
    public static Network Get([NotBody] Network network) => network;
}
