namespace LivingLibrary.Api.Evaluations;

public static class RecordAnonymousAnswersEndpoint
{
    public static async Task<ProblemDetails> ValidateAsync(Campaign campaign, ClaimsPrincipal user, IQuerySession session) =>
        Problems.FirstOf(await session.MayActOnAsync(campaign, user));

    [WolverinePost("/api/campaigns/{campaignId}/anonymous-answers"), Tags("Evaluations"), EndpointSummary("Record anonymous answers with the one-time code written on them")]
    public static (Reply<Campaign>, Events) Post(RecordAnonymousAnswers command, [WriteAggregate("campaignId")] Campaign campaign, TimeProvider clock) =>
        command.Decide(campaign, clock.Today()).Reply<Campaign>();
}
