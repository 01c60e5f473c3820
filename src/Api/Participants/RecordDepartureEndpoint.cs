namespace LivingLibrary.Api.Participants;

public static class RecordDepartureEndpoint
{
    public static async Task<ProblemDetails> ValidateAsync(Participant participant, ClaimsPrincipal user, IQuerySession session) =>
        Problems.FirstOf(await session.MayActOnAsync(participant, user));

    [WolverinePost("/api/participants/{participantId}/leave"), Tags("Participants"), EndpointSummary("Record that a participant left their group")]
    public static (Reply<Participant>, Events) Post(RecordDeparture command, [WriteAggregate("participantId")] Participant participant, TimeProvider clock) =>
        command.Decide(participant, clock.Today()).Reply<Participant>();
}
