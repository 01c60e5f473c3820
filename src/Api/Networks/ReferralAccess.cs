namespace LivingLibrary.Api.Networks;

public static class ReferralAccess
{
    /// <summary>A referral received is seen by whoever may see the desk it was sent to; to anyone else it does not exist.</summary>
    public static async Task<Refusal?> MaySeeAsync(this IQuerySession session, NetworkReferral? referral, ClaimsPrincipal user) =>
        referral.MaySee(referral is null ? null : await session.LoadAsync<DropInDesk>(referral.DeskId), user.Caller());
}
