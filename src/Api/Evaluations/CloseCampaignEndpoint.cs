namespace LivingLibrary.Api.Evaluations;

public static class CloseCampaignEndpoint
{
    public static async Task<ProblemDetails> ValidateAsync(Campaign campaign, ClaimsPrincipal user, IQuerySession session) =>
        Problems.FirstOf(await session.MayActOnAsync(campaign, user));

    [WolverinePost("/api/campaigns/{campaignId}/close"), Tags("Evaluations"), EndpointSummary("Close a campaign: it takes no more answers")]
    public static (Reply<Campaign>, Events) Post([WriteAggregate("campaignId")] Campaign campaign, TimeProvider clock) =>
        CloseCampaign.Decide(campaign, clock.Today()).Reply<Campaign>();
}
