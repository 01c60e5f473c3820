using LivingLibrary.Api.Journal;
using LivingLibrary.Api.Participants;
using LivingLibrary.Projections.Pairings;

namespace LivingLibrary.Api.Pairings;

public static class GetParticipantPairingsEndpoint
{
    public static async Task<ProblemDetails> ValidateAsync(Participant participant, ClaimsPrincipal user, IQuerySession session) =>
        Problems.FirstOf(await session.MayActOnAsync(participant, user));

    [WolverineGet("/api/participants/{participantId}/pairings"), Tags("Pairings"), EndpointSummary("A participant's pairings, as learner and as helper")]
    [Journalled(PersonalRead.Pairings, "participantId")]
    public static async Task<IReadOnlyList<PairingSummary>> Get([ReadAggregate("participantId")] Participant participant, IQuerySession session)
    {
        var pairings = await session.PairingsOfAsync([participant.Id]);
        return PairingViews.Summaries(pairings, await session.PeopleAsync(pairings));
    }
}
