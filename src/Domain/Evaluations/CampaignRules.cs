namespace LivingLibrary.Domain.Evaluations;

/// <summary>What a campaign's state allows, and the bounds of its fields. Pure functions.</summary>
public static class CampaignRules
{
    public const int AnswerTextMax = 2_000;
    public const int ConclusionMax = 2_000;
    public const int MaxCodes = 200;

    /// <summary>Answers are taken from the opening day to the closing day, until the campaign is closed.</summary>
    public static Refusal? IsTakingAnswers(this Campaign campaign, DateOnly today) =>
        campaign.IsClosed ? Refusal.Conflict(Says.CampaignClosedNoAnswers)
        : today > campaign.ClosesOn ? Refusal.Conflict(Says.CampaignClosedOn(campaign.ClosesOn))
        : today < campaign.OpensOn ? Refusal.Conflict(Says.CampaignOpensOn(campaign.OpensOn))
        : null;

    /// <summary>
    /// A participant answers by name only for themself, and only their own group's campaigns (docs/adr/0026): another
    /// group's campaign, or answers for someone else, do not exist to them.
    /// </summary>
    public static Refusal? MayAnswerByName(this Campaign campaign, Caller caller, Participant? me, Guid? answeringFor) =>
        caller.ParticipantId is { } id && id == answeringFor && me is { IsErased: false } && me.Id == id && me.GroupId == campaign.GroupId
            ? null
            : Refusal.NotFound(Thing.Campaign);

    public static Refusal? IsOpen(this Campaign campaign) =>
        campaign.IsClosed ? Refusal.Conflict(Says.CampaignClosed) : null;

    /// <summary>Each answer names a question of the campaign at the version it asked, once, with a choice or a text as its kind takes.</summary>
    internal static Fields Answers(this Fields fields, IReadOnlyList<Answer?>? answers, Campaign campaign)
    {
        fields.Check("answers", answers is { Count: > 0 }, Says.AnswersRequired);
        var seen = new HashSet<string>();
        foreach (var (answer, i) in (answers ?? []).Select((a, i) => (a, i)))
        {
            var field = $"answers[{i}]";
            var question = campaign.FindQuestion(answer?.Question);
            if (answer is null || question is null)
            {
                fields.Check(field, false, Says.QuestionNotAsked(answer?.Question));
                continue;
            }
            fields.Check(field, seen.Add(question.Key), Says.AnsweredTwice(question.Key))
                .Check(field, answer.Version == question.Version, Says.OtherQuestionVersion(question.Key, answer.Version, question.Version));
            if (Questionnaire.Choices(question.Kind) is var (min, max))
                fields.Check(field, answer.Choice >= min && answer.Choice <= max && answer.Text is null, Says.ChoiceExpected(min, max));
            else
                fields.Check(field, answer.Choice is null, Says.TextExpected).Text(field, answer.Text, AnswerTextMax);
        }
        return fields;
    }

    internal static IReadOnlyList<Answer> Tidy(IReadOnlyList<Answer?> answers) =>
        [.. answers.OfType<Answer>().Select(a => a with { Text = a.Text?.Trim() })];
}
