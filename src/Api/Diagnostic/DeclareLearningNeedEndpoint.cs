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

public sealed record LearningNeedAdded(Guid ParticipantId, Guid NeedId, int Version);

public static class DeclareLearningNeedEndpoint
{
    public static async Task<ProblemDetails> ValidateAsync(DeclareLearningNeed command, Participant participant,
        ClaimsPrincipal user, HttpRequest request, IQuerySession session) =>
        Problems.FirstOf(
            await session.MayActOnAsync(participant, user),
            ParticipantRules.Check(command, await session.SkillCatalogueAsync()),
            Versions.IfMatch(request, participant.Version),
            participant.IsActive(),
            participant.HasNoNeedFor(command.Skill));

    [WolverinePost("/api/participants/{participantId}/needs"), Tags("Diagnostic"), EndpointSummary("Record that a participant wants to learn a skill")]
    public static (VersionedResult<LearningNeedAdded>, Events) Post(DeclareLearningNeed command, [WriteAggregate("participantId")] Participant participant)
    {
        var needId = Guid.CreateVersion7();
        var version = participant.Version + 1;
        return (new VersionedResult<LearningNeedAdded>(new LearningNeedAdded(participant.Id, needId, version), version),
            [ParticipantDecisions.Declare(participant, needId, command)]);
    }
}
