namespace LivingLibrary.Domain.Evaluations;

/// <summary>
/// The questions a campaign opens with: the built-in templates (satisfaction, open questions, and one
/// self-assessment per task of the group), then the organisation's own questions for that kind of campaign.
/// </summary>
public static class Questionnaire
{
    public const int MaxTasks = 12;

    public static IReadOnlyList<Question> Satisfaction { get; } =
    [
        Template("satisfaction-overall", QuestionKind.Satisfaction,
            "Dans l'ensemble, les rencontres m'ont plu.",
            "Over het algemeen ben ik tevreden over de bijeenkomsten.",
            "Overall, I am satisfied with the meetings."),
        Template("satisfaction-atmosphere", QuestionKind.Satisfaction,
            "J'étais bien dans le groupe.",
            "Ik voelde me goed in de groep.",
            "I felt at ease in the group."),
        Template("satisfaction-help", QuestionKind.Satisfaction,
            "L'aide des autres m'a été utile.",
            "De hulp van de andere deelnemers was nuttig voor mij.",
            "The help of the other participants was useful to me."),
    ];

    public static IReadOnlyList<Question> OpenQuestions { get; } =
    [
        Template("learned", QuestionKind.Open, "Qu'est-ce que j'ai appris ?", "Wat heb ik geleerd?", "What did I learn?"),
        Template("change", QuestionKind.Open, "Qu'est-ce que je changerais ?", "Wat zou ik veranderen?", "What would I change?"),
    ];

    public static string SelfAssessmentKey(string task) => $"can:{task}";

    /// <summary>"I can pay a bill online", in the three languages.</summary>
    public static Question SelfAssessment(EverydayTask task) =>
        new(SelfAssessmentKey(task.Code), 1, QuestionKind.SelfAssessment, task.Code,
            new Label(Sentence("Je peux", task.Name.Fr), Sentence("Ik kan", task.Name.Nl), Sentence("I can", task.Name.En)));

    public static IReadOnlyList<Question> For(IEnumerable<EverydayTask> tasks, IEnumerable<OrganisationQuestion> own) =>
        [.. tasks.Select(SelfAssessment), .. Satisfaction, .. OpenQuestions, .. own.Select(q => q.AsAsked())];

    /// <summary>
    /// The words of the self-assessment scale, shown to whoever answers and in results. Participants read these questions on
    /// their phones: easy-to-read French, without the median point of inclusive writing (docs/adr/0028).
    /// </summary>
    public static Label Words(CanDo choice) => choice switch
    {
        CanDo.NotYet => new("Pas encore", "Nog niet", "Not yet"),
        CanDo.WithHelp => new("Avec de l'aide", "Met hulp", "With help"),
        CanDo.Alone => new("Sans aide", "Alleen", "On my own"),
        _ => new("Je peux aider d'autres", "Ik kan anderen helpen", "I can help others"),
    };

    /// <summary>The lowest and highest choice of a kind of question; open questions take text.</summary>
    public static (int Min, int Max)? Choices(QuestionKind kind) => kind switch
    {
        QuestionKind.SelfAssessment => ((int)CanDo.NotYet, (int)CanDo.CanHelpOthers),
        QuestionKind.Satisfaction => (1, 5),
        _ => null,
    };

    private static Question Template(string key, QuestionKind kind, string fr, string nl, string en) => new(key, 1, kind, null, new Label(fr, nl, en));

    // Task names start with a capital ("Payer une facture en ligne"); after "Je peux" they read in lower case.
    private static string Sentence(string start, string name) =>
        string.IsNullOrWhiteSpace(name) ? "" : $"{start} {char.ToLowerInvariant(name[0])}{name[1..]}";
}
