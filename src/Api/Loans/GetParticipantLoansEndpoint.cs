using LivingLibrary.Api.Journal;
using LivingLibrary.Api.Participants;

namespace LivingLibrary.Api.Loans;

public static class GetParticipantLoansEndpoint
{
    public static async Task<ProblemDetails> ValidateAsync(Participant participant, ClaimsPrincipal user, IQuerySession session) =>
        Problems.FirstOf(await session.MayActOnAsync(participant, user));

    [WolverineGet("/api/participants/{participantId}/loans"), Tags("Loans"), EndpointSummary("The devices a participant borrowed, the latest loan first")]
    [Journalled(PersonalRead.Loans, "participantId")]
    public static Task<IReadOnlyList<BorrowerLoan>> Get([ReadAggregate("participantId")] Participant participant, IQuerySession session,
        ClaimsPrincipal user, TimeProvider clock) =>
        session.LoansOfAsync(participant.Id, user.Caller(), clock.Today());
}
