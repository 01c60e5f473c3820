using LivingLibrary.Api.Participants;

namespace LivingLibrary.Api.Cards;

public static class SignOutEverywhereEndpoint
{
    /// <summary>The participant themself, or the staff who may act on them; anyone else is told it does not exist.</summary>
    public static async Task<ProblemDetails> ValidateAsync(Participant participant, ClaimsPrincipal user, IQuerySession session) =>
        Problems.FirstOf(user.Caller() is { IsParticipant: true } caller
            ? (caller.ParticipantId == participant.Id ? null : Refusal.NotFound(Thing.Participant))
            : await session.MayActOnAsync(participant, user));

    [WolverinePost("/api/participants/{participantId}/sign-out-everywhere"), Tags("Participants"),
     ForCallers(CallerKinds.OrganisationStaff | CallerKinds.Participant),
     EndpointSummary("Sign a participant out on every phone and computer: by the participant themself, or by the staff of their group")]
    public static (Reply<Participant>, Events) Post(SignOutEverywhere command, [WriteAggregate("participantId")] Participant participant) =>
        command.Decide(participant).Reply<Participant>();
}
