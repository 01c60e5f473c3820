using LivingLibrary.Domain.Cases;
using LivingLibrary.Domain.Competences;
using LivingLibrary.Domain.Evaluations;
using LivingLibrary.Domain.Groups;
using LivingLibrary.Domain.Observatory;
using LivingLibrary.Domain.Pairings;

namespace LivingLibrary.Domain.Tests;

/// <summary>
/// Corrections are events: a corrected session, accompaniment, case or named answer counts as corrected, a voided one
/// counts nowhere, and the first record stays in the history (its event is never changed). Each decision is total.
/// </summary>
public sealed class CorrectionTests
{
    private static readonly DateOnly Today = new(2026, 11, 24);
    private static readonly Guid GroupId = Guid.Parse("00000000-0000-0000-0000-0000000000a1");
    private static readonly Guid Samira = Guid.Parse("00000000-0000-0000-0000-000000000001");
    private static readonly Guid Helper = Guid.Parse("00000000-0000-0000-0000-000000000002");
    private const string Facilitator = "facilitator-1";

    private static Guid Id(int n) => Guid.Parse($"0194f2a0-0000-7000-8000-{n:D12}");

    private static Pairing Active() =>
        Pairing.Create(new PairingProposed(Id(1), GroupId, Id(2), Samira, Helper, "pay-bill-online", null, 100, "x", Today.AddDays(-30)))
            .Apply(new PairingStarted(Id(1), Helper, Today.AddDays(-20)));

    private static Pairing Logged(Pairing pairing, Guid session, int minutes) =>
        pairing.Apply((HelpSessionLogged)new LogHelpSession(Today.AddDays(-3), minutes, "bills", LearnerFeeling.Fine).Decide(session, pairing, Today).Events.Single());

    [Fact]
    public void A_corrected_session_counts_with_its_new_minutes_and_a_voided_one_counts_nowhere()
    {
        var pairing = Logged(Logged(Active(), Id(10), 30), Id(11), 45);

        var corrected = new CorrectHelpSession(Today.AddDays(-4), 90, "bills, then the bank", LearnerFeeling.Confident, CorrectionReason.TypingMistake, null)
            .Decide(pairing, Id(10), Facilitator, Today);
        corrected.Events.ShouldBe([new HelpSessionCorrected(pairing.Id, Id(10), Today.AddDays(-4), 90, "bills, then the bank", LearnerFeeling.Confident,
            new Correction(Facilitator, CorrectionReason.TypingMistake, null))]);
        pairing = pairing.Apply((HelpSessionCorrected)corrected.Events[0]);
        Progress.HelpGivenBy(Helper, [pairing], []).Minutes.ShouldBe(90 + 45);

        var voided = new VoidHelpSession(CorrectionReason.DidNotHappen, "  Samira was ill  ").Decide(pairing, Id(11), Facilitator);
        voided.Events.ShouldBe([new HelpSessionVoided(pairing.Id, Id(11), new Correction(Facilitator, CorrectionReason.DidNotHappen, "Samira was ill"))]);
        pairing = pairing.Apply((HelpSessionVoided)voided.Events[0]);
        pairing.Sessions.Select(s => s.Id).ShouldBe([Id(10)]);
        Progress.HelpGivenBy(Helper, [pairing], []).Minutes.ShouldBe(90);

        new VoidHelpSession(CorrectionReason.Duplicate, null).Decide(pairing, Id(11), Facilitator).Refusal!.Kind.ShouldBe(RefusalKind.Conflict);
        new CorrectHelpSession(Today, 10, "x", LearnerFeeling.Fine, CorrectionReason.Other, "x").Decide(pairing, Id(11), Facilitator, Today)
            .Refusal!.Kind.ShouldBe(RefusalKind.Conflict);
        new VoidHelpSession(CorrectionReason.Duplicate, null).Decide(pairing, Id(99), Facilitator).Refusal!.Kind.ShouldBe(RefusalKind.NotFound);
        new VoidHelpSession(CorrectionReason.Duplicate, null).Decide(pairing, Guid.Empty, Facilitator).Refusal!.Kind.ShouldBe(RefusalKind.NotFound);
    }

