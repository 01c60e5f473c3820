using System.Security.Claims;
using LivingLibrary.Api.Platform;
using LivingLibrary.Domain.Pairings;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace LivingLibrary.Api.Pairings;

public static class LogHelpSessionEndpoint
{
    public static async Task<ProblemDetails> ValidateAsync(LogHelpSession command, Pairing pairing,
        ClaimsPrincipal user, HttpRequest request, IQuerySession session) =>
        Problems.FirstOf(
            await session.MayActOnAsync(pairing, user),
            PairingRules.Check(command, PairingAccess.Today()),
            Versions.IfMatch(request, pairing.Version),
            pairing.IsActive());

    [WolverinePost("/api/pairings/{pairingId}/sessions"), Tags("Pairings"), EndpointSummary("Log a help session: when, how long, what was worked on, how the learner felt")]
    public static (VersionedResult<Versioned>, Events) Post(LogHelpSession command, [WriteAggregate("pairingId")] Pairing pairing) =>
        (Versions.Accepted(pairing.Id, pairing.Version + 1), [PairingDecisions.Log(pairing, command)]);
}
