namespace LivingLibrary.Api.Participants;

public static class RecordConsentEndpoint
{
    public static async Task<ProblemDetails> ValidateAsync(Participant participant, ClaimsPrincipal user, IQuerySession session) =>
        Problems.FirstOf(await session.MayActOnAsync(participant, user));

    [WolverinePost("/api/participants/{participantId}/consent"), Tags("Participants"), ForCallers(CallerKinds.OrganisationStaff | CallerKinds.Participant), EndpointSummary("Record the consent a participant gave to a (new) notice (a participant, their own)")]
    public static (Reply<Participant>, Events) Post(RecordConsent command, [WriteAggregate("participantId")] Participant participant,
        TimeProvider clock) =>
        command.Decide(participant, clock.Today()).Reply<Participant>();
}
