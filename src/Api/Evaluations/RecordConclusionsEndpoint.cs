namespace LivingLibrary.Api.Evaluations;

public static class RecordConclusionsEndpoint
{
    public static async Task<ProblemDetails> ValidateAsync(Campaign campaign, ClaimsPrincipal user, IQuerySession session) =>
        Problems.FirstOf(await session.MayActOnAsync(campaign, user));

    [WolverinePost("/api/campaigns/{campaignId}/conclusions"), Tags("Evaluations"), EndpointSummary("Write down what the group concluded together")]
    public static (Reply<Campaign>, Events) Post(RecordConclusions command, [WriteAggregate("campaignId")] Campaign campaign, TimeProvider clock) =>
        command.Decide(campaign, clock.Today()).Reply<Campaign>();
}
