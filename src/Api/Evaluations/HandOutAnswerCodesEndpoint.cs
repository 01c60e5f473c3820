namespace LivingLibrary.Api.Evaluations;

/// <summary>The codes to print, shown this once: only their hashes are kept.</summary>
public sealed record HandedOutCodes(Guid CampaignId, IReadOnlyList<string> Codes);

public static class HandOutAnswerCodesEndpoint
{
    public static async Task<ProblemDetails> ValidateAsync(Campaign campaign, ClaimsPrincipal user, IQuerySession session) =>
        Problems.FirstOf(await session.MayActOnAsync(campaign, user));

    [WolverinePost("/api/campaigns/{campaignId}/codes"), Tags("Evaluations"), EndpointSummary("Make one-time codes to hand out on paper with an anonymous questionnaire")]
    [ProducesResponseType<HandedOutCodes>(StatusCodes.Status200OK)]
    public static (IResult, Events, IMartenOp) Post(HandOutAnswerCodes command, [WriteAggregate("campaignId")] Campaign campaign)
    {
        var decision = command.Decide(campaign);
        if (decision.Refusal is { } refused) return (Results.Problem(refused.ToProblem()), [], MartenOps.Nothing());
        var codes = AnswerCodes.New(command.Count!.Value);
        return (Results.Json(new HandedOutCodes(campaign.Id, codes)), [.. decision.Events],
            MartenOps.InsertObjects([.. codes.Select(c => new AnswerCode(AnswerCodes.Hash(campaign.Id, c), campaign.Id))]));
    }
}
