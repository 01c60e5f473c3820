using System.Security.Claims;
using LivingLibrary.Api.Participants;
using LivingLibrary.Api.Platform;
using LivingLibrary.Domain.Participants;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace LivingLibrary.Api.Diagnostic;

public static class WithdrawHelpOfferEndpoint
{
    public static async Task<ProblemDetails> ValidateAsync(string skill, Participant participant,
        ClaimsPrincipal user, HttpRequest request, IQuerySession session) =>
        Problems.FirstOf(
            await session.MayActOnAsync(participant, user),
            participant.HasOffer(skill),
            Versions.IfMatch(request, participant.Version),
            participant.IsActive());

    [WolverineDelete("/api/participants/{participantId}/offers/{skill}"), Tags("Diagnostic"), EndpointSummary("Withdraw an offer of help")]
    public static (VersionedResult<Versioned>, Events) Delete(string skill, [WriteAggregate("participantId")] Participant participant) =>
        (Versions.Accepted(participant.Id, participant.Version + 1), [new HelpOfferWithdrawn(participant.Id, skill)]);
}
