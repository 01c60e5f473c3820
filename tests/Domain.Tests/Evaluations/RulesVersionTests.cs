using System.Text.Json;
using System.Text.Json.Serialization;
using LivingLibrary.Domain.Advocacy;
using LivingLibrary.Domain.Cases;
using LivingLibrary.Domain.Competences;
using LivingLibrary.Domain.Evaluations;
using LivingLibrary.Domain.ExchangeSessions;
using LivingLibrary.Domain.Groups;
using LivingLibrary.Domain.Loans;
using LivingLibrary.Domain.Observatory;
using LivingLibrary.Domain.Pairings;
using LivingLibrary.Domain.Participants;
using LivingLibrary.Domain.Reports;

namespace LivingLibrary.Domain.Tests.Evaluations;

/// <summary>
/// An issued report, or a demand's figures, regenerates as issued only under the rules it was built under (docs/adr/0009).
/// A fixed scene (fixed ids, days and cut-off; no clock) gives one report and one set of figures per rules version, whose
/// hashes are recorded here: when what is built from the same events changes, these tests fail until the rules version
/// is bumped and the new hash recorded under it. Never edit a recorded hash in place, nor this scene.
/// </summary>
public sealed class RulesVersionTests
{
    /// <summary>
    /// The SHA-256 of the scene's group report then organisation report (their JSON, one after the other), by
    /// <see cref="FunderReports.Rules"/>. Rules 1 were measured on 12ef214, the last commit before ADR 18.
    /// </summary>
    private static readonly Dictionary<int, string> ReportHashes = new()
    {
        [1] = "4f54408bd83fed3d9dbd86e45c3f4d3d48f9ab98de383c291ad1792da741cb27",
        [2] = "45021590c74a5c1c68254debe218a53800e00d606bd6b6296799e83bd543d891",
        [3] = "11bb0c420a153becb5126c3b7ddbe8229e096383e149fad2163fab5cd7c1c169",
    };

    /// <summary>
    /// The SHA-256 of the scene's figures for a demand on each service and on each service and kind of difficulty, as
    /// stored (JSON), by <see cref="AdvocacyEvidence.CurrentRules"/>. Rules 1, measured on 12ef214, were stored without the field.
    /// </summary>
    private static readonly Dictionary<int, string> EvidenceHashes = new()
    {
        [1] = "dcec9f567e819ebab210f0b096aa2e5ce8e3c0a5ce2be362c793209703a1728b",
        [2] = "f4855811b0724c0b177b0e70f4ae9cb474e7a125a0c5d2b389163024d43c14a7",
    };

    [Fact]
    public void The_funder_reports_of_a_fixed_scene_are_those_recorded_for_todays_rules()
    {
        var hash = FunderReports.Sha256([.. Report(Tuesday).Concat(Report(null))]);

        ReportHashes.Keys.Max().ShouldBe(FunderReports.Rules, "record the scene's hash for the rules version just made");
        hash.ShouldBe(ReportHashes[FunderReports.Rules],
            $"The funder report built from the same events changed: a report issued under rules {FunderReports.Rules} would no longer regenerate " +
            $"as issued. If that is meant, make FunderReports.Rules {FunderReports.Rules + 1}, record [{FunderReports.Rules + 1}] = \"{hash}\" " +
            "here and say so in ADR 9; if not, undo the change.");
    }

    [Fact]
    public void A_demands_figures_of_a_fixed_scene_are_those_recorded_for_todays_rules()
    {
        var hash = FunderReports.Sha256(JsonSerializer.SerializeToUtf8Bytes(Evidence(), Json));

        EvidenceHashes.Keys.Max().ShouldBe(AdvocacyEvidence.CurrentRules, "record the scene's hash for the rules version just made");
        hash.ShouldBe(EvidenceHashes[AdvocacyEvidence.CurrentRules],
            $"A demand's figures built from the same cases changed: figures taken under rules {AdvocacyEvidence.CurrentRules} would no longer " +
            $"regenerate as taken. If that is meant, make AdvocacyEvidence.CurrentRules {AdvocacyEvidence.CurrentRules + 1}, record " +
            $"[{AdvocacyEvidence.CurrentRules + 1}] = \"{hash}\" here and say so in ADR 9; if not, undo the change.");
    }

    [Fact]
    public void What_is_issued_says_its_rules_and_a_check_tells_other_rules_from_other_content()
    {
        var issued = (FunderReportIssued)IssueFunderReport.Decide(Id(9), new ReportRequest("org", Tuesday, From, To, CutOff), "hash",
            new Caller("coordinator-1", "org", Role.Coordinator), new DateOnly(2027, 1, 11)).Events.Single();

        (issued.Rules, IssuedReport.Create(issued).Rules).ShouldBe((FunderReports.Rules, FunderReports.Rules));
        Evidence().ShouldAllBe(e => e.Rules == AdvocacyEvidence.CurrentRules);
        CheckReasons.Of(true, 1, 2).ShouldBe(CheckReason.Matches);
        CheckReasons.Of(false, 1, 2).ShouldBe(CheckReason.IssuedUnderOtherRules);
        CheckReasons.Of(false, 2, 2).ShouldBe(CheckReason.ContentDiffers);
    }

