using System.Reflection;
using System.Text.Json;
using LivingLibrary.Domain.Cases;
using LivingLibrary.Domain.DropIns;
using LivingLibrary.Domain.Groups;
using LivingLibrary.Domain.Loans;
using LivingLibrary.Domain.Participants;

namespace LivingLibrary.Domain.Tests.Loans;

public sealed class DeviceTests
{
    private static readonly DateOnly Today = new(2026, 11, 24);
    private static readonly Guid DeviceId = Guid.Parse("0194f2a0-0000-7000-8000-0000000000d1");
    private static readonly Guid LoanId = Guid.Parse("0194f2a0-0000-7000-8000-0000000000d2");
    private static readonly Guid Tuesday = Guid.Parse("0194f2a0-0000-7000-8000-0000000000b1");
    private static readonly Guid Samira = Guid.Parse("0194f2a0-0000-7000-8000-0000000000a1");
    private static readonly Guid DeskId = Guid.Parse("0194f2a0-0000-7000-8000-0000000000e1");
    private static readonly Guid VisitorId = Guid.Parse("0194f2a0-0000-7000-8000-0000000000e2");

    private static readonly Participant Participant = Participant.Create(new ParticipantEnrolled(Samira, Tuesday, new PersonalDetails("Samira", null),
        ["ar", "fr"], [], new Consent("notice-2026-fr", new DateOnly(2026, 9, 1))));

    private static readonly Group Group = Group.Create(new GroupCreated(Tuesday, "Mardi", "Agora", new DateOnly(2026, 9, 1), new DateOnly(2027, 6, 30), ["fr"]))
        .Apply(new FacilitatorAssigned(Tuesday, "amina", "Amina"));

    private static readonly DropInDesk Desk = DropInDesk.Create(new DropInDeskOpened(DeskId, "Permanence", "Bibliothèque", [], ["fr"]))
        .Apply(new DeskStaffAssigned(DeskId, "karim", "Karim"));

    private static readonly ProblemCase Visit = ProblemCase.Create(new DropInRequestRecorded(Guid.NewGuid(), DeskId, new DateOnly(2026, 11, 18),
        new Visitor(VisitorId, ["fr"], "Madame R.", null, null, null), new CaseDetails("Remplir un formulaire", "commune", "forms-and-documents", [], Urgency.Normal, null)));

    private static readonly BorrowerContext ForSamira = new(Participant, Group, null, null);
    private static readonly BorrowerContext ForVisitor = new(null, null, Visit, Desk);

    private static Device Registered(DeviceCondition condition = DeviceCondition.Good) =>
        Device.Create(new DeviceRegistered(DeviceId, DeviceKind.Laptop, "ANT-LAP-0042", condition, null, new DateOnly(2026, 9, 1)));

    private static LendDevice ToSamira(DateOnly? from = null, DateOnly? until = null, int? deposit = 5_000) =>
        new(Samira, null, from, until ?? Today.AddDays(30), deposit, new SignedAgreement("pret-2026-fr", from ?? Today));

    private static Device Lent(DateOnly? from = null, DateOnly? until = null, int deposit = 5_000) =>
        Registered().Apply((DeviceLent)ToSamira(from, until, deposit).Decide(Registered(), LoanId, ForSamira, Today).Events.Single());

    private static Device Retired() => Registered().Apply(new DeviceRetired(DeviceId, "Écran cassé", Today));

    private static void RefusedAs(Decision decision, RefusalKind kind)
    {
        decision.Refusal!.Kind.ShouldBe(kind);
        decision.Events.ShouldBeEmpty();
    }

    private static void InvalidAt(Decision decision, params string[] fields)
    {
        RefusedAs(decision, RefusalKind.Invalid);
        decision.Refusal!.Errors!.Keys.ShouldBe(fields, ignoreOrder: true);
    }

    [Fact]
    public void A_device_is_registered_with_a_kind_an_identifier_and_a_condition_and_a_known_identifier_is_409()
    {
        var registered = new RegisterDevice(DeviceKind.Tablet, "  SN-88812  ", DeviceCondition.Fair, " ").Decide(DeviceId, null, Today);

        registered.Events.Single().ShouldBe(new DeviceRegistered(DeviceId, DeviceKind.Tablet, "SN-88812", DeviceCondition.Fair, null, Today));
        InvalidAt(new RegisterDevice(null, " ", (DeviceCondition)9, new string('x', 501)).Decide(DeviceId, null, Today), "kind", "identifier", "condition", "note");
        RefusedAs(new RegisterDevice(DeviceKind.Laptop, "ant-lap-0042", DeviceCondition.Good, null).Decide(DeviceId, Registered(), Today), RefusalKind.Conflict);
    }

