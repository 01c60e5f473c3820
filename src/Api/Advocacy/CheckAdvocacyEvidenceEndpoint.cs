using LivingLibrary.Api.Observatory;

namespace LivingLibrary.Api.Advocacy;

/// <summary>
/// The figures a demand carries beside the same figures folded again from the events up to its cut-off, and the rules each
/// was built under: figures taken under other rules than today's cannot be regenerated as they were (docs/adr/0009).
/// </summary>
public sealed record EvidenceCheck(Guid PointId, AdvocacyEvidence Recorded, AdvocacyEvidence Regenerated, bool Matches, int RulesIssued, int RulesNow,
    CheckReason Reason);

public static class CheckAdvocacyEvidenceEndpoint
{
    public static ProblemDetails Validate(ClaimsPrincipal user) => Problems.FirstOf(user.Caller().MayAdvocate());

    [WolverineGet("/api/advocacy/{pointId}/check"), Tags("Advocacy"),
     EndpointSummary("Regenerate a demand's figures from the events up to its cut-off and compare them, and the rules they were taken under with today's")]
    public static async Task<EvidenceCheck> Get([ReadAggregate("pointId")] AdvocacyPoint point, IQuerySession session)
    {
        var e = point.Evidence;
        var view = await session.ObservatoryAsOfAsync(e.From, e.To, e.CutOff);
        var regenerated = AdvocacyEvidence.Of(e.Service, e.Difficulty, e.CutOff, view);
        var same = regenerated.SameFiguresAs(e);
        return new EvidenceCheck(point.Id, e, regenerated, same, e.Rules, regenerated.Rules, CheckReasons.Of(same, e.Rules, regenerated.Rules));
    }
}
