namespace LivingLibrary.Api.Pairings;

public static class LogHelpSessionEndpoint
{
    public static async Task<ProblemDetails> ValidateAsync(Pairing pairing, ClaimsPrincipal user, IQuerySession session) =>
        Problems.FirstOf(await session.MayActOnAsync(pairing, user));

    [WolverinePost("/api/pairings/{pairingId}/sessions"), Tags("Pairings"), EndpointSummary("Log a help session: when, how long, what was worked on, how the learner felt")]
    public static (Reply<Pairing>, Events) Post(LogHelpSession command, [WriteAggregate("pairingId")] Pairing pairing, TimeProvider clock) =>
        command.Decide(Guid.CreateVersion7(), pairing, clock.Today()).Reply<Pairing>();
}
