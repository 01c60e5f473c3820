namespace LivingLibrary.Api.Participants;

public static class UpdateParticipantDetailsEndpoint
{
    public static async Task<ProblemDetails> ValidateAsync(Participant participant, ClaimsPrincipal user, IQuerySession session) =>
        Problems.FirstOf(await session.MayActOnAsync(participant, user));

    [WolverinePost("/api/participants/{participantId}/details"), Tags("Participants"), EndpointSummary("Update a participant's name, languages, availability and contact")]
    public static (Reply<Participant>, Events) Post(UpdateParticipantDetails command, [WriteAggregate("participantId")] Participant participant) =>
        command.Decide(participant).Reply<Participant>();
}
