using System.Security.Claims;
using LivingLibrary.Api.Platform;
using LivingLibrary.Domain.Participants;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace LivingLibrary.Api.Participants;

public static class RecordDepartureEndpoint
{
    public static async Task<ProblemDetails> ValidateAsync(RecordDeparture command, Participant participant,
        ClaimsPrincipal user, HttpRequest request, IQuerySession session) =>
        Problems.FirstOf(
            await session.MayActOnAsync(participant, user),
            ParticipantRules.Check(command),
            Versions.IfMatch(request, participant.Version),
            participant.IsActive());

    [WolverinePost("/api/participants/{participantId}/leave"), Tags("Participants"), EndpointSummary("Record that a participant left their group")]
    public static (VersionedResult<Versioned>, Events) Post(RecordDeparture command, [WriteAggregate("participantId")] Participant participant) =>
        (Versions.Accepted(participant.Id, participant.Version + 1), [ParticipantDecisions.Leave(participant, command)]);
}
