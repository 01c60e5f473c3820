using System.Security.Claims;
using LivingLibrary.Api.Platform;
using LivingLibrary.Domain.Participants;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace LivingLibrary.Api.Participants;

public static class RecordConsentEndpoint
{
    public static async Task<ProblemDetails> ValidateAsync(RecordConsent command, Participant participant,
        ClaimsPrincipal user, HttpRequest request, IQuerySession session) =>
        Problems.FirstOf(
            await session.MayActOnAsync(participant, user),
            ParticipantRules.Check(command),
            Versions.IfMatch(request, participant.Version),
            participant.IsActive());

    [WolverinePost("/api/participants/{participantId}/consent"), Tags("Participants"), EndpointSummary("Record the consent a participant gave to a (new) notice")]
    public static (VersionedResult<Versioned>, Events) Post(RecordConsent command, [WriteAggregate("participantId")] Participant participant) =>
        (Versions.Accepted(participant.Id, participant.Version + 1),
            [new ConsentRecorded(participant.Id, new Consent(command.Notice!, command.GivenOn!.Value))]);
}
