using LivingLibrary.Api.Participants;

namespace LivingLibrary.Api.Pairings;

public static class SetHelpCapacityEndpoint
{
    public static async Task<ProblemDetails> ValidateAsync(Participant participant, ClaimsPrincipal user, IQuerySession session) =>
        Problems.FirstOf(await session.MayActOnAsync(participant, user));

    [WolverinePost("/api/participants/{participantId}/capacity"), Tags("Pairings"), EndpointSummary("Set how many people a helper can help at once")]
    public static (Reply<Participant>, Events) Post(SetHelpCapacity command, [WriteAggregate("participantId")] Participant participant) =>
        command.Decide(participant).Reply<Participant>();
}
