namespace LivingLibrary.Api.Networks;

public static class AcceptReferralEndpoint
{
    public static async Task<ProblemDetails> ValidateAsync(NetworkReferral referral, ClaimsPrincipal user, IQuerySession session) =>
        Problems.FirstOf(await session.MaySeeAsync(referral, user));

    [WolverinePost("/api/referrals/{referralId}/accept"), Tags("Networks"), EndpointSummary("Accept a referral: the sender sees it")]
    public static (Reply<NetworkReferral>, Events) Post([WriteAggregate("referralId")] NetworkReferral referral, TimeProvider clock) =>
        AcceptReferral.Decide(referral, clock.Today()).Reply<NetworkReferral>();
}
