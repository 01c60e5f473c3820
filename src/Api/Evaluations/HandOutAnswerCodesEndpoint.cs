namespace LivingLibrary.Api.Evaluations;

/// <summary>The codes to print, shown this once: only their hashes are kept.</summary>
public sealed record HandedOutCodes(Guid CampaignId, IReadOnlyList<string> Codes);

public static class HandOutAnswerCodesEndpoint
{
    public static async Task<ProblemDetails> ValidateAsync(Campaign campaign, ClaimsPrincipal user, IQuerySession session) =>
        Problems.FirstOf(await session.MayActOnAsync(campaign, user));

    [WolverinePost("/api/campaigns/{campaignId}/codes"), Tags("Evaluations"), EndpointSummary("Make one-time codes to hand out on paper with an anonymous questionnaire")]
    [ProducesResponseType<HandedOutCodes>(StatusCodes.Status200OK)]
    public static (IResult, Events) Post(HandOutAnswerCodes command, [WriteAggregate("campaignId")] Campaign campaign)
    {
        var codes = AnswerCodes.New(command.Count is >= 1 and <= CampaignRules.MaxCodes ? command.Count.Value : 0);
        var decision = command.Decide(campaign, codes);
        return decision.Refusal is { } refused
            ? (Results.Problem(refused.ToProblem()), [])
            : (Results.Json(new HandedOutCodes(campaign.Id, codes)), [.. decision.Events]);
    }
}
