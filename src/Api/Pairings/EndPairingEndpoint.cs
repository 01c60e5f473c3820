namespace LivingLibrary.Api.Pairings;

public static class EndPairingEndpoint
{
    public static async Task<ProblemDetails> ValidateAsync(Pairing pairing, ClaimsPrincipal user, IQuerySession session) =>
        Problems.FirstOf(await session.MayActOnAsync(pairing, user));

    [WolverinePost("/api/pairings/{pairingId}/end"), Tags("Pairings"), EndpointSummary("End a pairing, with the reason and both sides' feedback")]
    public static (Reply<Pairing>, Events, IMartenOp) Post(EndPairing command, [WriteAggregate("pairingId")] Pairing pairing, TimeProvider clock)
    {
        var (onPairing, onHelper) = command.Decide(pairing, clock.Today());
        var (reply, events) = onPairing.Reply<Pairing>();
        return (reply, events, onHelper.Count == 0 ? MartenOps.Nothing() : new AppendToStream(pairing.HelperId, [.. onHelper]));
    }
}
