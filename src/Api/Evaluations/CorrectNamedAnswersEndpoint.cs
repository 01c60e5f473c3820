namespace LivingLibrary.Api.Evaluations;

public static class CorrectNamedAnswersEndpoint
{
    public static async Task<ProblemDetails> ValidateAsync(Campaign campaign, ClaimsPrincipal user, IQuerySession session) =>
        Problems.FirstOf(await session.MayActOnAsync(campaign, user));

    [WolverinePost("/api/campaigns/{campaignId}/answers/{participantId}/correct"), Tags("Evaluations"),
     EndpointSummary("Correct a named participant's answers, with the reason: results and progress count the corrected ones")]
    public static (Reply<Campaign>, Events) Post(CorrectNamedAnswers command, [WriteAggregate("campaignId")] Campaign campaign, Guid participantId,
        ClaimsPrincipal user) =>
        command.Decide(campaign, participantId, user.Caller().UserId).Reply<Campaign>();
}
