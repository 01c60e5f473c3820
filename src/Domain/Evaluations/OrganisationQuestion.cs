using System.ComponentModel.DataAnnotations;
namespace LivingLibrary.Domain.Evaluations;

public sealed record OrganisationQuestionAdded(Guid QuestionId, QuestionKind Kind, Label Text, IReadOnlyList<CampaignKind> ForKinds);

/// <summary>New words for the question: campaigns opened from now on ask this version; earlier answers keep theirs.</summary>
public sealed record OrganisationQuestionReworded(Guid QuestionId, Label Text);

public sealed record OrganisationQuestionRetired(Guid QuestionId);

/// <summary>A question the organisation adds to its campaigns of some kinds (satisfaction or open), versioned by its rewordings.</summary>
public sealed record OrganisationQuestion(Guid Id, QuestionKind Kind, Label Text, int TextVersion, IReadOnlyList<CampaignKind> ForKinds, bool IsRetired)
{
    public const int TextMax = 300;

    public int Version { get; set; }

    public static OrganisationQuestion Create(OrganisationQuestionAdded e) => new(e.QuestionId, e.Kind, e.Text, 1, e.ForKinds, false);

    public OrganisationQuestion Apply(OrganisationQuestionReworded e) => this with { Text = e.Text, TextVersion = TextVersion + 1 };

    public OrganisationQuestion Apply(OrganisationQuestionRetired _) => this with { IsRetired = true };

    public Question AsAsked() => new($"org:{Id}", TextVersion, Kind, null, Text);
}

/// <summary>The words of a question in French, Dutch and English; one is enough (the others fall back to it).</summary>
public sealed record QuestionText(string? Fr, string? Nl, string? En)
{
    internal Fields Check(Fields fields, string field) =>
        fields.Check(field, new[] { Fr, Nl, En }.Any(t => !string.IsNullOrWhiteSpace(t)), Says.QuestionInOneLanguage)
            .Text($"{field}.fr", Fr, OrganisationQuestion.TextMax, required: false)
            .Text($"{field}.nl", Nl, OrganisationQuestion.TextMax, required: false)
            .Text($"{field}.en", En, OrganisationQuestion.TextMax, required: false);

    internal Label ToLabel() => new(Fr?.Trim() ?? "", Nl?.Trim() ?? "", En?.Trim() ?? "");
}

public sealed record AddOrganisationQuestion([Required] QuestionKind? Kind, [Required] QuestionText? Text, IReadOnlyList<CampaignKind>? ForKinds)
{
    public Decision Decide(Guid questionId) =>
        Refusals.FirstOf(
            (Text ?? new QuestionText(null, null, null)).Check(new Fields(), "text")
                .Check("kind", Kind is QuestionKind.Satisfaction or QuestionKind.Open, Says.QuestionKindRequired)
                .Check("forKinds", ForKinds is null || ForKinds.All(Enum.IsDefined), Says.CampaignKinds(Choices.NamesOf(typeof(CampaignKind))))
                .Refusal())
        ?? Decision.Append(new OrganisationQuestionAdded(questionId, Kind!.Value, Text!.ToLabel(),
            ForKinds is null || ForKinds.Count == 0 ? Enum.GetValues<CampaignKind>() : [.. ForKinds.Distinct().Order()]));
}

public sealed record RewordOrganisationQuestion([Required] QuestionText? Text)
{
    public Decision Decide(OrganisationQuestion question) =>
        Refusals.FirstOf(
            (Text ?? new QuestionText(null, null, null)).Check(new Fields(), "text").Refusal(),
            question.IsRetired ? Refusal.Conflict(Says.QuestionRetired) : null)
        ?? (Text!.ToLabel() == question.Text ? Decision.Nothing : Decision.Append(new OrganisationQuestionReworded(question.Id, Text.ToLabel())));
}

public static class RetireOrganisationQuestion
{
    public static Decision Decide(OrganisationQuestion question) =>
        question.IsRetired ? Decision.Nothing : Decision.Append(new OrganisationQuestionRetired(question.Id));
}
