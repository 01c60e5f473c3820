using System.Security.Claims;
using LivingLibrary.Api.Platform;
using LivingLibrary.Domain.Participants;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace LivingLibrary.Api.Participants;

public static class UpdateParticipantDetailsEndpoint
{
    public static async Task<ProblemDetails> ValidateAsync(UpdateParticipantDetails command, Participant participant,
        ClaimsPrincipal user, HttpRequest request, IQuerySession session) =>
        Problems.FirstOf(
            await session.MayActOnAsync(participant, user),
            ParticipantRules.Check(command),
            Versions.IfMatch(request, participant.Version),
            participant.IsActive());

    [WolverinePost("/api/participants/{participantId}/details"), Tags("Participants"), EndpointSummary("Update a participant's name, languages, availability and contact")]
    public static (VersionedResult<Versioned>, Events) Post(UpdateParticipantDetails command, [WriteAggregate("participantId")] Participant participant)
    {
        Events events = [.. ParticipantDecisions.Update(participant, command)];
        return (Versions.Accepted(participant.Id, participant.Version + events.Count), events);
    }
}
