using LivingLibrary.Api.Journal;
using LivingLibrary.Api.Participants;

namespace LivingLibrary.Api.Progress;

public static class GetParticipantProgressEndpoint
{
    public static async Task<ProblemDetails> ValidateAsync(Participant participant, ClaimsPrincipal user, IQuerySession session) =>
        Problems.FirstOf(await session.MayActOnAsync(participant, user));

    [WolverineGet("/api/participants/{participantId}/progress"), Tags("Evaluations"), ForCallers(CallerKinds.OrganisationStaff | CallerKinds.Participant), EndpointSummary("One participant's progress per skill, and the help they gave (a participant, their own)")]
    [Journalled(PersonalRead.Progress, "participantId")]
    public static async Task<PersonProgress> Get([ReadAggregate("participantId")] Participant participant, IQuerySession session) =>
        (await session.ProgressOfAsync([participant]))[0];
}
