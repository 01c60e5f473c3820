using LivingLibrary.Api.Participants;

namespace LivingLibrary.Api.Diagnostic;

public static class WithdrawHelpOfferEndpoint
{
    public static async Task<ProblemDetails> ValidateAsync(Participant participant, ClaimsPrincipal user, IQuerySession session) =>
        Problems.FirstOf(await session.MayActOnAsync(participant, user));

    [WolverineDelete("/api/participants/{participantId}/offers/{skill}"), Tags("Diagnostic"), EndpointSummary("Withdraw an offer of help")]
    public static (Reply<Participant>, Events) Delete(string skill, [WriteAggregate("participantId")] Participant participant) =>
        new WithdrawHelpOffer(skill).Decide(participant).Reply<Participant>();
}
