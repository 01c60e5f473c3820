namespace LivingLibrary.Api.Evaluations;

public static class GetCampaignResultsEndpoint
{
    public static async Task<ProblemDetails> ValidateAsync(Campaign campaign, ClaimsPrincipal user, IQuerySession session) =>
        Problems.FirstOf(await session.MayActOnAsync(campaign, user));

    /// <summary>Counts and means only, each suppressed under three people; quotes from anonymous answers that agreed to be quoted.</summary>
    [WolverineGet("/api/campaigns/{campaignId}/results"), Tags("Evaluations"), EndpointSummary("A campaign's results, no figure about fewer than three people")]
    public static CampaignOutcome Get([ReadAggregate("campaignId")] Campaign campaign) =>
        new(CampaignResults.Of(campaign), CampaignResults.Quotes(campaign));
}

public sealed record CampaignOutcome(CampaignResult Results, IReadOnlyList<string> Quotes);
