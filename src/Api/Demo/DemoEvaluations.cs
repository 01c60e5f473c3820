namespace LivingLibrary.Api.Demo;

/// <summary>
/// The Liège group's evaluation of its autumn cycle: an end-of-project campaign answered either way, six people by
/// name (typed in from paper by Amina) and four anonymously with paper codes, the group's conclusions, then closed.
/// </summary>
public static class DemoEvaluations
{
    public static readonly Guid CampaignId = Guid.Parse("0194f2a0-de60-7000-8000-000000000001");
    public static readonly DateOnly OpensOn = new(2026, 11, 24), ClosesOn = new(2026, 11, 26);
    public static readonly string[] Tasks = ["pay-bill-online", "join-video-call", "log-in-with-itsme", "recognise-phishing"];

    private static readonly IReadOnlyList<Question> Questions =
        Questionnaire.For(Tasks.Select(t => EverydayTasks.Find(t)!), []);

    /// <summary>Each answer sheet: what the person can do on each task (0 not yet … 3 can help others), how satisfied (1-5), what they learned, what they would change.</summary>
    private sealed record Sheet(int? Person, int[] Can, int[] Satisfied, string? Learned, string? Change, bool MayQuote);

    private static readonly Sheet[] Sheets =
    [
        new(2, [1, 0, 0, 1], [5, 5, 5], "Payer une facture avec le code QR, avec Samira.", null, false),
        new(3, [2, 2, 1, 2], [4, 5, 5], "Faire un appel vidéo avec ma fille en Turquie.", "Plus de séances sur itsme.", false),
        new(5, [1, 1, 0, 1], [4, 4, 5], null, "Avoir un ordinateur pour s'entraîner à la maison.", false),
        new(7, [1, 1, 0, 2], [5, 4, 4], "Reconnaître un faux message de la banque.", null, false),
        new(8, [0, 0, 0, 1], [4, 5, 3], null, null, false),
        new(12, [2, 1, 1, 1], [5, 5, 4], "Utiliser l'application de la banque.", null, false),
        new(null, [2, 2, 1, 2], [5, 5, 5], "Qu'on peut demander de l'aide sans avoir honte.", "Des séances un peu plus longues.", true),
        new(null, [1, 1, 1, 1], [4, 4, 4], "Envoyer une photo par WhatsApp.", "Plus de pauses.", true),
        new(null, [3, 2, 2, 3], [5, 5, 5], "Expliquer aux autres m'a aidé à mieux comprendre.", null, true),
        new(null, [1, 0, 0, 1], [3, 4, 4], "Un peu de tout.", "Un groupe le soir aussi.", false),
    ];

    public static IEnumerable<(Guid Id, Type Aggregate, object[] Events)> Streams()
    {
        var events = new List<object>
        {
            new CampaignOpened(CampaignId, DemoData.GroupId, CampaignKind.EndOfProject, AnswerMode.NamedOrAnonymous, OpensOn, ClosesOn, Questions),
            new AnswerCodesHandedOut(CampaignId, Sheets.Count(s => s.Person is null)),
        };
        foreach (var sheet in Sheets)
            events.Add(sheet.Person is { } n
                ? new NamedAnswersRecorded(CampaignId, DemoData.ParticipantId(n), Answers(sheet), sheet.MayQuote, OpensOn)
                : new AnonymousAnswersRecorded(CampaignId, Answers(sheet), sheet.MayQuote, OpensOn));
        events.Add(new ConclusionsRecorded(CampaignId, new Conclusions(
            "L'entraide entre participant·es, les cas concrets apportés par chacun·e, l'ambiance.",
            "itsme reste difficile sans lecteur de carte ; certain·es n'ont pas d'ordinateur à la maison.",
            "Un cycle au printemps sur les démarches administratives ; demander des prêts d'ordinateurs.", OpensOn)));
        events.Add(new CampaignClosed(CampaignId, ClosesOn));
        yield return (CampaignId, typeof(Campaign), [.. events]);
    }

    private static IReadOnlyList<Answer> Answers(Sheet sheet)
    {
        var tasks = Questions.Where(q => q.Kind == QuestionKind.SelfAssessment).Select((q, i) => new Answer(q.Key, q.Version, sheet.Can[i], null));
        var satisfaction = Questions.Where(q => q.Kind == QuestionKind.Satisfaction).Select((q, i) => new Answer(q.Key, q.Version, sheet.Satisfied[i], null));
        var texts = new[] { ("learned", sheet.Learned), ("change", sheet.Change) }.Where(t => t.Item2 is not null)
            .Select(t => new Answer(t.Item1, 1, null, t.Item2));
        return [.. tasks, .. satisfaction, .. texts];
    }
}
