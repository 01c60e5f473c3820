using LivingLibrary.Domain.Cases;
using LivingLibrary.Domain.Competences;
using LivingLibrary.Domain.Evaluations;
using LivingLibrary.Domain.ExchangeSessions;
using LivingLibrary.Domain.Groups;
using LivingLibrary.Domain.Pairings;
using LivingLibrary.Domain.Participants;
using LivingLibrary.Domain.Reports;

namespace LivingLibrary.Domain.Tests.Evaluations;

/// <summary>A year of two groups, reported for one of them and for the organisation, from September to December.</summary>
public sealed class FunderReportTests
{
    private static readonly DateOnly From = new(2026, 9, 1), To = new(2026, 12, 31);
    private static readonly Guid Tuesday = Id(1), Thursday = Id(2);

    private static Guid Id(int n) => Guid.Parse($"00000000-0000-0000-0000-{n:D12}");

    private static Group GroupOf(Guid id, string name) => Group.Create(new GroupCreated(id, name, "Liège", new DateOnly(2026, 9, 1), new DateOnly(2027, 6, 30), ["fr"]));

    private static Participant Person(int n, Guid group, string[] languages, params (string Skill, int Level, DateOnly On, bool Intake)[] levels) =>
        levels.Aggregate(Participant.Create(new ParticipantEnrolled(Id(100 + n), group, new PersonalDetails($"P{n}", null), languages, [], new Consent("n", From))),
            (p, l) => p.Apply(new SkillAssessed(p.Id, group, l.Skill, l.Level, AssessmentSource.ObservedByFacilitator, null, l.On, l.Intake)));

    private static Pairing Paired(int n, Guid group, Guid learner, Guid helper, DateOnly startedOn, int sessions, PairingOutcome? outcome)
    {
        var pairing = Pairing.Create(new PairingProposed(Id(300 + n), group, Id(400 + n), learner, helper, "pay-bill-online", null, null, "", startedOn))
            .Apply(new PairingStarted(Id(300 + n), helper, startedOn));
        for (var i = 0; i < sessions; i++) pairing = pairing.Apply(new HelpSessionLogged(pairing.Id, startedOn.AddDays(7 * i), 60, "x", LearnerFeeling.Fine));
        return outcome is { } o ? pairing.Apply(new PairingEnded(pairing.Id, helper, startedOn.AddDays(30), o, null, null, null)) : pairing;
    }

    private static ProblemCase Case(int n, Guid group, Guid person, string service, DateOnly on, bool resolved)
    {
        var posted = ProblemCase.Create(new CasePosted(Id(500 + n), group, person, new CaseDetails("x", service, "paying", ["pay-bill-online"], Urgency.Normal, null), on));
        return resolved ? posted.Apply(new CaseResolved(posted.Id, ["x"], Autonomy.DoneAlone, on)) : posted;
    }

    private static ReportSources Sources()
    {
        var intake = new DateOnly(2026, 9, 8);
        var people = Enumerable.Range(1, 5).Select(n => Person(n, Tuesday, n <= 3 ? ["fr", "ar"] : ["fr"], ("pay-bill-online", 2, intake, true),
            ("pay-bill-online", n <= 4 ? 4 : 2, new DateOnly(2026, 11, 20), false))).ToList();
        people.Add(Person(6, Thursday, ["nl"]));
        Stay Stay(int n, Guid group, DateOnly from, DateOnly? until = null, bool left = false) => new(Id(100 + n), group, from, until, left);
        return new ReportSources(
            [GroupOf(Tuesday, "Mardi"), GroupOf(Thursday, "Jeudi")],
            people,
            [Stay(1, Tuesday, new DateOnly(2026, 8, 20)), Stay(2, Tuesday, new DateOnly(2026, 9, 2)), Stay(3, Tuesday, new DateOnly(2026, 9, 2)),
             Stay(4, Tuesday, new DateOnly(2026, 9, 2)), Stay(5, Tuesday, new DateOnly(2026, 9, 2), new DateOnly(2026, 10, 1)),
             Stay(5, Thursday, new DateOnly(2026, 10, 1), new DateOnly(2026, 11, 1), left: true), Stay(6, Thursday, new DateOnly(2026, 9, 3))],
            [Paired(1, Tuesday, Id(102), Id(101), new DateOnly(2026, 9, 15), 3, PairingOutcome.WentWell),
             Paired(2, Tuesday, Id(103), Id(101), new DateOnly(2026, 10, 1), 4, PairingOutcome.WentWell),
             Paired(3, Tuesday, Id(104), Id(101), new DateOnly(2026, 10, 5), 3, null),
             Paired(4, Tuesday, Id(105), Id(101), new DateOnly(2026, 8, 1), 1, PairingOutcome.WentWell)], // before the period
            [Case(1, Tuesday, Id(102), "itsme", new DateOnly(2026, 10, 1), true), Case(2, Tuesday, Id(103), "itsme", new DateOnly(2026, 10, 2), true),
             Case(3, Tuesday, Id(104), "itsme", new DateOnly(2026, 10, 3), false), Case(4, Tuesday, Id(104), "bank", new DateOnly(2026, 10, 4), false),
             Case(5, Thursday, Id(106), "bank", new DateOnly(2026, 10, 5), false)],
            [ExchangeSession.Create(new ExchangeSessionHeld(Id(600), Tuesday, new DateOnly(2026, 10, 6), [], null)),
             ExchangeSession.Create(new ExchangeSessionHeld(Id(601), Thursday, new DateOnly(2027, 1, 6), [], null))],
            [],
            ServiceList.BuiltIn,
            SkillCatalogue.BuiltIn);
    }

