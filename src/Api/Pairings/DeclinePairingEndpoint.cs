namespace LivingLibrary.Api.Pairings;

public static class DeclinePairingEndpoint
{
    /// <summary>Staff answer for either person; a participant only for themself, in a pairing they are in (docs/adr/0026).</summary>
    public static async Task<ProblemDetails> ValidateAsync(DeclinePairing command, Pairing pairing, ClaimsPrincipal user, IQuerySession session) =>
        Problems.FirstOf(await session.MayActOnAsync(pairing, user), pairing.MayAnswerFor(user.Caller(), command?.Party));

    [WolverinePost("/api/pairings/{pairingId}/decline"), Tags("Pairings"), EndpointSummary("Record that the learner or the helper said no")]
    [ForCallers(CallerKinds.OrganisationStaff | CallerKinds.Participant)]
    public static (Reply<Pairing>, Events) Post(DeclinePairing command, [WriteAggregate("pairingId")] Pairing pairing) =>
        command.Decide(pairing).Reply<Pairing>();
}
