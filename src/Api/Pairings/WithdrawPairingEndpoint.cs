namespace LivingLibrary.Api.Pairings;

public static class WithdrawPairingEndpoint
{
    public static async Task<ProblemDetails> ValidateAsync(Pairing pairing, ClaimsPrincipal user, IQuerySession session) =>
        Problems.FirstOf(await session.MayActOnAsync(pairing, user));

    [WolverinePost("/api/pairings/{pairingId}/withdraw"), Tags("Pairings"), EndpointSummary("Take back a proposal before it starts")]
    public static (Reply<Pairing>, Events) Post(WithdrawPairing command, [WriteAggregate("pairingId")] Pairing pairing) =>
        command.Decide(pairing).Reply<Pairing>();
}
