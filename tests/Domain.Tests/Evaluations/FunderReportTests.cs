using LivingLibrary.Domain.Cases;
using LivingLibrary.Domain.Competences;
using LivingLibrary.Domain.Evaluations;
using LivingLibrary.Domain.Activities;
using LivingLibrary.Domain.ExchangeSessions;
using LivingLibrary.Domain.Groups;
using LivingLibrary.Domain.Loans;
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

    /// <summary>A device and its loans, each to a participant of a group (or, with no group, a drop-in visitor), returned when a day is given.</summary>
    private static Device Lent(int n, DeviceKind kind, params (Guid Borrower, Guid? Group, DateOnly From, DateOnly Until, DateOnly? Back)[] loans)
    {
        var device = Device.Create(new DeviceRegistered(Id(700 + n), kind, $"INV-{n}", DeviceCondition.Good, null, new DateOnly(2026, 8, 1)));
        foreach (var (loan, i) in loans.Select((l, i) => (l, i)))
        {
            var borrower = loan.Group is { } group ? new Borrower(BorrowerKind.Participant, loan.Borrower, group, null) : new Borrower(BorrowerKind.Visitor, loan.Borrower, null, Id(800));
            device = device.Apply(new DeviceLent(device.Id, Id(710 + 10 * n + i), borrower, loan.From, loan.Until, 0, new Agreement("pret-2026-fr", loan.From)));
            if (loan.Back is { } back) device = device.Apply(new DeviceReturned(device.Id, Id(710 + 10 * n + i), back, DeviceCondition.Good, null, null));
        }
        return device;
    }

    private static IReadOnlyList<Device> Devices() =>
    [
        Lent(1, DeviceKind.Laptop, (Id(101), Tuesday, new(2026, 9, 10), new(2026, 10, 10), new(2026, 10, 8)), (Id(102), Tuesday, new(2026, 10, 15), new(2026, 11, 15), null)),
        Lent(2, DeviceKind.Laptop, (Id(103), Tuesday, new(2026, 9, 20), new(2027, 3, 1), null)),
        Lent(3, DeviceKind.Laptop, (Id(104), Tuesday, new(2026, 11, 1), new(2026, 12, 1), new(2027, 1, 5))), // back after the period
        Lent(4, DeviceKind.Tablet, (Id(106), Thursday, new(2026, 10, 1), new(2026, 10, 30), new(2026, 10, 29))),
        Lent(5, DeviceKind.MobileHotspot, (Id(900), null, new(2026, 11, 2), new(2026, 11, 20), null)),
        Lent(6, DeviceKind.Laptop, (Id(105), Tuesday, new(2026, 8, 1), new(2026, 8, 31), new(2026, 8, 30))), // before the period
    ];

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
            [Activity.Create(new ExchangeSessionHeld(Id(600), Tuesday, new DateOnly(2026, 10, 6), [], null)),
             Activity.Create(new ExchangeSessionHeld(Id(601), Thursday, new DateOnly(2027, 1, 6), [], null))],
            [],
            Devices(),
            ServiceList.BuiltIn,
            SkillCatalogue.BuiltIn);
    }

    private static FunderReport Report(Guid? group, DateTimeOffset? cutOff = null) =>
        FunderReport.Build(new ReportRequest("org", group, From, To, cutOff ?? new DateTimeOffset(2027, 1, 10, 0, 0, 0, TimeSpan.Zero)), Sources());

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
        report.Activity.Activities.ShouldBe([new KindHours(ActivityKind.ExchangeSession, 1, 0)]); // the other is after the period
        // Five cases, none of four in a month and service: the cases brought are shown, not where (docs/adr/0018).
        report.Cases.Posted.Value.ShouldBe(5);
        report.Cases.ByService.ShouldBeEmpty();
        report.Cases.ByDifficulty.ShouldBeEmpty();
    }

    [Fact]
    public void Pairings_count_those_started_in_the_period_those_that_lasted_three_sessions_and_those_that_went_well()
    {
        var report = Report(Tuesday);

        report.Pairings.ShouldBe(new PairingFigures(new(3), new(3), Figure.Hidden));
        report.Activity.HelpSessions.Value.ShouldBe(10);
        report.Activity.HelpHours.Value.ShouldBe(10);
        // The group's cases in all are a volume of its work: shown with where they stand (docs/adr/0018).
        report.Cases.ShouldSatisfyAllConditions(c => c.Posted.Value.ShouldBe(4), c => c.Resolved.Value.ShouldBe(2), c => c.Referred.ShouldBe(new Figure(0)));
    }

    [Fact]
    public void Progress_shows_who_moved_up_from_intake_and_the_hours_of_help_given_in_the_group()
    {
        var progress = Report(Tuesday).Progress;
        var bill = progress.Skills.Single(s => s.Skill == "pay-bill-online");

        (bill.Reassessed.Value, bill.MovedUp.Value).ShouldBe((5, 4));
        bill.ShareMovedUp.ShouldBe(Figure.Hidden, "the one who did not move is one person");
        bill.BandsAtIntake.Select(b => b.ToString()).ShouldBe(["5", "0", "0", "0"]);
        bill.BandsNow.Select(b => b.ToString()).ShouldBe(["suppressed", "suppressed", "0", "0"]); // 1 and its complement, the 4
        progress.HelpHours.Value.ShouldBe(11, "hours given are what the group did, shown once five people are in it (docs/adr/0018)");
        progress.People.Value.ShouldBe(5);
    }

    [Fact]
    public void A_groups_loans_are_those_to_its_participants_lent_returned_and_overdue_at_the_end_of_the_period()
    {
        var loans = Report(Tuesday).Loans;

        // Lent in the period: four laptops (not the one of August); back in it: one; overdue on 31 December: two (one came back in January).
        (loans.Lent.Value, loans.Returned, loans.OverdueAtEnd).ShouldBe((4, Figure.Hidden, Figure.Hidden));
        loans.ByKind.ShouldBe([new KindLoans(DeviceKind.Laptop, new(4), Figure.Hidden, Figure.Hidden)]);
    }

    [Fact]
    public void The_organisations_loans_are_every_loan_visitors_too_each_kind_suppressed_with_its_complement()
    {
        var loans = Report(null).Loans;

        (loans.Lent.Value, loans.Returned, loans.OverdueAtEnd.Value).ShouldBe((6, Figure.Hidden, 3));
        loans.ByKind.Select(k => k.Kind).ShouldBe([DeviceKind.Laptop, DeviceKind.Tablet, DeviceKind.MobileHotspot]);
        // Lent 4, 1, 1: the small cells hide the laptops' 4 too, or the total would give them away.
        loans.ByKind.ShouldAllBe(k => k.Lent.Suppressed && k.Returned.Suppressed && k.Overdue.Suppressed);
    }

    [Fact]
    public void A_period_that_ends_after_the_cut_off_counts_what_is_overdue_at_the_cut_off()
    {
        // On 25 November, only the laptop due on 15 November and the hotspot due on 20 November are late.
        Report(null, new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero)).Loans.OverdueAtEnd.ShouldBe(Figure.Hidden);
        Report(null).Loans.OverdueAtEnd.ShouldBe(new Figure(3));
    }

    [Fact]
    public void The_same_sources_give_the_same_bytes()
    {
        FunderReports.Json(Report(Tuesday)).ShouldBe(FunderReports.Json(Report(Tuesday)));
        FunderReports.Sha256(FunderReports.Json(Report(Tuesday))).Length.ShouldBe(64);
    }
}
