using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.RateLimiting;

namespace LivingLibrary.Api.Evaluations;

/// <summary>What the holder of a code is asked, in one language, and until when: never who else answered or how.</summary>
public sealed record QuestionnaireWithCode(Guid CampaignId, CampaignKind Kind, DateOnly ClosesOn, IReadOnlyList<AskedQuestion> Questions);

/// <summary>
/// The form of a code slip, without signing in (docs/adr/0009, amended for issue 24): the one-time code is the credential.
/// The organisation is named by the address (the tenant, as a token names it elsewhere), the code travels in the query or
/// the body (never in the path, so never in the log), the answers go through the staff's own decision and the code is
/// deleted with them. Limited per client address (<see cref="AnswerCodeLimits"/>).
/// </summary>
public static class AnswerWithCodeEndpoint
{
    public const string Route = "/api/organisations/{organisationId}/campaigns/{campaignId}/with-code";

    public static Task<AnswerCode?> LoadAsync(Campaign campaign, HttpRequest request, IQuerySession session) =>
        RecordAnonymousAnswersEndpoint.LoadAsync(new RecordAnonymousAnswers(request.Query["code"].ToString(), null, null), campaign, session);

    public static ProblemDetails Validate(Campaign campaign, AnswerCode? code, TimeProvider clock) =>
        Problems.FirstOf(RecordAnonymousAnswers.MayOpen(campaign, code, clock.Today()));

    [WolverineGet(Route), Tags("Evaluations"), AllowAnonymous, CodeIsTheCredential, EnableRateLimiting(AnswerCodeLimits.Policy)]
    [EndpointSummary("The questionnaire a one-time code opens, without signing in (the code in the query: code=; language: fr, nl or en)")]
    [ProducesResponseType<QuestionnaireWithCode>(StatusCodes.Status200OK), ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status429TooManyRequests)]
    public static QuestionnaireWithCode Get([ReadAggregate("campaignId")] Campaign campaign, string? language) =>
        new(campaign.Id, campaign.Kind, campaign.ClosesOn, GetCampaignEndpoint.Asked(campaign, language));
}

/// <summary>The answers of a code's holder, sent without signing in: the code in the body is the credential.</summary>
public static class RecordAnswersWithCodeEndpoint
{
    public static Task<AnswerCode?> LoadAsync(RecordAnonymousAnswers command, Campaign campaign, IQuerySession session) =>
        RecordAnonymousAnswersEndpoint.LoadAsync(command, campaign, session);

    [WolverinePost(AnswerWithCodeEndpoint.Route), Tags("Evaluations"), AllowAnonymous, CodeIsTheCredential, NotKeptForIdempotency,
     EnableRateLimiting(AnswerCodeLimits.Policy)]
    [EndpointSummary("Record anonymous answers with a one-time code, without signing in")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status429TooManyRequests)]
    public static (Reply<Campaign>, Events, IMartenOp) Post(RecordAnonymousAnswers command, [WriteAggregate("campaignId")] Campaign campaign,
        AnswerCode? code, TimeProvider clock) =>
        RecordAnonymousAnswersEndpoint.Record(command, campaign, code, clock);
}
