namespace LivingLibrary.Api.Pairings;

public static class VoidHelpSessionEndpoint
{
    public static async Task<ProblemDetails> ValidateAsync(Pairing pairing, ClaimsPrincipal user, IQuerySession session) =>
        Problems.FirstOf(await session.MayActOnAsync(pairing, user));

    [WolverinePost("/api/pairings/{pairingId}/sessions/{helpSessionId}/void"), Tags("Pairings"),
     EndpointSummary("Void a help session logged by mistake, with the reason: it counts nowhere, its record stays in the history")]
    public static (Reply<Pairing>, Events) Post(VoidHelpSession command, [WriteAggregate("pairingId")] Pairing pairing, Guid helpSessionId, ClaimsPrincipal user) =>
        command.Decide(pairing, helpSessionId, user.Caller().UserId).Reply<Pairing>();
}
