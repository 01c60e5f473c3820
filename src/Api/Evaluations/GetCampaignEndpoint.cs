namespace LivingLibrary.Api.Evaluations;

public sealed record AskedQuestion(string Key, int Version, QuestionKind Kind, string? Task, string Text, IReadOnlyList<string>? Choices);

/// <summary>The questionnaire in one language, and where the campaign stands (how many answered, codes used), never the answers.</summary>
public sealed record CampaignSheet(Guid Id, Guid GroupId, CampaignKind Kind, AnswerMode Mode, DateOnly OpensOn, DateOnly ClosesOn, bool Closed,
    IReadOnlyList<AskedQuestion> Questions, int Answered, int CodesHandedOut, int CodesUsed, Conclusions? Conclusions);

public static class GetCampaignEndpoint
{
    public static async Task<ProblemDetails> ValidateAsync(Campaign campaign, ClaimsPrincipal user, IQuerySession session) =>
        Problems.FirstOf(await session.MayActOnAsync(campaign, user));

    [WolverineGet("/api/campaigns/{campaignId}"), Tags("Evaluations"), EndpointSummary("A campaign's questionnaire (language: fr, nl or en) and progress")]
    public static CampaignSheet Get([ReadAggregate("campaignId")] Campaign campaign, string? language) =>
        new(campaign.Id, campaign.GroupId, campaign.Kind, campaign.Mode, campaign.OpensOn, campaign.ClosesOn, campaign.IsClosed,
            Asked(campaign, language),
            campaign.Answers.Count, campaign.CodesHandedOut, campaign.AnonymousAnswers.Count(), campaign.Conclusions);

    /// <summary>The campaign's questions in one language, with their choices' words.</summary>
    public static IReadOnlyList<AskedQuestion> Asked(Campaign campaign, string? language) =>
        [.. campaign.Questions.Select(q => new AskedQuestion(q.Key, q.Version, q.Kind, q.Task, q.Text.In(language), ChoicesIn(q.Kind, language)))];

    private static IReadOnlyList<string>? ChoicesIn(QuestionKind kind, string? language) => kind switch
    {
        QuestionKind.SelfAssessment => [.. Enum.GetValues<CanDo>().Select(c => Questionnaire.Words(c).In(language))],
        QuestionKind.Satisfaction => ["1", "2", "3", "4", "5"],
        _ => null,
    };
}
