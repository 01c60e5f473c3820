namespace LivingLibrary.Api.Networks;

/// <summary>A referral in a desk's queue: who sent it, when, for what, and where it stands; nothing of the person (see the referral itself).</summary>
public sealed record QueuedReferral(Guid ReferralId, string FromOrganisation, DateOnly ReceivedOn, string Service, string Difficulty, ReferralStatus Status,
    ReferralResult? Result);

public static class GetDeskReferralsEndpoint
{
    public static ProblemDetails Validate(DropInDesk desk, ClaimsPrincipal user) => Problems.FirstOf(desk.MaySee(user.Caller()));

    [WolverineGet("/api/desks/{deskId}/referrals"), Tags("Networks"), EndpointSummary("The referrals members of your networks sent to this desk, the newest first")]
    public static async Task<IReadOnlyList<QueuedReferral>> Get([ReadAggregate("deskId")] DropInDesk desk, IQuerySession session) =>
        [.. (await session.Query<NetworkReferral>().Where(r => r.DeskId == desk.Id).ToListAsync())
            .OrderByDescending(r => r.ReceivedOn).ThenByDescending(r => r.Id)
            .Select(r => new QueuedReferral(r.Id, r.FromOrganisation, r.ReceivedOn, r.Service, r.Difficulty, r.Status, r.Result))];
}
