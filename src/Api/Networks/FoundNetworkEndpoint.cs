namespace LivingLibrary.Api.Networks;

public static class FoundNetworkEndpoint
{
    public static ProblemDetails Validate(ClaimsPrincipal user) => Problems.FirstOf(user.Caller().MayFound());

    [WolverinePost("/api/networks"), Tags("Networks"), EndpointSummary("Found a network of organisations: yours is its first member")]
    [ProducesResponseType<CreatedId>(StatusCodes.Status201Created)]
    public static (IResult, IMartenOp) Post(FoundNetwork command, ClaimsPrincipal user, TimeProvider clock)
    {
        var networkId = Guid.CreateVersion7();
        var decision = command.Decide(networkId, user.Caller(), clock.Today());
        return decision.Refusal is { } refused
            ? (Results.Problem(refused.ToProblem()), MartenOps.Nothing())
            : (Results.Created($"/api/networks/{networkId}", new CreatedId(networkId)),
                MartenOps.StartStream<Network>(networkId, Network.TenantOf(networkId), [.. decision.Events]));
    }
}
