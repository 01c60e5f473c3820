using System.Security.Claims;
using LivingLibrary.Api.Platform;
using LivingLibrary.Domain;
using LivingLibrary.Domain.Groups;
using LivingLibrary.Domain.Participants;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace LivingLibrary.Api.Participants;

public static class MoveParticipantEndpoint
{
    /// <summary>Moving someone takes running both groups; the target must be an open group of the same organisation.</summary>
    public static async Task<ProblemDetails> ValidateAsync(MoveParticipant command, Participant participant,
        ClaimsPrincipal user, HttpRequest request, IQuerySession session)
    {
        var target = command.GroupId is { } groupId ? await session.LoadAsync<Group>(groupId) : null;
        return Problems.FirstOf(
            await session.MayActOnAsync(participant, user),
            ParticipantRules.Check(command, participant),
            target is null ? Refusal.Invalid("groupId", "is not a group of your organisation.") : target.MayReceiveParticipants(user.Caller()),
            Versions.IfMatch(request, participant.Version),
            participant.IsActive());
    }

    [WolverinePost("/api/participants/{participantId}/move"), Tags("Participants"), EndpointSummary("Move a participant to another group of the organisation")]
    public static (VersionedResult<Versioned>, Events) Post(MoveParticipant command, [WriteAggregate("participantId")] Participant participant) =>
        (Versions.Accepted(participant.Id, participant.Version + 1), [ParticipantDecisions.Move(participant, command)]);
}
