using System.Security.Claims;
using LivingLibrary.Api.Participants;
using LivingLibrary.Api.Platform;
using LivingLibrary.Domain.Participants;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace LivingLibrary.Api.Diagnostic;

public static class ReviewHelpOfferEndpoint
{
    public static async Task<ProblemDetails> ValidateAsync(ReviewHelpOffer command, string skill, Participant participant,
        ClaimsPrincipal user, HttpRequest request, IQuerySession session) =>
        Problems.FirstOf(
            await session.MayActOnAsync(participant, user),
            participant.HasOffer(skill),
            ParticipantRules.Check(command),
            Versions.IfMatch(request, participant.Version),
            participant.IsActive());

    /// <summary>After seeing the person help, a facilitator confirms the level of the offer, or corrects it.</summary>
    [WolverinePost("/api/participants/{participantId}/offers/{skill}/review"), Tags("Diagnostic"), EndpointSummary("Confirm or correct the level of an offer")]
    public static (VersionedResult<Versioned>, Events) Post(ReviewHelpOffer command, string skill, [WriteAggregate("participantId")] Participant participant) =>
        (Versions.Accepted(participant.Id, participant.Version + 1), [new HelpOfferReviewed(participant.Id, skill, command.Level!.Value)]);
}
