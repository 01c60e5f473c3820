namespace LivingLibrary.Api.Networks;

public static class RecordReferralOutcomeEndpoint
{
    public static async Task<ProblemDetails> ValidateAsync(NetworkReferral referral, ClaimsPrincipal user, IQuerySession session) =>
        Problems.FirstOf(await session.MaySeeAsync(referral, user));

    [WolverinePost("/api/referrals/{referralId}/outcome"), Tags("Networks"), EndpointSummary("Record what came of an accepted referral: the sender sees the outcome, not its note")]
    public static (Reply<NetworkReferral>, Events) Post(RecordReferralOutcome command, [WriteAggregate("referralId")] NetworkReferral referral, TimeProvider clock) =>
        command.Decide(referral, clock.Today()).Reply<NetworkReferral>();
}