    private static readonly DateOnly From = new(2026, 9, 1), To = new(2026, 12, 31);
    private static readonly DateTimeOffset CutOff = new(2027, 1, 10, 8, 0, 0, TimeSpan.Zero);
    private static readonly Guid Tuesday = Id(1), Thursday = Id(2), Desk = Id(3);

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    private static Guid Id(int n) => Guid.Parse($"00000000-0000-0000-0000-{n:D12}");

    private static byte[] Report(Guid? group) => FunderReports.Json(FunderReport.Build(new ReportRequest("org", group, From, To, CutOff), Sources()));

    private static IReadOnlyList<AdvocacyEvidence> Evidence()
    {
        var months = Sources().Cases.Select(CaseLine.Of).GroupBy(l => l.Month).OrderBy(m => m.Key, StringComparer.Ordinal).Select(m => ObservatoryMonth.Of(m.Key, m));
        var view = ObservatoryView.Of("2026-09", "2026-12", false, months);
        return
        [
            .. view.Services.Select(s => AdvocacyEvidence.Of(s.Code, null, CutOff, view)),
            .. view.Rows.Select(r => AdvocacyEvidence.Of(r.Service, r.Difficulty, CutOff, view)),
        ];
    }

    /// <summary>
    /// Two groups over a term: eleven people (one moves, one leaves), assessed at intake and later; four pairings; twenty
    /// cases in three months, some thin, four at a drop-in desk; two exchange sessions; a campaign answered by name and
    /// anonymously; loans, one overdue.
    /// </summary>
    private static ReportSources Sources()
    {
        var people = Enumerable.Range(1, 11).Select(n =>
        {
            var group = n <= 8 ? Tuesday : Thursday;
            var events = new List<object>
            {
                new ParticipantEnrolled(Id(100 + n), group, new PersonalDetails($"P{n}", null), n % 3 == 0 ? ["ar", "fr"] : n % 4 == 0 ? ["nl"] : ["fr"], [],
                    new Consent("n", new DateOnly(2026, 9, 2))),
                new SkillAssessed(Id(100 + n), group, "pay-bill-online", 1 + n % 2, AssessmentSource.ObservedByFacilitator, null, new DateOnly(2026, 9, 8), true),
            };
            if (n <= 7) events.Add(new SkillAssessed(Id(100 + n), group, "pay-bill-online", 2 + n % 3, AssessmentSource.ObservedByFacilitator, null, new DateOnly(2026, 11, 24), false));
            return Folded.Of<Participant>([.. events]);
        }).ToList();
        Stay Stay(int n, Guid group, DateOnly from, DateOnly? until = null, bool left = false) => new(Id(100 + n), group, from, until, left);

        Pairing Paired(int n, Guid learner, Guid helper, DateOnly on, int sessions, PairingOutcome? outcome) => Folded.Of<Pairing>([
            new PairingProposed(Id(300 + n), Tuesday, Id(400 + n), learner, helper, "pay-bill-online", null, null, "", on), new PairingStarted(Id(300 + n), helper, on),
            .. Enumerable.Range(0, sessions).Select(i => new HelpSessionLogged(Id(300 + n), on.AddDays(7 * i), 45 + 15 * i, "x", LearnerFeeling.Fine)),
            .. outcome is { } o ? [new PairingEnded(Id(300 + n), helper, on.AddDays(40), o, null, null, null)] : Array.Empty<object>(),
        ]);

        ProblemCase Case(int n, string service, string difficulty, DateOnly on, int minutes, int state)
        {
            var details = new CaseDetails("x", service, difficulty, ["pay-bill-online"], Urgency.Normal, null);
            object opened = n <= 16
                ? new CasePosted(Id(500 + n), n % 5 == 0 ? Thursday : Tuesday, Id(101 + n % 8), details, on)
                : new DropInRequestRecorded(Id(500 + n), Desk, on, new Visitor(Id(900 + n), ["fr"], null, null, null, null), details);
            object[] outcome = state switch
            {
                0 => [new CaseResolved(Id(500 + n), ["x"], n % 2 == 0 ? Autonomy.DoneTogether : Autonomy.DoneAlone, on.AddDays(3))],
                1 => [new CaseReferred(Id(500 + n), Id(800), "x", on.AddDays(2))],
                2 => [new CaseClosed(Id(500 + n), "x", on.AddDays(5))],
                _ => [],
            };
            return Folded.Of<ProblemCase>([opened,
                new CaseAccompanied(Id(500 + n), new Accompaniment(Id(600 + n), on, minutes, Setting.OnSite, DeviceUsed.OwnPhone, ProcedureProgress.Done, [], [], null, null, null, [], null)),
                .. outcome]);
        }
        string[] services = ["itsme", "itsme", "bank", "itsme", "bank", "myminfin"];
        string[] difficulties = ["login-and-identity", "paying", "login-and-identity"];

        Question Asked(string key, QuestionKind kind, string? task) => new(key, 1, kind, task, new Label(key, key, key));
        Answer[] Answers(int n, string? text) => [new("can:pay-bill-online", 1, 1 + n % 3, null), new("satisfaction-overall", 1, 3 + n % 3, null), new("learned", 1, null, text)];
        var campaign = Folded.Of<Campaign>([
            new CampaignOpened(Id(700), Tuesday, CampaignKind.EndOfProject, AnswerMode.NamedOrAnonymous, new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 15),
                [Asked("can:pay-bill-online", QuestionKind.SelfAssessment, "pay-bill-online"), Asked("satisfaction-overall", QuestionKind.Satisfaction, null), Asked("learned", QuestionKind.Open, null)]),
            new AnswerCodesHandedOut(Id(700), 4),
            .. Enumerable.Range(1, 5).Select(n => new NamedAnswersRecorded(Id(700), Id(100 + n), Answers(n, $"named {n}"), n % 2 == 0, new DateOnly(2026, 12, 8))),
            .. Enumerable.Range(1, 3).Select(n => new AnonymousAnswersRecorded(Id(700), Answers(n + 5, $"Ce que j'ai appris {n}"), n != 2, new DateOnly(2026, 12, 9))),
            new ConclusionsRecorded(Id(700), new Conclusions("L'entraide", null, "Continuer", new DateOnly(2026, 12, 15))),
            new CampaignClosed(Id(700), new DateOnly(2026, 12, 15)),
        ]);

