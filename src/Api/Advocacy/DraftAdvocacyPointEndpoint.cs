using LivingLibrary.Api.Observatory;

namespace LivingLibrary.Api.Advocacy;

public static class DraftAdvocacyPointEndpoint
{
    public static Task<AdvocacyInputs> LoadAsync(IQuerySession session) => AdvocacyInputs.LoadAsync(session);

    public static ProblemDetails Validate(ClaimsPrincipal user) => Problems.FirstOf(user.Caller().MayAdvocate());

    [WolverinePost("/api/advocacy"), Tags("Advocacy"), EndpointSummary("Draft a demand to a service or an authority, with the observatory's figures at a cut-off")]
    [ProducesResponseType<CreatedId>(StatusCodes.Status201Created)]
    public static async Task<(IResult, IMartenOp)> Post(DraftAdvocacyPoint command, AdvocacyInputs inputs, IQuerySession session, TimeProvider clock)
    {
        if (command.Check(inputs.Services, inputs.RecordedUpTo) is { } refused) return (Results.Problem(refused.ToProblem()), MartenOps.Nothing());
        var pointId = Guid.CreateVersion7();
        var evidence = await session.EvidenceAsync(command.Evidence, inputs.RecordedUpTo, clock.Today());
        return command.Decide(pointId, evidence).Start<AdvocacyPoint>(pointId, $"/api/advocacy/{pointId}");
    }
}
