namespace LivingLibrary.Api.Pairings;

public static class DeclinePairingEndpoint
{
    public static async Task<ProblemDetails> ValidateAsync(Pairing pairing, ClaimsPrincipal user, IQuerySession session) =>
        Problems.FirstOf(await session.MayActOnAsync(pairing, user));

    [WolverinePost("/api/pairings/{pairingId}/decline"), Tags("Pairings"), EndpointSummary("Record that the learner or the helper said no")]
    public static (Reply<Pairing>, Events) Post(DeclinePairing command, [WriteAggregate("pairingId")] Pairing pairing) =>
        command.Decide(pairing).Reply<Pairing>();
}
