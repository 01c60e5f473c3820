using System.Security.Claims;
using LivingLibrary.Api.Platform;
using LivingLibrary.Domain.Pairings;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace LivingLibrary.Api.Pairings;

public static class DeclinePairingEndpoint
{
    public static async Task<ProblemDetails> ValidateAsync(DeclinePairing command, Pairing pairing,
        ClaimsPrincipal user, HttpRequest request, IQuerySession session) =>
        Problems.FirstOf(
            await session.MayActOnAsync(pairing, user),
            PairingRules.Check(command),
            Versions.IfMatch(request, pairing.Version),
            pairing.IsProposed());

    /// <summary>One of the two said no (party given, with their reason if they gave one), or the facilitator withdrew the proposal.</summary>
    [WolverinePost("/api/pairings/{pairingId}/decline"), Tags("Pairings"), EndpointSummary("Record that the proposal was declined or withdrawn")]
    public static (VersionedResult<Versioned>, Events) Post(DeclinePairing command, [WriteAggregate("pairingId")] Pairing pairing) =>
        (Versions.Accepted(pairing.Id, pairing.Version + 1), [PairingDecisions.Decline(pairing, command)]);
}
