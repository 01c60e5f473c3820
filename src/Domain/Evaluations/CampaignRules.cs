namespace LivingLibrary.Domain.Evaluations;

/// <summary>What a campaign's state allows, and the bounds of its fields. Pure functions.</summary>
public static class CampaignRules
{
    public const int AnswerTextMax = 2_000;
    public const int ConclusionMax = 2_000;
    public const int MaxCodes = 200;

    /// <summary>Answers are taken from the opening day to the closing day, until the campaign is closed.</summary>
    public static Refusal? IsTakingAnswers(this Campaign campaign, DateOnly today) =>
        campaign.IsClosed ? Refusal.Conflict("The campaign is closed: it takes no more answers.")
        : today > campaign.ClosesOn ? Refusal.Conflict($"The campaign closed on {campaign.ClosesOn:yyyy-MM-dd}: it takes no more answers.")
        : today < campaign.OpensOn ? Refusal.Conflict($"The campaign opens on {campaign.OpensOn:yyyy-MM-dd}.")
        : null;

    public static Refusal? IsOpen(this Campaign campaign) =>
        campaign.IsClosed ? Refusal.Conflict("The campaign is closed.") : null;

    /// <summary>Each answer names a question of the campaign at the version it asked, once, with a choice or a text as its kind takes.</summary>
    internal static Fields Answers(this Fields fields, IReadOnlyList<Answer?>? answers, Campaign campaign)
    {
        fields.Check("answers", answers is { Count: > 0 }, "needs at least one answer.");
        var seen = new HashSet<string>();
        foreach (var (answer, i) in (answers ?? []).Select((a, i) => (a, i)))
        {
            var field = $"answers[{i}]";
            var question = campaign.FindQuestion(answer?.Question);
            if (answer is null || question is null)
            {
                fields.Check(field, false, $"names '{answer?.Question}', which this campaign does not ask.");
                continue;
            }
            fields.Check(field, seen.Add(question.Key), $"answers '{question.Key}' a second time.")
                .Check(field, answer.Version == question.Version, $"answers version {answer.Version} of '{question.Key}'; the campaign asks version {question.Version}.");
            if (Questionnaire.Choices(question.Kind) is var (min, max))
                fields.Check(field, answer.Choice >= min && answer.Choice <= max && answer.Text is null, $"needs a choice from {min} to {max}, and no text.");
            else
                fields.Check(field, answer.Choice is null, "takes a text, not a choice.").Text(field, answer.Text, AnswerTextMax);
        }
        return fields;
    }

    internal static IReadOnlyList<Answer> Tidy(IReadOnlyList<Answer?> answers) =>
        [.. answers.OfType<Answer>().Select(a => a with { Text = a.Text?.Trim() })];
}
