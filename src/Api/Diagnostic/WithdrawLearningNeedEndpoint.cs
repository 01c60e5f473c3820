using LivingLibrary.Api.Participants;

namespace LivingLibrary.Api.Diagnostic;

public static class WithdrawLearningNeedEndpoint
{
    public static async Task<ProblemDetails> ValidateAsync(Participant participant, ClaimsPrincipal user, IQuerySession session) =>
        Problems.FirstOf(await session.MayActOnAsync(participant, user));

    [WolverineDelete("/api/participants/{participantId}/needs/{needId}"), Tags("Diagnostic"), EndpointSummary("Withdraw a learning need")]
    public static (Reply<Participant>, Events) Delete(Guid needId, [WriteAggregate("participantId")] Participant participant) =>
        new WithdrawLearningNeed(needId).Decide(participant).Reply<Participant>();
}
