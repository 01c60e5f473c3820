namespace LivingLibrary.Api.Evaluations;

public static class VoidNamedAnswersEndpoint
{
    public static async Task<ProblemDetails> ValidateAsync(Campaign campaign, ClaimsPrincipal user, IQuerySession session) =>
        Problems.FirstOf(await session.MayActOnAsync(campaign, user));

    [WolverinePost("/api/campaigns/{campaignId}/answers/{participantId}/void"), Tags("Evaluations"),
     EndpointSummary("Void a named participant's answers recorded by mistake, with the reason: they count nowhere")]
    public static (Reply<Campaign>, Events) Post(VoidNamedAnswers command, [WriteAggregate("campaignId")] Campaign campaign, Guid participantId,
        ClaimsPrincipal user) =>
        command.Decide(campaign, participantId, user.Caller().UserId).Reply<Campaign>();
}
