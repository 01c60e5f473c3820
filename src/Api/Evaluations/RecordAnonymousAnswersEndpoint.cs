namespace LivingLibrary.Api.Evaluations;

public static class RecordAnonymousAnswersEndpoint
{
    public static async Task<ProblemDetails> ValidateAsync(Campaign campaign, ClaimsPrincipal user, IQuerySession session) =>
        Problems.FirstOf(await session.MayActOnAsync(campaign, user));

    public static async Task<AnswerCode?> LoadAsync(RecordAnonymousAnswers command, Campaign campaign, IQuerySession session) =>
        command.CodeHash(campaign) is { } hash ? await session.LoadAsync<AnswerCode>(hash) : null;

    /// <summary>
    /// The code is deleted as the answers are recorded, in one transaction: what is kept says neither which code came
    /// with these answers nor when a code was used. No Idempotency-Key record either, for the same reason (docs/adr/0009).
    /// </summary>
    [WolverinePost("/api/campaigns/{campaignId}/anonymous-answers"), Tags("Evaluations"), NotKeptForIdempotency]
    [EndpointSummary("Record anonymous answers with the one-time code written on them")]
    public static (Reply<Campaign>, Events, IMartenOp) Post(RecordAnonymousAnswers command, [WriteAggregate("campaignId")] Campaign campaign,
        AnswerCode? code, TimeProvider clock) => Record(command, campaign, code, clock);

    /// <summary>The one way anonymous answers are recorded, whether staff type them or the code's holder sends them (<see cref="AnswerWithCodeEndpoint"/>).</summary>
    public static (Reply<Campaign>, Events, IMartenOp) Record(RecordAnonymousAnswers command, Campaign campaign, AnswerCode? code, TimeProvider clock)
    {
        var decision = command.Decide(campaign, code, clock.Today());
        var (reply, events) = decision.Reply<Campaign>();
        return (reply, events, decision.IsRefused ? MartenOps.Nothing() : MartenOps.Delete<AnswerCode>(code!.Id));
    }
}
