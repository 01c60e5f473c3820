using LivingLibrary.Domain.Activities;
using LivingLibrary.Domain.Cases;
using LivingLibrary.Domain.Competences;
using LivingLibrary.Domain.Evaluations;
using LivingLibrary.Domain.Loans;
using LivingLibrary.Domain.Reports;
using LivingLibrary.Api.Reports;

namespace LivingLibrary.Api.Tests.Reports;

/// <summary>
/// A funder report built by hand, as the Liège workshop of seed 000 would have it after a school year: a dozen
/// people, 23 problem cases, eleven device loans, two collective evaluations, some cells suppressed by the domain's own rules.
/// </summary>
public static class LiegeReport
{
    public static readonly Guid GroupId = Guid.Parse("6a1c0e35-4b8f-4d2a-9b61-0c3f1d7a2e10");
    public static readonly Guid MidProject = Guid.Parse("0d9b5a7e-1f3c-4e62-8a14-5b2c7e9f0a31");
    public static readonly Guid EndOfProject = Guid.Parse("f4e2c1a0-9b8d-4c7e-a6f5-3d2b1a0c9e87");
    public static readonly DateTimeOffset CutOff = new(2026, 7, 1, 8, 30, 0, TimeSpan.Zero);

    public static IssuedStamp Stamp { get; } = new(Guid.Parse("3b7d9f1e-2a4c-4e6a-8c0e-1f3a5b7d9e2c"),
        "9f2c4e6a8b0d1f3e5a7c9e1b3d5f7a9c2e4b6d8f0a1c3e5b7d9f1a3c5e7b9d0f", new DateOnly(2026, 7, 2), FunderReports.Rules);

    public static FunderReport Report { get; } = new(
        "liege-inclusion", GroupId, "Bibliothèque vivante de Liège-Centre",
        new DateOnly(2025, 9, 1), new DateOnly(2026, 6, 30), CutOff,
        new ParticipantFigures(Figure.Count(12), Figure.Count(10), Figure.Count(12), Figure.Count(2),
            Counts(("ar", 4), ("fr", 12), ("prs", 2), ("tr", 3))),
        new ActivityFigures([new(ActivityKind.Workshop, 36, 90), new(ActivityKind.ExchangeSession, 9, 18), new(ActivityKind.Visit, 2, 4)], 112,
            Figure.Volume(1008.5, 12), Figure.Share(380, 432), Figure.Count(46), Figure.Over(46, 52.5), Figure.Count(0), Figure.Over(31, 18.25)),
        new PairingFigures(Figure.Count(8), Figure.Count(6), Figure.Count(5)),
        new CaseFigures(Figure.Count(23), Figure.Count(15), Figure.Count(4),
            Counts(("bank", 5), ("energy-supplier", 3), ("health-insurance", 2), ("itsme", 6), ("myminfin", 4), ("other", 3)),
            Counts(("appointments", 2), ("forms-and-documents", 4), ("login-and-identity", 7), ("no-device-or-connection", 1),
                ("other", 1), ("paying", 5), ("security-and-scams", 3))),
        Loans((DeviceKind.Laptop, 6, 4, 1), (DeviceKind.Tablet, 3, 3, 0), (DeviceKind.MobileHotspot, 2, 1, 0)),
        new GroupProgress(Figure.Count(12),
        [
            Shift("1.1", [6, 3, 0, 0], [2, 5, 2, 0], movedUp: 6, said: [0, 0, 0, 0]),
            Shift("2.1", [5, 3, 0, 0], [3, 4, 1, 0], movedUp: 5, said: [0, 0, 0, 0]),
            Shift("4.2", [4, 1, 0, 0], [3, 2, 0, 0], movedUp: 1, said: [0, 0, 0, 0]),
            Shift("pay-bill-online", [5, 2, 0, 0], [1, 4, 2, 0], movedUp: 4, said: [1, 3, 4, 2]),
            Shift("log-in-with-itsme", [2, 0, 0, 0], [1, 1, 0, 0], movedUp: 1, said: [0, 4, 3, 0]),
        ], Figure.Over(5, 31.5), Figure.Count(6)),
        [
            new CampaignResult(MidProject, GroupId, CampaignKind.MidProject, AnswerMode.Named, new DateOnly(2026, 1, 12), new DateOnly(2026, 1, 23), true,
                Figure.Count(10),
                [
                    Choices("can:pay-bill-online", QuestionKind.SelfAssessment, "pay-bill-online", [3, 4, 3, 0]),
                    Choices("can:log-in-with-itsme", QuestionKind.SelfAssessment, "log-in-with-itsme", [2, 5, 2, 1]),
                    Choices("satisfaction-overall", QuestionKind.Satisfaction, null, [0, 0, 1, 4, 5]),
                    Choices("satisfaction-atmosphere", QuestionKind.Satisfaction, null, [0, 0, 0, 3, 7]),
                    Open("learned", 7),
                ],
                new Conclusions("Les binômes du mardi matin : on ose poser ses questions.", "Trop de monde le jeudi, on n'a pas le temps pour tout le monde.",
                    "Une séance sur itsme avec la carte d'identité, et une visite de l'EPN.", new DateOnly(2026, 1, 27))),
            new CampaignResult(EndOfProject, GroupId, CampaignKind.EndOfProject, AnswerMode.NamedOrAnonymous, new DateOnly(2026, 6, 8), new DateOnly(2026, 6, 19), true,
                Figure.Count(11),
                [
                    Choices("can:pay-bill-online", QuestionKind.SelfAssessment, "pay-bill-online", [1, 3, 4, 3]),
                    Choices("can:log-in-with-itsme", QuestionKind.SelfAssessment, "log-in-with-itsme", [0, 4, 5, 2]),
                    Choices("satisfaction-overall", QuestionKind.Satisfaction, null, [0, 0, 0, 3, 8]),
                    Choices("satisfaction-atmosphere", QuestionKind.Satisfaction, null, [0, 0, 1, 2, 8]),
                    Choices("satisfaction-help", QuestionKind.Satisfaction, null, [0, 0, 0, 4, 7]),
                    Open("learned", 9),
                    Open("change", 6),
                ],
                new Conclusions("Payer ses factures seul·e, et aider sa voisine à le faire.", null,
                    "Porter au CPAS la demande d'un guichet sans rendez-vous en ligne.", new DateOnly(2026, 6, 23))),
        ],
        new CampaignTotals(2, Figure.Count(21), []),
        [
            "Avant, je demandais à mon fils. Maintenant c'est moi qui montre à ma sœur.",
            "J'ai payé ma facture d'eau toute seule, sur mon téléphone.",
            "On rit beaucoup, et on apprend sans avoir honte.",
        ]);

