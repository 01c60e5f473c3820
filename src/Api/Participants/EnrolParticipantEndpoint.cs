namespace LivingLibrary.Api.Participants;

public static class EnrolParticipantEndpoint
{
    public static ProblemDetails Validate(EnrolParticipant command, Group group, ClaimsPrincipal user, TimeProvider clock) =>
        Problems.FirstOf(group.MayRun(user.Caller()), command.Check(clock.Today()), group.IsOpen());

    [WolverinePost("/api/groups/{groupId}/participants"), Tags("Participants"), EndpointSummary("Enrol a participant in a group")]
    [ProducesResponseType<CreatedId>(StatusCodes.Status201Created)]
    public static (IResult, IMartenOp) Post(EnrolParticipant command, [ReadAggregate("groupId")] Group group, TimeProvider clock)
    {
        var participantId = Guid.CreateVersion7();
        return command.Decide(participantId, group, clock.Today()).Start<Participant>(participantId, $"/api/participants/{participantId}");
    }
}
