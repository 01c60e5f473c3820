namespace LivingLibrary.Api.Evaluations;

public static class GetCampaignResultsEndpoint
{
    public static async Task<ProblemDetails> ValidateAsync(Campaign campaign, ClaimsPrincipal user, IQuerySession session) =>
        Problems.FirstOf(await session.MayActOnAsync(campaign, user));

    /// <summary>
    /// Counts and means only, for the group's own staff: named answers exactly, what anonymous answers add only where it is
    /// about three of them or more (docs/adr/0018); quotes from anonymous answers that agreed to be quoted.
    /// </summary>
    [WolverineGet("/api/campaigns/{campaignId}/results"), Tags("Evaluations"), EndpointSummary("A campaign's results for its group: named answers exactly, no figure about one or two anonymous answers")]
    public static CampaignOutcome Get([ReadAggregate("campaignId")] Campaign campaign) =>
        new(CampaignResults.ForItsGroup(campaign), CampaignResults.Quotes(campaign));
}

public sealed record CampaignOutcome(CampaignResult Results, IReadOnlyList<string> Quotes);
