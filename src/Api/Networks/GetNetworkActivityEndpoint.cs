namespace LivingLibrary.Api.Networks;

public static class GetNetworkActivityEndpoint
{
    public static Task<Network?> LoadAsync(Guid networkId, IQuerySession session) => session.LoadAsync<Network>(networkId);

    public static ProblemDetails Validate(Network? network, ClaimsPrincipal user, string? from, string? to, TimeProvider clock) =>
        Problems.FirstOf(network.MayView(user.NetworkCaller()), new ObservatoryPeriod(from, to).Check(clock.Today()));

    [WolverineGet("/api/networks/{networkId}/activity"), Tags("Networks"), ForCallers(CallerKinds.NetworkCoordinator)]
    [EndpointSummary("The network's activity: each member organisation's cases, where they stand, the hours spent, no figure under three (network coordinators)")]
    public static async Task<NetworkActivityView> Get([NotBody] Network network, string? from, string? to, IQuerySession session, IDocumentStore store, TimeProvider clock)
    {
        var (first, last, months) = new ObservatoryPeriod(from, to).Resolve(clock.Today());
        return NetworkActivityView.Of(first, last, await session.MemberMonthsAsync(store, network, months));
    }
}
