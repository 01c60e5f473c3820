using LivingLibrary.Api.Observatory;

namespace LivingLibrary.Api.Advocacy;

public static class UpdateAdvocacyEvidenceEndpoint
{
    public static Task<AdvocacyInputs> LoadAsync(IQuerySession session) => AdvocacyInputs.LoadAsync(session);

    public static ProblemDetails Validate(ClaimsPrincipal user) => Problems.FirstOf(user.Caller().MayAdvocate());

    [WolverinePost("/api/advocacy/{pointId}/evidence"), Tags("Advocacy"), EndpointSummary("Take a draft demand's figures again: another period, or a later cut-off")]
    public static async Task<(Reply<AdvocacyPoint>, Events)> Post(UpdateAdvocacyEvidence command, [WriteAggregate("pointId")] AdvocacyPoint point,
        AdvocacyInputs inputs, IQuerySession session, TimeProvider clock)
    {
        if (command.Check(point, inputs.Services, inputs.RecordedUpTo) is { } refused) return ((Decision)refused).Reply<AdvocacyPoint>();
        var evidence = await session.EvidenceAsync(command.Evidence(point), inputs.RecordedUpTo, clock.Today());
        return UpdateAdvocacyEvidence.Decide(point, evidence).Reply<AdvocacyPoint>();
    }
}