    [Fact]
    public void A_correction_needs_a_reason_from_the_list_and_words_when_the_reason_is_other_and_the_same_facts_change_nothing()
    {
        var pairing = Logged(Active(), Id(10), 30);

        var refused = new VoidHelpSession(null, null).Decide(pairing, Id(10), Facilitator).Refusal!;
        refused.Errors!.Keys.ShouldBe(["reason"]);
        new VoidHelpSession((CorrectionReason)42, null).Decide(pairing, Id(10), Facilitator).Refusal!.Errors!.Keys.ShouldBe(["reason"]);
        new VoidHelpSession(CorrectionReason.Other, " ").Decide(pairing, Id(10), Facilitator).Refusal!.Errors!.Keys.ShouldBe(["explanation"]);
        new VoidHelpSession(CorrectionReason.Other, new string('x', Corrections.ExplanationMax + 1)).Decide(pairing, Id(10), Facilitator)
            .Refusal!.Errors!["explanation"].ShouldBe([Says.TooLong(Corrections.ExplanationMax)]);
        new CorrectHelpSession(Today.AddDays(-3), 30, "bills", LearnerFeeling.Fine, CorrectionReason.TypingMistake, null)
            .Decide(pairing, Id(10), Facilitator, Today).ShouldBe(Decision.Nothing);
    }

    [Fact]
    public void A_session_logged_before_sessions_had_ids_gets_the_same_id_at_every_fold_and_can_be_voided()
    {
        var pairing = Active().Apply(new HelpSessionLogged(Id(1), Today, 30, "x", LearnerFeeling.Fine))
            .Apply(new HelpSessionLogged(Id(1), Today, 40, "y", LearnerFeeling.Fine));
        var second = Pairing.NumberedSession(Id(1), 2);
        pairing.Sessions.Select(s => s.Id).ShouldBe([Pairing.NumberedSession(Id(1), 1), second]);

        var voided = pairing.Apply((HelpSessionVoided)new VoidHelpSession(CorrectionReason.Duplicate, null).Decide(pairing, second, Facilitator).Events[0]);
        voided.Sessions.Single().DurationMinutes.ShouldBe(30);
        // a session logged after the voiding is numbered after every logged one, not after the ones that count
        voided.Apply(new HelpSessionLogged(Id(1), Today, 50, "z", LearnerFeeling.Fine)).Sessions[^1].Id.ShouldBe(Pairing.NumberedSession(Id(1), 3));
    }

    private static readonly CaseDetails Itsme = new("Activer itsme", "itsme", "login-and-identity", ["log-in-with-itsme"], Urgency.Normal, null);

    private static ProblemCase Accompanied(Guid caseId, params int[] minutes) =>
        minutes.Select((m, i) => new CaseAccompanied(caseId, new Accompaniment(Id(50 + i), Today.AddDays(-1), m, Setting.OnSite, DeviceUsed.OwnPhone,
                ProcedureProgress.Done, [Facilitator], [], null, null, null, [], null)))
            .Aggregate(ProblemCase.Create(new CasePosted(caseId, GroupId, Samira, Itsme, Today.AddDays(-3))), (c, e) => c.Apply(e));

