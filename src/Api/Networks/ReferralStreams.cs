namespace LivingLibrary.Api.Networks;

/// <summary>A referral's stream is the receiving member's: the sender's command starts it in that tenant (docs/adr/0033).</summary>
public static class ReferralStreams
{
    /// <summary>The decision's events as a new stream of <typeparamref name="T"/> in another organisation's tenant, in the command's transaction.</summary>
    public static IMartenOp StartIn<T>(this Decision decision, string tenant, Guid id) where T : class =>
        decision.Events.Count == 0 ? MartenOps.Nothing() : new StartInTenant<T>(tenant, id, [.. decision.Events]);

    private sealed class StartInTenant<T>(string tenant, Guid id, object[] events) : IMartenOp where T : class
    {
        public void Execute(IDocumentSession session) => session.ForTenant(tenant).Events.StartStream<T>(id, events);
    }

    /// <summary>The referral a case was sent with, read in the receiving member's tenant (ids and codes only reach the sender's view).</summary>
    public static Task<NetworkReferral?> ReferralOfAsync(this IQuerySession session, MemberReferral link) =>
        session.Query<NetworkReferral>().Where(r => r.TenantIsOneOf(link.OrganisationId) && r.Id == link.ReferralId).FirstOrDefaultAsync();
}

/// <summary>
/// What the sender sees of its referral to a member: the desk, the answer (accepted or declined, with the reason) and the
/// outcome as a code. Never what the receiver wrote of the outcome, nor anything else of the receiver's.
/// </summary>
public sealed record ReferralAnswer(Guid ReferralId, Guid NetworkId, string OrganisationId, Guid DeskId, IReadOnlyList<PassedOn> PassedOn, DateOnly On,
    ReferralStatus Status, DateOnly? AnsweredOn, DeclineReason? DeclineReason, string? DeclineNote, ReferralResult? Result, DateOnly? ResultOn)
{
    public static ReferralAnswer Of(MemberReferral link, NetworkReferral? referral) =>
        new(link.ReferralId, link.NetworkId, link.OrganisationId, link.DeskId, link.PassedOn, link.On, referral?.Status ?? ReferralStatus.Received,
            referral?.AnsweredOn, referral?.DeclineReason, referral?.DeclineNote, referral?.Result, referral?.ResultOn);
}
