namespace LivingLibrary.Api.Evaluations;

/// <summary>The codes to print, shown this once: only their hashes are kept (docs/adr/0009).</summary>
/// <param name="Codes">Left out when the answer is replayed for its Idempotency-Key: the batch was handed out, its codes are not shown again.</param>
public sealed record HandedOutCodes(Guid CampaignId, int Count,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? Codes);

public static class HandOutAnswerCodesEndpoint
{
    public static async Task<ProblemDetails> ValidateAsync(Campaign campaign, ClaimsPrincipal user, IQuerySession session) =>
        Problems.FirstOf(await session.MayActOnAsync(campaign, user));

    /// <summary>The codes are kept nowhere in plain, not even with the Idempotency-Key's record.</summary>
    [WolverinePost("/api/campaigns/{campaignId}/codes"), Tags("Evaluations"), ShownOnce("codes")]
    [EndpointSummary("Make one-time codes to hand out on paper with an anonymous questionnaire")]
    [EndpointDescription("Make one-time codes to hand out on paper with an anonymous questionnaire; they are in this answer only. Sent again "
        + "with the same Idempotency-Key, the answer says the batch was handed out (its count) without the codes, and no new batch is made.")]
    [ProducesResponseType<HandedOutCodes>(StatusCodes.Status200OK)]
    public static (IResult, Events, IMartenOp) Post(HandOutAnswerCodes command, [WriteAggregate("campaignId")] Campaign campaign)
    {
        var decision = command.Decide(campaign);
        if (decision.Refusal is { } refused) return (Results.Problem(refused.ToProblem()), [], MartenOps.Nothing());
        var codes = AnswerCodes.New(command.Count!.Value);
        return (Results.Json(new HandedOutCodes(campaign.Id, codes.Count, codes)), [.. decision.Events],
            MartenOps.InsertObjects([.. codes.Select(c => new AnswerCode(AnswerCodes.Hash(campaign.Id, c), campaign.Id))]));
    }
}
