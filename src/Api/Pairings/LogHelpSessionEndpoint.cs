namespace LivingLibrary.Api.Pairings;

public static class LogHelpSessionEndpoint
{
    /// <summary>Staff log any session of the pairings they run; a participant only one they gave, as the helper (docs/adr/0026).</summary>
    public static async Task<ProblemDetails> ValidateAsync(Pairing pairing, ClaimsPrincipal user, IQuerySession session) =>
        Problems.FirstOf(await session.MayActOnAsync(pairing, user), pairing.MayRecordSessionOf(user.Caller()));

    [WolverinePost("/api/pairings/{pairingId}/sessions"), Tags("Pairings"), EndpointSummary("Log a help session: when, how long, what was worked on, how the learner felt")]
    [ForCallers(CallerKinds.OrganisationStaff | CallerKinds.Participant)]
    public static (Reply<Pairing>, Events) Post(LogHelpSession command, [WriteAggregate("pairingId")] Pairing pairing, TimeProvider clock) =>
        command.Decide(Guid.CreateVersion7(), pairing, clock.Today()).Reply<Pairing>();
}