        Device Lent(int n, DeviceKind kind, Guid borrower, DateOnly from, DateOnly until, DateOnly? back) => Folded.Of<Device>([
            new DeviceRegistered(Id(1000 + n), kind, $"INV-{n}", DeviceCondition.Good, null, new DateOnly(2026, 8, 1)),
            new DeviceLent(Id(1000 + n), Id(1100 + n), new Borrower(BorrowerKind.Participant, borrower, Tuesday, null), from, until, 0, new Agreement("pret-2026-fr", from)),
            .. back is { } b ? [new DeviceReturned(Id(1000 + n), Id(1100 + n), b, DeviceCondition.Good, null, null)] : Array.Empty<object>(),
        ]);

        return new ReportSources(
            [
                Folded.Of<Group>(new GroupCreated(Tuesday, "Mardi", "Liège", new DateOnly(2026, 9, 1), new DateOnly(2027, 6, 30), ["fr"])),
                Folded.Of<Group>(new GroupCreated(Thursday, "Jeudi", "Liège", new DateOnly(2026, 9, 1), new DateOnly(2027, 6, 30), ["fr", "nl"])),
            ],
            people,
            [
                .. Enumerable.Range(1, 6).Select(n => Stay(n, Tuesday, new DateOnly(2026, 9, 2))), Stay(7, Tuesday, new DateOnly(2026, 9, 2), new DateOnly(2026, 10, 15)),
                Stay(7, Thursday, new DateOnly(2026, 10, 15)), Stay(8, Tuesday, new DateOnly(2026, 9, 2), new DateOnly(2026, 11, 30), left: true),
                Stay(9, Thursday, new DateOnly(2026, 9, 3)), Stay(10, Thursday, new DateOnly(2026, 9, 3)), Stay(11, Thursday, new DateOnly(2026, 10, 1)),
            ],
            [
                Paired(1, Id(102), Id(101), new DateOnly(2026, 9, 15), 3, PairingOutcome.WentWell), Paired(2, Id(103), Id(101), new DateOnly(2026, 10, 1), 4, PairingOutcome.WentWell),
                Paired(3, Id(104), Id(105), new DateOnly(2026, 10, 5), 2, null), Paired(4, Id(106), Id(105), new DateOnly(2026, 11, 2), 1, PairingOutcome.Mixed),
            ],
            [.. Enumerable.Range(1, 20).Select(n => Case(n, services[n % 6], difficulties[n % 3], new DateOnly(2026, 9 + n % 3, 1 + n), 10 * n, n % 4))],
            [
                Folded.Of<LivingLibrary.Domain.Activities.Activity>(new ExchangeSessionHeld(Id(1200), Tuesday, new DateOnly(2026, 10, 6), [Id(101), Id(102), Id(103)], null)),
                Folded.Of<LivingLibrary.Domain.Activities.Activity>(new ExchangeSessionHeld(Id(1201), Thursday, new DateOnly(2026, 11, 10), [Id(109), Id(110)], null)),
            ],
            [campaign],
            [
                Lent(1, DeviceKind.Laptop, Id(101), new DateOnly(2026, 9, 10), new DateOnly(2026, 10, 10), new DateOnly(2026, 10, 8)),
                Lent(2, DeviceKind.Laptop, Id(102), new DateOnly(2026, 10, 1), new DateOnly(2026, 11, 1), null),
                Lent(3, DeviceKind.Tablet, Id(103), new DateOnly(2026, 11, 1), new DateOnly(2027, 3, 1), null),
            ],
            ServiceList.BuiltIn,
            SkillCatalogue.BuiltIn);
    }
}
