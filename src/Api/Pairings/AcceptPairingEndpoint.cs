namespace LivingLibrary.Api.Pairings;

public static class AcceptPairingEndpoint
{
    public static Task<Participant?> LoadAsync(Pairing pairing, IQuerySession session) => session.LoadAsync<Participant>(pairing.HelperId);

    /// <summary>Staff answer for either person; a participant only for themself, in a pairing they are in (docs/adr/0026).</summary>
    public static async Task<ProblemDetails> ValidateAsync(AcceptPairing command, Pairing pairing, ClaimsPrincipal user, IQuerySession session) =>
        Problems.FirstOf(await session.MayActOnAsync(pairing, user), pairing.MayAnswerFor(user.Caller(), command?.Party));

    /// <summary>
    /// The second acceptance starts the pairing and takes one of the helper's places. That place is
    /// appended to the helper's own stream at the version just read, so two pairings accepted at once
    /// for the last place cannot both start: the later one is refused (409) and appends nothing.
    /// </summary>
    [WolverinePost("/api/pairings/{pairingId}/accept"), Tags("Pairings"), EndpointSummary("Record that the learner or the helper accepted")]
    [ForCallers(CallerKinds.OrganisationStaff | CallerKinds.Participant)]
    public static (Reply<Pairing>, Events, IMartenOp) Post(AcceptPairing command, [WriteAggregate("pairingId")] Pairing pairing,
        Participant? helper, TimeProvider clock)
    {
        var (onPairing, onHelper) = command.Decide(pairing, helper, clock.Today());
        var (reply, events) = onPairing.Reply<Pairing>();
        var place = helper is null ? MartenOps.Nothing() : Decision.Append(onHelper).AppendAt(helper.Id, helper.Version);
        return (reply, events, place);
    }
}
