namespace LivingLibrary.Api.Evaluations;

public static class ReopenCampaignEndpoint
{
    public static async Task<ProblemDetails> ValidateAsync(Campaign campaign, ClaimsPrincipal user, IQuerySession session) =>
        Problems.FirstOf(await session.MayActOnAsync(campaign, user));

    [WolverinePost("/api/campaigns/{campaignId}/reopen"), Tags("Evaluations"),
     EndpointSummary("Reopen a closed campaign: it takes answers again until its closing day, which may be moved")]
    public static (Reply<Campaign>, Events) Post(ReopenCampaign command, [WriteAggregate("campaignId")] Campaign campaign, TimeProvider clock) =>
        command.Decide(campaign, clock.Today()).Reply<Campaign>();
}
