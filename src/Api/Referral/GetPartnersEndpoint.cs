namespace LivingLibrary.Api.Referral;

public static class GetPartnersEndpoint
{
    [WolverineGet("/api/partners"), Tags("Referral"), EndpointSummary("The organisation's referral directory")]
    public static async Task<IReadOnlyList<Partner>> Get(IQuerySession session, bool includeInactive = false) =>
        await session.Query<Partner>().Where(p => includeInactive || p.IsActive).OrderBy(p => p.Details.Name).ToListAsync();
}