    [Fact]
    public void A_device_is_lent_to_a_participant_by_id_with_their_group_from_today_unless_told()
    {
        var decision = ToSamira().Decide(Registered(), LoanId, ForSamira, Today);

        decision.Events.Single().ShouldBe(new DeviceLent(DeviceId, LoanId, new Borrower(BorrowerKind.Participant, Samira, Tuesday, null),
            Today, Today.AddDays(30), 5_000, new Agreement("pret-2026-fr", Today)));
        var device = Registered().Apply((DeviceLent)decision.Events[0]);
        device.State.ShouldBe(DeviceState.Lent);
        device.BorrowerIds.ShouldBe([Samira]);
        device.GroupIds.ShouldBe([Tuesday]);
    }

    [Fact]
    public void A_device_is_lent_to_a_drop_in_visitor_by_their_visitor_id_and_desk_with_no_deposit()
    {
        var lend = new LendDevice(null, VisitorId, Today.AddDays(-1), Today.AddDays(14), 0, new SignedAgreement("pret-2026-nl", Today.AddDays(-1)));

        var lent = (DeviceLent)lend.Decide(Registered(), LoanId, ForVisitor, Today).Events.Single();

        lent.Borrower.ShouldBe(new Borrower(BorrowerKind.Visitor, VisitorId, null, DeskId));
        (lent.From, lent.DepositCents).ShouldBe((Today.AddDays(-1), 0));
    }

    [Fact]
    public void Lending_a_device_already_lent_retired_or_broken_is_409_and_appends_nothing()
    {
        RefusedAs(ToSamira().Decide(Lent(), Guid.NewGuid(), ForSamira, Today), RefusalKind.Conflict);
        RefusedAs(ToSamira().Decide(Retired(), Guid.NewGuid(), ForSamira, Today), RefusalKind.Conflict);
        RefusedAs(ToSamira().Decide(Registered(DeviceCondition.Broken), Guid.NewGuid(), ForSamira, Today), RefusalKind.Conflict);
        ToSamira().Decide(Lent(), Guid.NewGuid(), ForSamira, Today).Refusal!.Detail.Code.ShouldBe("device-lent");
    }

    [Fact]
    public void Lending_to_someone_who_left_is_409_and_to_someone_not_loaded_is_404()
    {
        var left = ForSamira with { Participant = Participant.Apply(new ParticipantLeft(Samira, Tuesday, null)) };

        RefusedAs(ToSamira().Decide(Registered(), LoanId, left, Today), RefusalKind.Conflict);
        RefusedAs(ToSamira().Decide(Registered(), LoanId, BorrowerContext.None, Today), RefusalKind.NotFound);
        RefusedAs(new LendDevice(null, Guid.NewGuid(), null, Today.AddDays(3), 0, new("n", Today)).Decide(Registered(), LoanId, ForVisitor, Today),
            RefusalKind.NotFound);
    }

    [Fact]
    public void A_loan_names_one_borrower_a_due_date_after_it_starts_a_deposit_and_an_agreement_signed_before_it_starts()
    {
        var device = Registered();
        InvalidAt(new LendDevice(null, null, null, null, null, null).Decide(device, LoanId, ForSamira, Today), "participantId", "until", "depositCents", "agreement");
        InvalidAt(new LendDevice(Samira, VisitorId, null, Today.AddDays(1), 0, new("n", Today)).Decide(device, LoanId, ForSamira, Today), "participantId");
        InvalidAt(ToSamira(until: Today).Decide(device, LoanId, ForSamira, Today), "until");
        InvalidAt(ToSamira(until: Today.AddDays(800)).Decide(device, LoanId, ForSamira, Today), "until");
        InvalidAt(ToSamira(deposit: -1).Decide(device, LoanId, ForSamira, Today), "depositCents");
        InvalidAt(ToSamira(from: Today.AddDays(1)).Decide(device, LoanId, ForSamira, Today), "from", "agreement.signedOn");
        InvalidAt((ToSamira() with { Agreement = new(" ", Today.AddDays(1)) }).Decide(device, LoanId, ForSamira, Today), "agreement.notice", "agreement.signedOn");
        InvalidAt((ToSamira() with { Agreement = new("n", null) }).Decide(device, LoanId, ForSamira, Today), "agreement.signedOn");
    }

