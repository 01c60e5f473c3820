using LivingLibrary.Api.Journal;
using LivingLibrary.Api.Networks;

namespace LivingLibrary.Api.Cases;

/// <summary>A learning need the case revealed, and the pairings made for it: case, need, pairing, progress.</summary>
public sealed record NeedChain(Guid NeedId, string Skill, IReadOnlyList<PairingLink> Pairings);

public sealed record PairingLink(Guid PairingId, PairingStatus Status, int Sessions, PairingOutcome? Outcome);

/// <param name="RecordedBy">Who posted it: "participant" when the participant did, for themself; "staff" otherwise.</param>
/// <param name="ToMember">The referral to a member of a network, with that member's answer (docs/adr/0033).</param>
public sealed record CaseView(ProblemCase Case, IReadOnlyList<NeedChain> Needs, string? RecordedBy = null, ReferralAnswer? ToMember = null);

public static class GetCaseEndpoint
{
    public static async Task<ProblemDetails> ValidateAsync(ProblemCase problem, ClaimsPrincipal user, IQuerySession session) =>
        Problems.FirstOf(await session.MayActOnAsync(problem, user));

    [WolverineGet("/api/cases/{caseId}"), Tags("Cases"), EndpointSummary("One case, with the learning needs it revealed and their pairings; its version as ETag")]
    [Journalled(PersonalRead.Case, "caseId", NamedBy.Case)]
    public static async Task<CaseView> Get([ReadAggregate("caseId")] ProblemCase problem, IQuerySession session, HttpResponse response)
    {
        response.Headers.ETag = Versions.ETag(problem.Version);
        var needIds = problem.RevealedNeeds.Select(n => n.NeedId).ToArray();
        var pairings = needIds.Length == 0 ? [] : await session.Query<Pairing>().Where(p => p.NeedId.IsOneOf(needIds)).ToListAsync();
        var postedBy = await session.PostedByAsync([problem.Id]);
        return new CaseView(problem, [.. problem.RevealedNeeds.Select(n => new NeedChain(n.NeedId, n.Skill,
            [.. pairings.Where(p => p.NeedId == n.NeedId).Select(p => new PairingLink(p.Id, p.Status, p.Sessions.Count, p.Outcome))]))],
            postedBy.GetValueOrDefault(problem.Id),
            problem.ToMember is { } link ? ReferralAnswer.Of(link, await session.ReferralOfAsync(link)) : null);
    }
}