    [Fact]
    public void A_corrected_accompaniment_counts_its_new_minutes_and_a_voided_one_counts_nowhere()
    {
        var problem = Accompanied(Id(5), 30, 20);

        var corrected = new CorrectAccompaniment(Today.AddDays(-2), 60, Setting.Remote, DeviceUsed.OwnComputer, ProcedureProgress.PartlyDone, ["step"], "note",
            CorrectionReason.TypingMistake, null).Decide(problem, Id(50), Facilitator, Today);
        var e = corrected.Events.Single().ShouldBeOfType<AccompanimentCorrected>();
        (e.Accompaniment with { Steps = [] }).ShouldBe(problem.Accompaniments[0] with
        {
            On = Today.AddDays(-2), Minutes = 60, Setting = Setting.Remote, Device = DeviceUsed.OwnComputer, Progress = ProcedureProgress.PartlyDone,
            Steps = [], Note = "note",
        }, "the same accompaniment (its helpers too) with the new facts");
        e.Accompaniment.Steps.ShouldBe(["step"]);
        problem = problem.Apply(e);
        CaseActivity.Of([problem]).Minutes.ShouldBe(80);

        problem = problem.Apply((AccompanimentVoided)new VoidAccompaniment(CorrectionReason.Duplicate, null).Decide(problem, Id(51), Facilitator).Events[0]);
        CaseActivity.Of([problem]).ShouldSatisfyAllConditions(a => a.Minutes.ShouldBe(60), a => a.Accompaniments.ShouldBe(1));
        new VoidAccompaniment(CorrectionReason.Duplicate, null).Decide(problem, Id(51), Facilitator).Refusal!.Kind.ShouldBe(RefusalKind.Conflict);
        new VoidAccompaniment(CorrectionReason.Duplicate, null).Decide(problem, Id(77), Facilitator).Refusal!.Kind.ShouldBe(RefusalKind.NotFound);
        new CorrectAccompaniment(null, 0, null, null, null, null, null, null, null).Decide(problem, Id(50), Facilitator, Today)
            .Refusal!.Errors!.Keys.ShouldBe(["on", "minutes", "setting", "device", "progress", "reason"], ignoreOrder: true);
    }

    [Fact]
    public void A_corrected_case_counts_under_its_new_service_and_a_voided_case_counts_nowhere_and_takes_no_more_commands()
    {
        var problem = Accompanied(Id(5), 30);
        var other = Accompanied(Id(6), 15);

        var corrected = new CorrectCase("Activer itsme sur le téléphone", "myminfin", "login-and-identity", null, Urgency.High, null,
            CorrectionReason.TypingMistake, null).Decide(problem, Facilitator, ServiceList.BuiltIn, SkillCatalogue.BuiltIn, Today);
        problem = problem.Apply(corrected.Events.Single().ShouldBeOfType<CaseCorrected>());
        CaseLine.Of(problem).Service.ShouldBe("myminfin");
        problem.Details.Urgency.ShouldBe(Urgency.High);

        var voided = new VoidCase(CorrectionReason.WrongPerson, null).Decide(problem, Facilitator);
        voided.Events.ShouldBe([new CaseVoided(problem.Id, new Correction(Facilitator, CorrectionReason.WrongPerson, null))]);
        problem = problem.Apply((CaseVoided)voided.Events[0]);

        CaseActivity.Of([problem, other]).ShouldSatisfyAllConditions(a => a.Requests.ShouldBe(1), a => a.Minutes.ShouldBe(15), a => a.Open.ShouldBe(1));
        var month = ObservatoryMonth.Of(CaseLine.MonthOf(problem.PostedOn), [CaseLine.Of(Accompanied(Id(5), 30)), CaseLine.Of(other)]);
        month.With(CaseLine.Of(Accompanied(Id(5), 30)), -1).With(CaseLine.Of(problem), 1).Cells.Sum(c => c.Cases).ShouldBe(1);

        new VoidCase(CorrectionReason.WrongPerson, null).Decide(problem, Facilitator).Refusal!.Kind.ShouldBe(RefusalKind.Conflict);
        new ReopenCase(null).Decide(problem, Today).Refusal!.Detail.ShouldBe(Says.CaseVoided);
        new CloseCase("x").Decide(problem, Today).Refusal!.Detail.ShouldBe(Says.CaseVoided);
        new ResolveCase(["x"], Autonomy.DoneAlone, null).Decide(problem, Today).Refusal!.Detail.ShouldBe(Says.CaseVoided);
        new CorrectCase("x", "itsme", "login-and-identity", null, null, null, CorrectionReason.TypingMistake, null)
            .Decide(problem, Facilitator, ServiceList.BuiltIn, SkillCatalogue.BuiltIn, Today).Refusal!.Detail.ShouldBe(Says.CaseVoided);
    }

