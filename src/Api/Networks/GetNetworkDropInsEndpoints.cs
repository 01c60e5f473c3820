using LivingLibrary.Api.Observatory;

namespace LivingLibrary.Api.Networks;

/// <summary>
/// A network's drop-ins, read at request time from its current members' cases (each reduced to a <see cref="Visit"/> in
/// memory, nothing personal leaves), in one round trip (docs/adr/0034). People are counted once within each member.
/// </summary>
public static class NetworkVisits
{
    public static async Task<IReadOnlyList<(string Organisation, IReadOnlyList<Visit> Visits, IReadOnlyDictionary<Guid, string> Desks)>> MemberVisitsAsync(
        this IDocumentStore store, Network network, string from, string to)
    {
        var members = network.Members.Order(StringComparer.Ordinal).ToArray();
        if (members.Length == 0) return [];
        var (first, last) = (GetVisitorsObservatoryEndpoint.FirstDay(from), GetVisitorsObservatoryEndpoint.LastDay(to));
        await using var across = store.QuerySession();
        var batch = across.CreateBatchQuery();
        var byMember = members.Select(member => (member,
            Cases: batch.Query<ProblemCase>().Where(c => c.TenantIsOneOf(member) && c.DeskId != null && c.Status != CaseStatus.Voided
                && c.SessionOn >= first && c.SessionOn <= last).ToList(),
            Desks: batch.Query<DropInDesk>().Where(d => d.TenantIsOneOf(member)).ToList())).ToList();
        await batch.Execute();
        return [.. byMember.Select(m => Visits(m.member, m.Cases.Result, m.Desks.Result.ToDictionary(d => d.Id)))];
    }

    /// <summary>A member's visits, each with its desk's description, and its desks' names.</summary>
    private static (string, IReadOnlyList<Visit>, IReadOnlyDictionary<Guid, string>) Visits(string member, IEnumerable<ProblemCase> cases,
        Dictionary<Guid, DropInDesk> desks) =>
        (member, [.. cases.Select(Visit.Of).OfType<Visit>().Select(v => v.At(desks.GetValueOrDefault(v.DeskId)))],
            desks.ToDictionary(d => d.Key, d => d.Value.Name));
}

public static class GetNetworkDropInsEndpoint
{
    public static Task<Network?> LoadAsync(Guid networkId, IQuerySession session) => session.LoadAsync<Network>(networkId);

    public static ProblemDetails Validate(Network? network, ClaimsPrincipal user, string? from, string? to, TimeProvider clock) =>
        Problems.FirstOf(network.MayView(user.NetworkCaller()), new ObservatoryPeriod(from, to).Check(clock.Today()));

    [WolverineGet("/api/networks/{networkId}/drop-ins"), Tags("Networks"), ForCallers(CallerKinds.NetworkCoordinator)]
    [EndpointSummary("The network's drop-ins desk by desk over whole months: sessions, requests and people, per session on average, no figure under three (network coordinators)")]
    public static async Task<NetworkDesksView> Get([NotBody] Network network, string? from, string? to, IDocumentStore store, TimeProvider clock)
    {
        var (first, last, _) = new ObservatoryPeriod(from, to).Resolve(clock.Today());
        return NetworkDesksView.Of(first, last, await store.MemberVisitsAsync(network, first, last));
    }
}

public static class GetNetworkVisitorsEndpoint
{
    public static Task<Network?> LoadAsync(Guid networkId, IQuerySession session) => session.LoadAsync<Network>(networkId);

    public static ProblemDetails Validate(Network? network, ClaimsPrincipal user, string? from, string? to, TimeProvider clock) =>
        Problems.FirstOf(network.MayView(user.NetworkCaller()), new ObservatoryPeriod(from, to).Check(clock.Today()));

    [WolverineGet("/api/networks/{networkId}/observatory/visitors"), Tags("Networks"), ForCallers(CallerKinds.NetworkCoordinator)]
    [EndpointSummary("Who came to the network's drop-ins over whole months: by first language and postcode area, each member's and the network's, no figure under three (network coordinators)")]
    public static async Task<VisitorsView> Get([NotBody] Network network, string? from, string? to, IDocumentStore store, TimeProvider clock)
    {
        var (first, last, _) = new ObservatoryPeriod(from, to).Resolve(clock.Today());
        return VisitorsView.OfNetwork(first, last, [.. (await store.MemberVisitsAsync(network, first, last)).Select(m => (m.Organisation, m.Visits))]);
    }
}
