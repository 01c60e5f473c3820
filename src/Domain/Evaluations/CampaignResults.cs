using LivingLibrary.Domain.Reports;

namespace LivingLibrary.Domain.Evaluations;

/// <summary>
/// One question's results: how many answered it, and for a choice the count of each choice (lowest first)
/// and the mean. Every figure is suppressed under three people; texts are never part of results.
/// </summary>
public sealed record QuestionResult(string Question, int Version, QuestionKind Kind, string? Task, Figure Answered,
    IReadOnlyList<Figure>? Choices, Figure? Mean);

public sealed record CampaignResult(Guid CampaignId, Guid GroupId, CampaignKind Kind, AnswerMode Mode, DateOnly OpensOn, DateOnly ClosesOn,
    bool Closed, Figure Respondents, IReadOnlyList<QuestionResult> Questions, Conclusions? Conclusions);

/// <summary>Every campaign of a report together: each question as asked in one version, over all the campaigns that asked it.</summary>
public sealed record CampaignTotals(int Campaigns, Figure Respondents, IReadOnlyList<QuestionResult> Questions);

public static class CampaignResults
{
    /// <summary>The questions in the order a questionnaire asks them (tasks, satisfaction, open, the organisation's), then by key and version.</summary>
    public static CampaignTotals Totals(IReadOnlyList<Campaign> campaigns)
    {
        var questions = campaigns.SelectMany(c => c.Questions).DistinctBy(q => (q.Key, q.Version))
            .OrderBy(q => q.Kind).ThenBy(q => q.Key.StartsWith("org:", StringComparison.Ordinal)).ThenBy(q => q.Key, StringComparer.Ordinal).ThenBy(q => q.Version);
        var sets = campaigns.SelectMany(c => c.Answers).ToList();
        return new CampaignTotals(campaigns.Count, Figure.Count(sets.Count), [.. questions.Select(q => Result(q, sets))]);
    }

    public static CampaignResult Of(Campaign campaign) =>
        new(campaign.Id, campaign.GroupId, campaign.Kind, campaign.Mode, campaign.OpensOn, campaign.ClosesOn, campaign.IsClosed,
            Figure.Count(campaign.Answers.Count), [.. campaign.Questions.Select(q => Result(q, campaign.Answers))], campaign.Conclusions);

    /// <summary>
    /// The texts people agreed to see quoted, in text order: from anonymous answers only (a named answer's text is
    /// the person's, erased with them), and only when at least three people answered anonymously, so no quote stands for one person.
    /// </summary>
    public static IReadOnlyList<string> Quotes(Campaign campaign) =>
        campaign.AnonymousAnswers.Count() >= Figure.Threshold
            ? [.. campaign.AnonymousAnswers.Where(a => a.MayQuote).SelectMany(a => a.Answers).Select(a => a.Text).OfType<string>()
                .Where(t => t.Length > 0).Order(StringComparer.Ordinal)]
            : [];

    private static QuestionResult Result(Question question, IReadOnlyList<AnswerSet> sets)
    {
        var answers = sets.SelectMany(s => s.Answers).Where(a => a.Question == question.Key && a.Version == question.Version).ToList();
        if (Questionnaire.Choices(question.Kind) is not var (min, max))
            return new QuestionResult(question.Key, question.Version, question.Kind, question.Task, Figure.Count(answers.Count), null, null);
        var choices = answers.Select(a => a.Choice!.Value).ToList();
        return new QuestionResult(question.Key, question.Version, question.Kind, question.Task, Figure.Count(choices.Count),
            Suppression.Cells([.. Enumerable.Range(min, max - min + 1).Select(c => choices.Count(x => x == c))]),
            choices.Count == 0 ? Figure.None : Figure.Over(choices.Count, choices.Average()));
    }
}