    private static Campaign Opened() =>
        Campaign.Create((CampaignOpened)new OpenCampaign(CampaignKind.EndOfProject, AnswerMode.Named, Today.AddDays(-7), Today.AddDays(7), ["pay-bill-online"])
            .Decide(Id(70), Group.Create(new GroupCreated(GroupId, "Mardi", "Agora", new DateOnly(2026, 9, 1), new DateOnly(2027, 6, 30), ["fr"])), [], [],
                SkillCatalogue.BuiltIn).Events.Single());

    private static List<Answer?> Answered(Campaign campaign, int choice) =>
        [.. campaign.Questions.Select(q => (Answer?)(Questionnaire.Choices(q.Kind) is var (min, max)
            ? new Answer(q.Key, q.Version, Math.Clamp(choice, min, max), null) : new Answer(q.Key, q.Version, null, "x")))];

    [Fact]
    public void Corrected_named_answers_count_in_the_results_and_voided_ones_count_nowhere()
    {
        var campaign = Opened();
        campaign = campaign.Apply(new NamedAnswersRecorded(campaign.Id, Samira, [.. Answered(campaign, 0).OfType<Answer>()], false, Today))
            .Apply(new NamedAnswersRecorded(campaign.Id, Helper, [.. Answered(campaign, 0).OfType<Answer>()], false, Today));
        var canDo = campaign.Questions.First(q => q.Kind == QuestionKind.SelfAssessment);

        var corrected = new CorrectNamedAnswers(Answered(campaign, 3), true, CorrectionReason.TypingMistake, null).Decide(campaign, Samira, Facilitator);
        campaign = campaign.Apply(corrected.Events.Single().ShouldBeOfType<NamedAnswersCorrected>());
        var result = CampaignResults.ForItsGroup(campaign).Questions.Single(q => q.Question == canDo.Key);
        result.Choices![3].Value.ShouldBe(1);
        result.Choices[0].Value.ShouldBe(1);

        campaign = campaign.Apply((NamedAnswersVoided)new VoidNamedAnswers(CorrectionReason.WrongPerson, null).Decide(campaign, Helper, Facilitator).Events[0]);
        CampaignResults.ForItsGroup(campaign).Questions.Single(q => q.Question == canDo.Key).ShouldSatisfyAllConditions(
            q => q.Answered.Value.ShouldBe(1), q => q.Choices![0].Value.ShouldBe(0));

        new VoidNamedAnswers(CorrectionReason.WrongPerson, null).Decide(campaign, Helper, Facilitator).Refusal!.Kind.ShouldBe(RefusalKind.Conflict);
        new VoidNamedAnswers(CorrectionReason.WrongPerson, null).Decide(campaign, Id(99), Facilitator).Refusal!.Kind.ShouldBe(RefusalKind.NotFound);
        // the right person may then answer: voided answers are not theirs
        new RecordNamedAnswers(Helper, Answered(campaign, 1), false).Decide(campaign, null, Today).Refusal!.Kind.ShouldBe(RefusalKind.NotFound);
    }

    [Fact]
    public void A_closed_campaign_reopens_until_its_closing_day_or_a_new_one_and_an_open_one_stays_as_it_is()
    {
        var open = Opened();
        new ReopenCampaign(null).Decide(open, Today).ShouldBe(Decision.Nothing);

        var closed = open.Apply(new CampaignClosed(open.Id, Today));
        closed.IsTakingAnswers(Today).ShouldNotBeNull();
        var reopened = closed.Apply((CampaignReopened)new ReopenCampaign(null).Decide(closed, Today).Events.Single());
        reopened.IsTakingAnswers(Today).ShouldBeNull();

        var late = closed with { ClosesOn = Today.AddDays(-1) };
        new ReopenCampaign(null).Decide(late, Today).Refusal!.Errors!.Keys.ShouldBe(["closesOn"]);
        new ReopenCampaign(Today.AddDays(10)).Decide(late, Today).Events.ShouldBe([new CampaignReopened(late.Id, Today, Today.AddDays(10))]);
    }
}
