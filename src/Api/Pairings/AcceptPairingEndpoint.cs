using System.Security.Claims;
using LivingLibrary.Api.Platform;
using LivingLibrary.Domain;
using LivingLibrary.Domain.Pairings;
using LivingLibrary.Domain.Participants;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace LivingLibrary.Api.Pairings;

public static class AcceptPairingEndpoint
{
    public static Task<Participant?> LoadAsync(Pairing pairing, IQuerySession session) => session.LoadAsync<Participant>(pairing.HelperId);

    public static async Task<ProblemDetails> ValidateAsync(AcceptPairing command, Pairing pairing, Participant? helper,
        ClaimsPrincipal user, HttpRequest request, IQuerySession session) =>
        Problems.FirstOf(
            await session.MayActOnAsync(pairing, user),
            PairingRules.Check(command),
            Versions.IfMatch(request, pairing.Version),
            pairing.IsProposed(),
            !Starts(pairing, command) ? null
            : helper is null ? Refusal.Conflict("The helper is no longer a participant.")
            : helper.HasRoom());

    /// <summary>
    /// The second acceptance starts the pairing and takes one of the helper's places. That place is
    /// appended to the helper's own stream at the version just read, so two pairings accepted at once
    /// for the last place cannot both start: the later one is refused (409) and appends nothing.
    /// </summary>
    [WolverinePost("/api/pairings/{pairingId}/accept"), Tags("Pairings"), EndpointSummary("Record that the learner or the helper accepted")]
    public static (VersionedResult<Versioned>, Events, IMartenOp) Post(AcceptPairing command, [WriteAggregate("pairingId")] Pairing pairing, Participant helper)
    {
        var (onPairing, onHelper) = PairingDecisions.Accept(pairing, command.Party!.Value, PairingAccess.Today());
        IMartenOp place = onHelper.Count == 0
            ? MartenOps.Nothing()
            : new AppendToStream(helper.Id, [.. onHelper]) { ExpectedVersion = helper.Version + onHelper.Count }; // Marten expects the version after the append
        return (Versions.Accepted(pairing.Id, pairing.Version + onPairing.Count), [.. onPairing], place);
    }

    private static bool Starts(Pairing pairing, AcceptPairing command) =>
        command.Party is { } party && !pairing.AcceptedBy.Contains(party) && pairing.AcceptedBy.Count == 1;
}
