using LivingLibrary.Domain.Pairings.Suggestions;

namespace LivingLibrary.Api.Pairings;

public static class GetPairingWeightsEndpoint
{
    [WolverineGet("/api/pairing-weights"), Tags("Pairings"), EndpointSummary("How the organisation weighs preferences in pairing suggestions")]
    public static Task<PairingWeights> Get(IQuerySession session) => session.PairingWeightsAsync();
}

public static class SetPairingWeightsEndpoint
{
    public static ProblemDetails Validate(PairingWeights weights, ClaimsPrincipal user) =>
        Problems.FirstOf(user.Caller().IsCoordinator ? null : Refusal.Forbidden(Says.CoordinatorSetsWeights),
            OrganisationSettings.Check(weights));

    [WolverinePut("/api/pairing-weights"), Tags("Pairings"), EndpointSummary("Set how the organisation weighs preferences (coordinators)")]
    public static async Task<(PairingWeights, IMartenOp)> Put(PairingWeights weights, IQuerySession session)
    {
        var streamId = OrganisationSettings.StreamId(session.TenantId);
        var state = await session.Events.FetchStreamStateAsync(streamId);
        return (weights, state is null
            ? MartenOps.StartStream<OrganisationSettings>(streamId, new PairingWeightsSet(weights))
            : new AppendToStream(streamId, new PairingWeightsSet(weights)));
    }
}
