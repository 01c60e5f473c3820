namespace LivingLibrary.Api.Participants;

public sealed record ParticipantEnrolledResponse(Guid Id) : CreationResponse($"/api/participants/{Id}");

public static class EnrolParticipantEndpoint
{
    public static ProblemDetails Validate(EnrolParticipant command, Group group, ClaimsPrincipal user, TimeProvider clock) =>
        Problems.FirstOf(group.MayRun(user.Caller()), command.Check(clock.Today()), group.IsOpen());

    [WolverinePost("/api/groups/{groupId}/participants"), Tags("Participants"), EndpointSummary("Enrol a participant in a group")]
    public static (ParticipantEnrolledResponse, IStartStream) Post(EnrolParticipant command, [ReadAggregate("groupId")] Group group, TimeProvider clock)
    {
        var participantId = Guid.CreateVersion7();
        return (new ParticipantEnrolledResponse(participantId),
            MartenOps.StartStream<Participant>(participantId, [.. command.Decide(participantId, group, clock.Today()).Events]));
    }
}
