using LivingLibrary.Api.Observatory;

namespace LivingLibrary.Api.Advocacy;

/// <summary>The figures a demand carries beside the same figures folded again from the events up to its cut-off.</summary>
public sealed record EvidenceCheck(Guid PointId, AdvocacyEvidence Recorded, AdvocacyEvidence Regenerated, bool Matches);

public static class CheckAdvocacyEvidenceEndpoint
{
    public static ProblemDetails Validate(ClaimsPrincipal user) => Problems.FirstOf(user.Caller().MayAdvocate());

    [WolverineGet("/api/advocacy/{pointId}/check"), Tags("Advocacy"), EndpointSummary("Regenerate a demand's figures from the events up to its cut-off and compare")]
    public static async Task<EvidenceCheck> Get([ReadAggregate("pointId")] AdvocacyPoint point, IQuerySession session)
    {
        var e = point.Evidence;
        var view = await session.ObservatoryAsOfAsync(e.From, e.To, e.CutOff);
        var regenerated = AdvocacyEvidence.Of(e.Service, e.Difficulty, e.CutOff, view);
        return new EvidenceCheck(point.Id, e, regenerated, regenerated == e);
    }
}
