using System.Security.Claims;
using LivingLibrary.Api.Platform;
using LivingLibrary.Domain.Groups;
using LivingLibrary.Domain.Participants;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace LivingLibrary.Api.Participants;

public sealed record ParticipantEnrolledResponse(Guid Id) : CreationResponse($"/api/participants/{Id}");

public static class EnrolParticipantEndpoint
{
    public static ProblemDetails Validate(EnrolParticipant command, Group group, ClaimsPrincipal user) =>
        Problems.FirstOf(group.MayRun(user.Caller()), ParticipantRules.Check(command), group.IsOpen());

    [WolverinePost("/api/groups/{groupId}/participants"), Tags("Participants"), EndpointSummary("Enrol a participant in a group")]
    public static (ParticipantEnrolledResponse, IStartStream) Post(EnrolParticipant command, [ReadAggregate("groupId")] Group group)
    {
        var participantId = Guid.CreateVersion7();
        return (new ParticipantEnrolledResponse(participantId),
            MartenOps.StartStream<Participant>(participantId, ParticipantDecisions.Enrol(participantId, group.Id, command)));
    }
}
