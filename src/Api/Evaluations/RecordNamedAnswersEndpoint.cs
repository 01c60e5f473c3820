namespace LivingLibrary.Api.Evaluations;

public static class RecordNamedAnswersEndpoint
{
    public static async Task<ProblemDetails> ValidateAsync(Campaign campaign, ClaimsPrincipal user, IQuerySession session) =>
        Problems.FirstOf(await session.MayActOnAsync(campaign, user));

    [WolverinePost("/api/campaigns/{campaignId}/answers"), Tags("Evaluations"), EndpointSummary("Record a named participant's answers (typed in from paper, or with them)")]
    public static async Task<(Reply<Campaign>, Events)> Post(RecordNamedAnswers command, [WriteAggregate("campaignId")] Campaign campaign,
        IQuerySession session, TimeProvider clock) =>
        command.Decide(campaign, command.ParticipantId is { } id ? await session.LoadAsync<Participant>(id) : null, clock.Today()).Reply<Campaign>();
}
