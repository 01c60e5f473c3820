using System.Security.Claims;
using LivingLibrary.Api.Platform;
using LivingLibrary.Domain.Pairings;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace LivingLibrary.Api.Pairings;

public static class EndPairingEndpoint
{
    public static async Task<ProblemDetails> ValidateAsync(EndPairing command, Pairing pairing,
        ClaimsPrincipal user, HttpRequest request, IQuerySession session) =>
        Problems.FirstOf(
            await session.MayActOnAsync(pairing, user),
            PairingRules.Check(command),
            Versions.IfMatch(request, pairing.Version),
            pairing.IsActive());

    /// <summary>Ends the help, with its outcome and both sides' feedback; the helper's place is freed. A pair that went badly is never suggested again.</summary>
    [WolverinePost("/api/pairings/{pairingId}/end"), Tags("Pairings"), EndpointSummary("End a pairing, with the reason and both sides' feedback")]
    public static (VersionedResult<Versioned>, Events, AppendToStream) Post(EndPairing command, [WriteAggregate("pairingId")] Pairing pairing)
    {
        var (ended, released) = PairingDecisions.End(pairing, command, PairingAccess.Today());
        return (Versions.Accepted(pairing.Id, pairing.Version + 1), [ended], new AppendToStream(pairing.HelperId, released));
    }
}
