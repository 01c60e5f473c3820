
namespace LivingLibrary.Api.Pairings;

public static class GetPairingEndpoint
{
    public static async Task<ProblemDetails> ValidateAsync(Pairing pairing, ClaimsPrincipal user, IQuerySession session) =>
        Problems.FirstOf(await session.MayActOnAsync(pairing, user));

    [WolverineGet("/api/pairings/{pairingId}"), Tags("Pairings"), EndpointSummary("A pairing: its state, why it was proposed, its sessions")]
    public static async Task<Pairing> Get([ReadAggregate("pairingId")] Pairing pairing, HttpResponse response, IQuerySession session, Catalogue catalogue)
    {
        response.Headers.ETag = Versions.ETag(pairing.Version);
        return await pairing.ExplainedAsync(session, catalogue) with { ByThemselves = await session.ByThemselvesAsync(pairing) };
    }
}

public static class GetPairingHistoryEndpoint
{
    public static async Task<ProblemDetails> ValidateAsync(Pairing pairing, ClaimsPrincipal user, IQuerySession session) =>
        Problems.FirstOf(await session.MayActOnAsync(pairing, user));

    [WolverineGet("/api/pairings/{pairingId}/history"), Tags("Pairings"), EndpointSummary("A pairing's events, oldest first")]
    public static Task<IReadOnlyList<HistoryEntry>> Get([ReadAggregate("pairingId")] Pairing pairing, IQuerySession session) =>
        session.HistoryOfAsync(pairing.Id);
}