    public static ReportLabels Labels { get; } = new("Liège Inclusion numérique", null, SkillCatalogue.BuiltIn, ServiceList.BuiltIn,
        new Dictionary<Guid, IReadOnlyList<Question>>
        {
            [MidProject] = Questions,
            [EndOfProject] = Questions,
        })
    {
        Languages = new Dictionary<string, Label>
        {
            ["ar"] = new("arabe", "Arabisch", "Arabic"),
            ["fr"] = new("français", "Frans", "French"),
            ["tr"] = new("turc", "Turks", "Turkish"),
        },
    };

    private static IReadOnlyList<Question> Questions =>
    [
        Questionnaire.SelfAssessment(EverydayTasks.Find("pay-bill-online")!),
        Questionnaire.SelfAssessment(EverydayTasks.Find("log-in-with-itsme")!),
        .. Questionnaire.Satisfaction,
        .. Questionnaire.OpenQuestions,
    ];

    /// <summary>Counts by code as the domain suppresses them (small cells and their complement).</summary>
    private static IReadOnlyList<CodeCount> Counts(params (string Code, int Count)[] counts)
    {
        var figures = Suppression.Cells([.. counts.Select(c => c.Count)]);
        return [.. counts.Select((c, i) => new CodeCount(c.Code, figures[i]))];
    }

    /// <summary>Loans by kind of device (lent, returned, overdue at the end), each column suppressed as the domain does.</summary>
    private static LoanFigures Loans(params (DeviceKind Kind, int Lent, int Returned, int Overdue)[] kinds)
    {
        var (lent, returned, overdue) = (Suppression.Cells([.. kinds.Select(k => k.Lent)]), Suppression.Cells([.. kinds.Select(k => k.Returned)]),
            Suppression.Cells([.. kinds.Select(k => k.Overdue)]));
        return new LoanFigures(Figure.Count(kinds.Sum(k => k.Lent)), Figure.Count(kinds.Sum(k => k.Returned)), Figure.Count(kinds.Sum(k => k.Overdue)),
            [.. kinds.Select((k, i) => new KindLoans(k.Kind, lent[i], returned[i], overdue[i]))]);
    }

    private static SkillShift Shift(string skill, int[] intake, int[] now, int movedUp, int[] said)
    {
        var reassessed = intake.Sum();
        return new SkillShift(skill, Figure.Count(reassessed), Figure.Count(movedUp), Figure.Share(movedUp, reassessed),
            Suppression.Cells(intake), Suppression.Cells(now), Suppression.Cells(said));
    }

    private static QuestionResult Choices(string key, QuestionKind kind, string? task, int[] choices)
    {
        var answered = choices.Sum();
        var first = Questionnaire.Choices(kind)!.Value.Min;
        var mean = choices.Select((n, i) => (double)n * (first + i)).Sum() / answered;
        return new QuestionResult(key, 1, kind, task, Figure.Count(answered), Suppression.Cells(choices), Figure.Over(answered, mean));
    }

    private static QuestionResult Open(string key, int answered) =>
        new(key, 1, QuestionKind.Open, null, Figure.Count(answered), null, null);
}
