namespace LivingLibrary.Api.Pairings;

public static class CorrectHelpSessionEndpoint
{
    public static async Task<ProblemDetails> ValidateAsync(Pairing pairing, ClaimsPrincipal user, IQuerySession session) =>
        Problems.FirstOf(await session.MayActOnAsync(pairing, user));

    [WolverinePost("/api/pairings/{pairingId}/sessions/{helpSessionId}/correct"), Tags("Pairings"),
     EndpointSummary("Correct a help session's facts, with the reason: they count as corrected, the first record stays in the history")]
    public static (Reply<Pairing>, Events) Post(CorrectHelpSession command, [WriteAggregate("pairingId")] Pairing pairing, Guid helpSessionId,
        ClaimsPrincipal user, TimeProvider clock) =>
        command.Decide(pairing, helpSessionId, user.Caller().UserId, clock.Today()).Reply<Pairing>();
}
