using LivingLibrary.Api.Participants;

namespace LivingLibrary.Api.Cards;

public static class RevokeCardEndpoint
{
    public static async Task<ProblemDetails> ValidateAsync(Participant participant, ClaimsPrincipal user, IQuerySession session) =>
        Problems.FirstOf(await session.MayActOnAsync(participant, user));

    [WolverinePost("/api/participants/{participantId}/card/revoke"), Tags("Participants"),
     EndpointSummary("Revoke a participant's card: its code signs no one in, and every phone signed in as them is signed out")]
    public static (Reply<Participant>, Events) Post(RevokeCard command, [WriteAggregate("participantId")] Participant participant,
        IDocumentSession session, ClaimsPrincipal user)
    {
        var decision = command.Decide(participant);
        if (decision.Events.Count > 0) session.ForgetCards(user.Caller().OrganisationId, participant.Id);
        return decision.Reply<Participant>();
    }
}
