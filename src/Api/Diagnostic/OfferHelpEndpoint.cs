using System.Security.Claims;
using LivingLibrary.Api.Competences;
using LivingLibrary.Api.Participants;
using LivingLibrary.Api.Platform;
using LivingLibrary.Domain.Participants;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace LivingLibrary.Api.Diagnostic;

public static class OfferHelpEndpoint
{
    public static async Task<ProblemDetails> ValidateAsync(OfferHelp command, Participant participant,
        ClaimsPrincipal user, HttpRequest request, IQuerySession session) =>
        Problems.FirstOf(
            await session.MayActOnAsync(participant, user),
            ParticipantRules.Check(command, await session.SkillCatalogueAsync()),
            Versions.IfMatch(request, participant.Version),
            participant.IsActive());

    [WolverinePost("/api/participants/{participantId}/offers"), Tags("Diagnostic"), EndpointSummary("Record that a participant can help with a skill")]
    public static (VersionedResult<Versioned>, Events) Post(OfferHelp command, [WriteAggregate("participantId")] Participant participant)
    {
        Events events = [.. ParticipantDecisions.Offer(participant, command)];
        return (Versions.Accepted(participant.Id, participant.Version + events.Count), events);
    }
}
