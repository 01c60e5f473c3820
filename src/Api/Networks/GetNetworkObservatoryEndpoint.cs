using LivingLibrary.Api.Observatory;

namespace LivingLibrary.Api.Networks;

public static class GetNetworkObservatoryEndpoint
{
    /// <summary>The session is the network's own tenant (the token's network): another network is not there.</summary>
    public static Task<Network?> LoadAsync(Guid networkId, IQuerySession session) => session.LoadAsync<Network>(networkId);

    public static ProblemDetails Validate(Network? network, ClaimsPrincipal user, string? from, string? to, string? format, TimeProvider clock) =>
        Problems.FirstOf(network.MayView(user.NetworkCaller()), new ObservatoryPeriod(from, to).Check(clock.Today()), ObservatoryCsv.Check(format));

    [WolverineGet("/api/networks/{networkId}/observatory"), Tags("Networks"), ForCallers(CallerKinds.NetworkCoordinator)]
    [EndpointSummary("The network's observatory: its members' cases summed, no figure under three (network coordinators; format json or csv)")]
    [ProducesResponseType<ObservatoryView>(StatusCodes.Status200OK), AlsoAnswers(Observatory.ObservatoryCsv.ContentType)]
    public static async Task<IResult> Get([NotBody] Network network, string? from, string? to, bool? byMonth, string? format, IQuerySession session,
        IDocumentStore store, TimeProvider clock)
    {
        var (first, last, months) = new ObservatoryPeriod(from, to).Resolve(clock.Today());
        var members = await session.MemberMonthsAsync(store, network, months);
        var view = ObservatoryView.Of(first, last, byMonth ?? false, NetworkActivityView.NetworkTable(first, last, members), null);
        return ObservatoryCsv.Write(view, format, format == "csv" ? await store.MemberServicesAsync(members) : ServiceList.BuiltIn);
    }
}
