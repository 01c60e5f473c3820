using System.Security.Claims;
using LivingLibrary.Api.Participants;
using LivingLibrary.Api.Platform;
using LivingLibrary.Domain.Participants;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace LivingLibrary.Api.Diagnostic;

public static class WithdrawLearningNeedEndpoint
{
    public static async Task<ProblemDetails> ValidateAsync(Guid needId, Participant participant,
        ClaimsPrincipal user, HttpRequest request, IQuerySession session) =>
        Problems.FirstOf(
            await session.MayActOnAsync(participant, user),
            participant.HasNeed(needId),
            Versions.IfMatch(request, participant.Version),
            participant.IsActive());

    [WolverineDelete("/api/participants/{participantId}/needs/{needId}"), Tags("Diagnostic"), EndpointSummary("Withdraw a learning need")]
    public static (VersionedResult<Versioned>, Events) Delete(Guid needId, [WriteAggregate("participantId")] Participant participant) =>
        (Versions.Accepted(participant.Id, participant.Version + 1), [new LearningNeedWithdrawn(participant.Id, needId)]);
}
