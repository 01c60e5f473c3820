namespace LivingLibrary.Api.Networks;

/// <summary>
/// A network's stream lives in its own tenant, so an organisation's request reaches it through its session's
/// <c>ForTenant</c>: the same transaction, the same optimistic check on the version it was read at (docs/adr/0011).
/// </summary>
public static class NetworkStreams
{
    public static Task<Network?> LoadNetworkAsync(this IDocumentSession session, Guid networkId) =>
        session.ForTenant(Network.TenantOf(networkId)).LoadAsync<Network>(networkId);

    /// <summary>The decision's events appended at the version the network was read at; the answer as for any command (ADR 6).</summary>
    public static IResult Append(this IDocumentSession session, Network network, Decision decision, HttpResponse response)
    {
        if (decision.Refusal is { } refused) return Results.Problem(refused.ToProblem());
        var version = network.Version + decision.Events.Count;
        if (decision.Events.Count > 0) session.ForTenant(Network.TenantOf(network.Id)).Events.Append(network.Id, version, [.. decision.Events]);
        response.Headers.ETag = Versions.ETag(version);
        return Results.Json(new Versioned(network.Id, version));
    }
}
