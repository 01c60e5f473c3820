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

public static class RecordAssessmentEndpoint
{
    public static async Task<ProblemDetails> ValidateAsync(RecordAssessment command, Participant participant,
        ClaimsPrincipal user, HttpRequest request, IQuerySession session) =>
        Problems.FirstOf(
            await session.MayActOnAsync(participant, user),
            ParticipantRules.Check(command, await session.SkillCatalogueAsync()),
            Versions.IfMatch(request, participant.Version),
            participant.IsActive());

    /// <summary>The intake diagnostic and every later assessment: one event per level, so the history is the progress.</summary>
    [WolverinePost("/api/participants/{participantId}/assessments"), Tags("Diagnostic"), EndpointSummary("Record levels seen in a diagnostic or assessment")]
    public static (VersionedResult<Versioned>, Events) Post(RecordAssessment command, [WriteAggregate("participantId")] Participant participant)
    {
        Events events = [.. ParticipantDecisions.Assess(participant, command)];
        return (Versions.Accepted(participant.Id, participant.Version + events.Count), events);
    }
}
