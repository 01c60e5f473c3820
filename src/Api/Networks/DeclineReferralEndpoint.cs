namespace LivingLibrary.Api.Networks;

public static class DeclineReferralEndpoint
{
    public static async Task<ProblemDetails> ValidateAsync(NetworkReferral referral, ClaimsPrincipal user, IQuerySession session) =>
        Problems.FirstOf(await session.MaySeeAsync(referral, user));

    [WolverinePost("/api/referrals/{referralId}/decline"), Tags("Networks"), EndpointSummary("Decline a referral with the reason: the sender sees it")]
    public static (Reply<NetworkReferral>, Events) Post(DeclineReferral command, [WriteAggregate("referralId")] NetworkReferral referral, TimeProvider clock) =>
        command.Decide(referral, clock.Today()).Reply<NetworkReferral>();
}