    [Fact]
    public void A_loan_cannot_start_before_the_device_last_came_back()
    {
        var back = Lent(from: Today.AddDays(-20)).Apply(new DeviceReturned(DeviceId, LoanId, Today.AddDays(-5), DeviceCondition.Good, true, null));

        InvalidAt(ToSamira(from: Today.AddDays(-6)).Decide(back, Guid.NewGuid(), ForSamira, Today), "from");
        ToSamira(from: Today.AddDays(-5)).Decide(back, Guid.NewGuid(), ForSamira, Today).IsRefused.ShouldBeFalse();
    }

    [Fact]
    public void A_return_records_the_condition_and_the_deposit_and_a_device_back_broken_is_lent_again_only_once_repaired()
    {
        var lent = Lent(from: Today.AddDays(-10));
        InvalidAt(new ReturnDevice(null, null, null, null).Decide(lent, Today), "condition", "depositReturned");
        InvalidAt(new ReturnDevice(Today.AddDays(-11), DeviceCondition.Good, true, null).Decide(lent, Today), "on");

        var returned = (DeviceReturned)new ReturnDevice(null, DeviceCondition.Broken, false, "Écran fissuré").Decide(lent, Today).Events.Single();
        returned.ShouldBe(new DeviceReturned(DeviceId, LoanId, Today, DeviceCondition.Broken, false, "Écran fissuré"));
        var broken = lent.Apply(returned);
        (broken.State, broken.OnLoan, broken.PastLoans.Single().Return!.Condition).ShouldBe((DeviceState.Broken, null, DeviceCondition.Broken));
        RefusedAs(ToSamira().Decide(broken, Guid.NewGuid(), ForSamira, Today), RefusalKind.Conflict);

        var repaired = broken.Apply((DeviceConditionRecorded)new RecordDeviceCondition(DeviceCondition.Good, "Écran remplacé").Decide(broken, Today).Events.Single());
        repaired.State.ShouldBe(DeviceState.Available);
        ToSamira().Decide(repaired, Guid.NewGuid(), ForSamira, Today).IsRefused.ShouldBeFalse();
    }

    [Fact]
    public void Without_a_deposit_there_is_no_deposit_to_give_back()
    {
        var returned = (DeviceReturned)new ReturnDevice(null, DeviceCondition.Good, true, null).Decide(Lent(deposit: 0), Today).Events.Single();

        returned.DepositReturned.ShouldBeNull();
    }

    [Fact]
    public void Only_a_lent_device_is_returned_or_extended()
    {
        RefusedAs(new ReturnDevice(null, DeviceCondition.Good, null, null).Decide(Registered(), Today), RefusalKind.Conflict);
        RefusedAs(new ExtendLoan(Today.AddDays(40)).Decide(Registered(), Today), RefusalKind.Conflict);
    }

    [Fact]
    public void A_loan_is_extended_to_a_later_due_date_and_the_same_date_again_appends_nothing()
    {
        var lent = Lent(until: Today.AddDays(10));

        new ExtendLoan(Today.AddDays(20)).Decide(lent, Today).Events.Single().ShouldBe(new LoanExtended(DeviceId, LoanId, Today.AddDays(20), Today));
        new ExtendLoan(Today.AddDays(10)).Decide(lent, Today).ShouldBe(Decision.Nothing);
        InvalidAt(new ExtendLoan(Today.AddDays(9)).Decide(lent, Today), "until");
        InvalidAt(new ExtendLoan(null).Decide(lent, Today), "until");
        lent.Apply(new LoanExtended(DeviceId, LoanId, Today.AddDays(20), Today)).OnLoan!.Until.ShouldBe(Today.AddDays(20));
    }

    public static TheoryData<string> EveryCommandOnADevice() => ["lend", "return", "extend", "condition"];

    private static Decision Run(string command, Device device) => command switch
    {
        "lend" => ToSamira().Decide(device, Guid.NewGuid(), ForSamira, Today),
        "return" => new ReturnDevice(null, DeviceCondition.Good, true, null).Decide(device, Today),
        "extend" => new ExtendLoan(Today.AddDays(60)).Decide(device, Today),
        _ => new RecordDeviceCondition(DeviceCondition.Fair, null).Decide(device, Today),
    };

    [Theory, MemberData(nameof(EveryCommandOnADevice))]
    public void Decisions_are_total_a_retired_device_refuses_them_all_with_409(string command) =>
        RefusedAs(Run(command, Retired()), RefusalKind.Conflict);

