namespace LivingLibrary.Api.Participants;

public static class WithdrawConsentEndpoint
{
    public static async Task<ProblemDetails> ValidateAsync(Participant participant, ClaimsPrincipal user, IQuerySession session) =>
        Problems.FirstOf(await session.MayActOnAsync(participant, user));

    [WolverinePost("/api/participants/{participantId}/consent/withdraw"), Tags("Participants"), ForCallers(CallerKinds.OrganisationStaff | CallerKinds.Participant),
     EndpointSummary("Record that a participant withdrew their consent: nothing new is processed about them, nothing is erased (a participant, their own)")]
    public static (Reply<Participant>, Events) Post(WithdrawConsent command, [WriteAggregate("participantId")] Participant participant, TimeProvider clock) =>
        command.Decide(participant, clock.Today()).Reply<Participant>();
}
