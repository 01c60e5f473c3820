using LivingLibrary.Api.Participants;

namespace LivingLibrary.Api.Diagnostic;

public static class ReviewHelpOfferEndpoint
{
    public static async Task<ProblemDetails> ValidateAsync(Participant participant, ClaimsPrincipal user, IQuerySession session) =>
        Problems.FirstOf(await session.MayActOnAsync(participant, user));

    [WolverinePost("/api/participants/{participantId}/offers/{skill}/review"), Tags("Diagnostic"), EndpointSummary("Confirm or correct the level of an offer")]
    public static (Reply<Participant>, Events) Post(ReviewHelpOffer command, string skill, [WriteAggregate("participantId")] Participant participant) =>
        command.Decide(participant, skill).Reply<Participant>();
}