    [Fact]
    public void A_lent_device_is_neither_retired_nor_assessed_until_it_is_back_and_retiring_twice_appends_nothing()
    {
        RefusedAs(new RetireDevice(null).Decide(Lent(), Today), RefusalKind.Conflict);
        RefusedAs(new RecordDeviceCondition(DeviceCondition.Poor, null).Decide(Lent(), Today), RefusalKind.Conflict);

        new RetireDevice("  ").Decide(Registered(), Today).Events.Single().ShouldBe(new DeviceRetired(DeviceId, null, Today));
        new RetireDevice("Perdu").Decide(Retired(), Today).ShouldBe(Decision.Nothing);
        new RecordDeviceCondition(DeviceCondition.Good, null).Decide(Registered(), Today).ShouldBe(Decision.Nothing);
        Retired().State.ShouldBe(DeviceState.Retired);
    }

    [Fact]
    public void A_lent_device_is_overdue_the_day_after_its_due_date_until_it_comes_back()
    {
        var lent = Lent(from: Today.AddDays(-30), until: Today.AddDays(-1));

        (lent.StateOn(Today.AddDays(-1)), lent.StateOn(Today)).ShouldBe((DeviceState.Lent, DeviceState.Overdue));
        lent.State.ShouldBe(DeviceState.Lent);
        var loan = lent.Apply(new DeviceReturned(DeviceId, LoanId, Today.AddDays(2), DeviceCondition.Good, true, null)).PastLoans.Single();
        // Not yet lent, late, late, back that day.
        (loan.IsOverdueOn(Today.AddDays(-31)), loan.IsOverdueOn(Today), loan.IsOverdueOn(Today.AddDays(1)), loan.IsOverdueOn(Today.AddDays(2)))
            .ShouldBe((false, true, true, false));
    }

    [Fact]
    public void A_borrower_is_seen_by_coordinators_and_by_whoever_sees_their_group_or_desk()
    {
        var participant = new Borrower(BorrowerKind.Participant, Samira, Tuesday, null);
        var visitor = new Borrower(BorrowerKind.Visitor, VisitorId, null, DeskId);
        Caller Facilitator(string id) => new(id, "org", Role.Facilitator);

        participant.MaySee(new Caller("c", "org", Role.Coordinator), null, null).ShouldBeTrue();
        participant.MaySee(Facilitator("amina"), Group, null).ShouldBeTrue();
        participant.MaySee(Facilitator("karim"), Group, Desk).ShouldBeFalse();
        visitor.MaySee(Facilitator("karim"), null, Desk).ShouldBeTrue();
        visitor.MaySee(Facilitator("amina"), Group, Desk).ShouldBeFalse();
        Lent().MayHandleLoan(seesBorrower: false)!.Kind.ShouldBe(RefusalKind.Forbidden);
        Registered().MayHandleLoan(seesBorrower: false).ShouldBeNull();
        new Caller("amina", "org", Role.Facilitator).MayManageDevices()!.Kind.ShouldBe(RefusalKind.Forbidden);
    }

    [Fact]
    public void Martens_fold_agrees_with_every_Apply_and_Create()
    {
        var lent = new DeviceLent(DeviceId, LoanId, new Borrower(BorrowerKind.Participant, Samira, Tuesday, null), Today, Today.AddDays(5), 0, new("n", Today));
        object[] samples = [lent, new LoanExtended(DeviceId, LoanId, Today.AddDays(9), Today),
            new DeviceReturned(DeviceId, LoanId, Today, DeviceCondition.Poor, null, "x"), new DeviceConditionRecorded(DeviceId, DeviceCondition.Fair, "y", Today),
            new DeviceRetired(DeviceId, "z", Today)];
        var applied = typeof(Device).GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Where(m => m.Name == nameof(Device.Apply)).ToDictionary(m => m.GetParameters().Single().ParameterType);
        samples.Select(e => e.GetType()).ShouldBe(applied.Keys, ignoreOrder: true);

        var registered = new DeviceRegistered(DeviceId, DeviceKind.Phone, "P-1", DeviceCondition.Good, "n", Today);
        JsonSerializer.Serialize(Folded.Of<Device>(registered)).ShouldBe(JsonSerializer.Serialize(Device.Create(registered)));
        foreach (var e in samples)
        {
            object[] before = e is DeviceLent || e is DeviceConditionRecorded || e is DeviceRetired ? [registered] : [registered, lent];
            var state = before.Skip(1).Aggregate(Device.Create(registered), (d, x) => d.Apply((DeviceLent)x));
            JsonSerializer.Serialize(Folded.Of<Device>([.. before, e])).ShouldBe(JsonSerializer.Serialize(applied[e.GetType()].Invoke(state, [e])));
        }
    }
}
