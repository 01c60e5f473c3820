using LivingLibrary.Api.Journal;

namespace LivingLibrary.Api.Networks;

public static class GetReferralEndpoint
{
    public static async Task<ProblemDetails> ValidateAsync(NetworkReferral referral, ClaimsPrincipal user, IQuerySession session) =>
        Problems.FirstOf(await session.MaySeeAsync(referral, user));

    /// <summary>What the person agreed to pass on, and the answer; journalled as a read of this organisation's visitor (docs/adr/0013).</summary>
    [WolverineGet("/api/referrals/{referralId}"), Tags("Networks"), EndpointSummary("A referral received from a member of your network, with what the person agreed to pass on")]
    [Journalled(PersonalRead.Referral, "referralId", NamedBy.Referral)]
    public static NetworkReferral Get([ReadAggregate("referralId")] NetworkReferral referral, HttpResponse response)
    {
        response.Headers.ETag = Versions.ETag(referral.Version);
        return referral;
    }
}
