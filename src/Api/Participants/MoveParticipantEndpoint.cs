namespace LivingLibrary.Api.Participants;

public static class MoveParticipantEndpoint
{
    public static async Task<Group?> LoadAsync(MoveParticipant command, IQuerySession session) =>
        command.GroupId is { } groupId ? await session.LoadAsync<Group>(groupId) : null;

    /// <summary>Moving someone takes running both groups.</summary>
    public static async Task<ProblemDetails> ValidateAsync(Participant participant, Group? target, ClaimsPrincipal user, IQuerySession session) =>
        Problems.FirstOf(await session.MayActOnAsync(participant, user), target?.MayRun(user.Caller()));

    [WolverinePost("/api/participants/{participantId}/move"), Tags("Participants"), EndpointSummary("Move a participant to another group of the organisation")]
    public static (Reply<Participant>, Events) Post(MoveParticipant command, [WriteAggregate("participantId")] Participant participant, Group? target, TimeProvider clock) =>
        command.Decide(participant, target, clock.Today()).Reply<Participant>();
}
