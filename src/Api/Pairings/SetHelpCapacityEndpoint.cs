using System.Security.Claims;
using LivingLibrary.Api.Participants;
using LivingLibrary.Api.Platform;
using LivingLibrary.Domain.Pairings;
using LivingLibrary.Domain.Participants;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace LivingLibrary.Api.Pairings;

public static class SetHelpCapacityEndpoint
{
    public static async Task<ProblemDetails> ValidateAsync(SetHelpCapacity command, Participant participant,
        ClaimsPrincipal user, HttpRequest request, IQuerySession session) =>
        Problems.FirstOf(
            await session.MayActOnAsync(participant, user),
            PairingRules.Check(command),
            Versions.IfMatch(request, participant.Version),
            participant.IsActive());

    /// <summary>Lowering it below the people helped now ends nobody's help; it only stops new pairings.</summary>
    [WolverinePost("/api/participants/{participantId}/capacity"), Tags("Pairings"), EndpointSummary("Set how many people a helper can help at once")]
    public static (VersionedResult<Versioned>, Events) Post(SetHelpCapacity command, [WriteAggregate("participantId")] Participant participant)
    {
        Events events = participant.Capacity == command.Capacity ? [] : [new HelpCapacitySet(participant.Id, command.Capacity!.Value)];
        return (Versions.Accepted(participant.Id, participant.Version + events.Count), events);
    }
}
