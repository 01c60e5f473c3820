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
    /// A campaign's results as its group's own staff see them (docs/adr/0018): named answers are exact, since the staff typed
    /// them and know who gave each; what anonymous answers add to a figure is shown only where it is not about one or two of
    /// them (suppressed as results are), so that nobody's anonymous answer can be told from the named ones.
    /// </summary>
    public static CampaignResult ForItsGroup(Campaign campaign)
    {
        var named = campaign.Answers.Where(a => a.ParticipantId is not null).ToList();
        var anonymous = campaign.AnonymousAnswers.ToList();
        return new(campaign.Id, campaign.GroupId, campaign.Kind, campaign.Mode, campaign.OpensOn, campaign.ClosesOn, campaign.IsClosed,
            new Figure(campaign.Answers.Count), [.. campaign.Questions.Select(q => Known(q, named, anonymous))],
            campaign.Conclusions);
    }

    /// <summary>All answers exactly, where what the anonymous ones add is shown; else suppressed.</summary>
    private static QuestionResult Known(Question question, IReadOnlyList<AnswerSet> named, IReadOnlyList<AnswerSet> anonymous)
    {
        var all = Result(question, [.. named, .. anonymous], FigureRule.Exact);
        var added = Result(question, anonymous, FigureRule.Protected);
        static Figure Keep(Figure figure, Figure anonymousPart) => anonymousPart.Suppressed ? Figure.Hidden : figure;
        return all with
        {
            Answered = Keep(all.Answered, added.Answered),
            Choices = all.Choices?.Zip(added.Choices!, Keep).ToList(),
            Mean = all.Mean is null ? null : Keep(all.Mean, added.Mean!),
        };
    }

    /// <summary>
    /// The texts people agreed to see quoted, in text order: from anonymous answers only (a named answer's text is
    /// the person's, erased with them), and only when at least three people answered anonymously, so no quote stands for one person.
    /// </summary>
    public static IReadOnlyList<string> Quotes(Campaign campaign) =>
        campaign.AnonymousAnswers.Count() >= Figure.Threshold
            ? [.. campaign.AnonymousAnswers.Where(a => a.MayQuote).SelectMany(a => a.Answers).Select(a => a.Text).OfType<string>()
                .Where(t => t.Length > 0).Order(StringComparer.Ordinal)]
            : [];

    private static QuestionResult Result(Question question, IReadOnlyList<AnswerSet> sets, FigureRule? rule = null)
    {
        rule ??= FigureRule.Protected;
        var answers = sets.SelectMany(s => s.Answers).Where(a => a.Question == question.Key && a.Version == question.Version).ToList();
        if (Questionnaire.Choices(question.Kind) is not var (min, max))
            return new QuestionResult(question.Key, question.Version, question.Kind, question.Task, rule.Count(answers.Count), null, null);
        var choices = answers.Select(a => a.Choice!.Value).ToList();
        return new QuestionResult(question.Key, question.Version, question.Kind, question.Task, rule.Count(choices.Count),
            rule.Cells([.. Enumerable.Range(min, max - min + 1).Select(c => choices.Count(x => x == c))]),
            choices.Count == 0 ? Figure.None : rule.Over(choices.Count, choices.Average()));
    }
}