    private static FunderReport Report(Guid? group) =>
        FunderReport.Build(new ReportRequest("org", group, From, To, new DateTimeOffset(2027, 1, 10, 0, 0, 0, TimeSpan.Zero)), Sources());

    [Fact]
    public void A_groups_report_counts_who_took_part_joined_and_left_in_the_period_a_move_counting_as_leaving_the_group()
    {
        var report = Report(Tuesday);

        report.GroupName.ShouldBe("Mardi");
        report.Participants.ShouldSatisfyAllConditions(
            p => p.TookPart.Value.ShouldBe(5), p => p.AtEnd.Value.ShouldBe(4), p => p.Joined.Value.ShouldBe(4), p => p.Left.ShouldBe(Figure.Hidden));
        report.Participants.Languages.Select(l => (l.Code, l.Count.ToString())).ShouldBe([("ar", "3"), ("fr", "5")]);
    }

    [Fact]
    public void The_organisations_report_counts_only_leaving_as_leaving_and_sums_the_groups()
    {
        var report = Report(null);

        report.GroupName.ShouldBeNull();
        (report.Participants.TookPart.Value, report.Participants.Joined.Value).ShouldBe((6, 5));
        report.Participants.Left.ShouldBe(Figure.Hidden); // one person left the organisation
        report.Activity.ExchangeSessions.ShouldBe(1); // the other is after the period
        report.Cases.ByService.Select(c => (c.Code, c.Count.ToString())).ShouldBe([("bank", "suppressed"), ("itsme", "suppressed")]);
        report.Cases.Posted.Value.ShouldBe(5);
    }

    [Fact]
    public void Pairings_count_those_started_in_the_period_those_that_lasted_three_sessions_and_those_that_went_well()
    {
        var report = Report(Tuesday);

        report.Pairings.ShouldBe(new PairingFigures(new(3), new(3), Figure.Hidden));
        report.Activity.HelpSessions.Value.ShouldBe(10);
        report.Activity.HelpHours.Value.ShouldBe(10);
        report.Cases.ShouldSatisfyAllConditions(c => c.Posted.Value.ShouldBe(4), c => c.Resolved.ShouldBe(Figure.Hidden), c => c.Referred.ShouldBe(new Figure(0)));
    }

    [Fact]
    public void Progress_shows_who_moved_up_from_intake_and_hides_the_hours_of_a_single_helper()
    {
        var progress = Report(Tuesday).Progress;
        var bill = progress.Skills.Single(s => s.Skill == "pay-bill-online");

        (bill.Reassessed.Value, bill.MovedUp.Value).ShouldBe((5, 4));
        bill.ShareMovedUp.ShouldBe(Figure.Hidden, "the one who did not move is one person");
        bill.BandsAtIntake.Select(b => b.ToString()).ShouldBe(["5", "0", "0", "0"]);
        bill.BandsNow.Select(b => b.ToString()).ShouldBe(["suppressed", "4", "suppressed", "0"]); // 1 and its complement, a zero
        progress.HelpHours.ShouldBe(Figure.Hidden);
        progress.People.Value.ShouldBe(5);
    }

    [Fact]
    public void The_same_sources_give_the_same_bytes()
    {
        FunderReports.Json(Report(Tuesday)).ShouldBe(FunderReports.Json(Report(Tuesday)));
        FunderReports.Sha256(FunderReports.Json(Report(Tuesday))).Length.ShouldBe(64);
    }
}
