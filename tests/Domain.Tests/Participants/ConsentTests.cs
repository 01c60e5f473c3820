using System.Text.Json;
using LivingLibrary.Domain.Cases;
using LivingLibrary.Domain.Competences;
using LivingLibrary.Domain.Evaluations;
using LivingLibrary.Domain.Groups;
using LivingLibrary.Domain.Loans;
using LivingLibrary.Domain.Pairings;
using LivingLibrary.Domain.Pairings.Suggestions;
using LivingLibrary.Domain.Participants;
using LivingLibrary.Projections.Pairings;

namespace LivingLibrary.Domain.Tests.Participants;

/// <summary>Withdrawing consent stops what is new about the person, each decision refusing by itself; nothing is erased (docs/adr/0012).</summary>
public sealed class ConsentTests
{
    private static readonly DateOnly Today = new(2026, 11, 24);
    private static readonly DateOnly Given = new(2026, 9, 1);
    private static readonly Guid GroupId = Guid.Parse("0194f2a0-0000-7000-8000-0000000000b1");
    private static readonly Guid SamiraId = Guid.Parse("0194f2a0-0000-7000-8000-0000000000a1");
    private static readonly Guid JeanId = Guid.Parse("0194f2a0-0000-7000-8000-0000000000a2");
    private static readonly Guid NeedId = Guid.Parse("0194f2a0-0000-7000-8000-0000000000c1");

    private static readonly Group Tuesday = Group.Create(new GroupCreated(GroupId, "Mardi", "Agora", new DateOnly(2026, 9, 1), new DateOnly(2027, 6, 30), ["fr"]));

    private static Participant Person(Guid id, string name, params object[] events) =>
        Folded.Of<Participant>([new ParticipantEnrolled(id, GroupId, new PersonalDetails(name, null), ["fr"],
            [new TimeSlot(DayOfWeek.Tuesday, DayPart.Morning)], new Consent("notice-2026-fr", Given)), .. events]);

    private static readonly Participant Samira = Person(SamiraId, "Samira", new HelpOffered(SamiraId, "pay-bill-online", 6));
    private static readonly Participant Jean = Person(JeanId, "Jean", new LearningNeedDeclared(JeanId, NeedId, "pay-bill-online", NeedPriority.High, null));

    private static Participant Withdrawn(Participant p) => p.Apply(new ConsentWithdrawn(p.Id, Today));

    private static void RefusedAs(Decision decision, RefusalKind kind)
    {
        decision.Refusal.ShouldNotBeNull().Kind.ShouldBe(kind);
        decision.Events.ShouldBeEmpty();
    }

    [Fact]
    public void Withdrawing_appends_the_day_given_or_today_and_the_snapshot_no_longer_consents()
    {
        new WithdrawConsent(null).Decide(Samira, Today).Events.ShouldBe([new ConsentWithdrawn(SamiraId, Today)]);
        var decision = new WithdrawConsent(new DateOnly(2026, 11, 20)).Decide(Samira, Today);
        decision.Events.ShouldBe([new ConsentWithdrawn(SamiraId, new DateOnly(2026, 11, 20))]);

        var withdrawn = Samira.Apply((ConsentWithdrawn)decision.Events.Single());
        withdrawn.Consents.ShouldBeFalse();
        withdrawn.ConsentWithdrawnOn.ShouldBe(new DateOnly(2026, 11, 20));
        withdrawn.Consent.ShouldBe(Samira.Consent, "what they agreed to stays known");
        withdrawn.Offers.ShouldBe(Samira.Offers, "nothing is erased");
        Samira.Consents.ShouldBeTrue();
    }

    [Fact]
    public void Withdrawing_twice_appends_nothing_and_keeps_the_first_day()
    {
        var withdrawn = Withdrawn(Samira);
        new WithdrawConsent(null).Decide(withdrawn, Today.AddDays(3)).ShouldBe(Decision.Nothing);
        new WithdrawConsent(Today).Decide(withdrawn, Today).ShouldBe(Decision.Nothing);
    }

    [Fact]
    public void A_withdrawal_in_the_future_or_before_the_consent_was_given_is_400_and_appends_nothing()
    {
        RefusedAs(new WithdrawConsent(Today.AddDays(1)).Decide(Samira, Today), RefusalKind.Invalid);
        var early = new WithdrawConsent(Given.AddDays(-1)).Decide(Samira, Today);
        RefusedAs(early, RefusalKind.Invalid);
        early.Refusal!.Errors!.Keys.ShouldBe(["on"]);
    }

    [Fact]
    public void Someone_who_left_may_still_withdraw_their_consent()
    {
        var gone = Samira.Apply(new ParticipantLeft(SamiraId, GroupId, null));
        new WithdrawConsent(null).Decide(gone, Today).Events.ShouldBe([new ConsentWithdrawn(SamiraId, Today)]);
    }

    [Fact]
    public void Consenting_again_restores_consent_with_the_notice_and_version_agreed_to()
    {
        var decision = new RecordConsent("notice-2027-fr", Today, 2).Decide(Withdrawn(Samira), Today);
        decision.Events.ShouldBe([new ConsentRecorded(SamiraId, new Consent("notice-2027-fr", Today, 2))]);

        var again = Withdrawn(Samira).Apply((ConsentRecorded)decision.Events.Single());
        again.Consents.ShouldBeTrue();
        again.ConsentWithdrawnOn.ShouldBeNull();
        again.Consent.ShouldBe(new Consent("notice-2027-fr", Today, 2));
        again.IsConsenting().ShouldBeNull();
    }

    [Fact]
    public void A_notice_without_a_version_is_its_first_and_a_bad_version_or_a_consent_dated_before_the_withdrawal_is_400()
    {
        new RecordConsent("notice-2026-fr", Today).Decide(Samira, Today).Events.ShouldBe([new ConsentRecorded(SamiraId, new Consent("notice-2026-fr", Today, 1))]);
        var enrolled = new EnrolParticipant("Jean", ["fr"], [], null, new GivenConsent("notice-2026-fr", Given, 3)).Decide(JeanId, Tuesday, Today);
        ((ParticipantEnrolled)enrolled.Events.Single()).Consent.ShouldBe(new Consent("notice-2026-fr", Given, 3));

        var badVersion = new RecordConsent("notice-2026-fr", Today, 0).Decide(Samira, Today);
        RefusedAs(badVersion, RefusalKind.Invalid);
        badVersion.Refusal!.Errors!.Keys.ShouldBe(["version"]);
        new EnrolParticipant("Jean", ["fr"], [], null, new GivenConsent("notice-2026-fr", Given, -1)).Check(Today)!.Errors!.Keys.ShouldBe(["consent.version"]);
        var beforeWithdrawal = new RecordConsent("notice-2026-fr", Today.AddDays(-1)).Decide(Withdrawn(Samira), Today);
        RefusedAs(beforeWithdrawal, RefusalKind.Invalid);
        beforeWithdrawal.Refusal!.Errors!.Keys.ShouldBe(["givenOn"]);
    }

    [Fact]
    public void A_consent_stored_before_notices_had_versions_reads_as_version_1()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        var stored = """{"participantId":"0194f2a0-0000-7000-8000-0000000000a1","consent":{"notice":"notice-2026-fr","givenOn":"2026-09-01"}}""";

        JsonSerializer.Deserialize<ConsentRecorded>(stored, options)!.Consent.ShouldBe(new Consent("notice-2026-fr", Given, 1));
    }

    [Fact]
    public void Suggestions_leave_out_whoever_withdrew_their_consent_as_learner_and_as_helper()
    {
        PairingRequest Request(params Participant[] people) =>
            PairingRequests.Build(new SuggestPairings([GroupId], null, null, null), people, [], new PairingWeights(), SkillCatalogue.BuiltIn, Today);

        Request(Samira, Jean).ShouldSatisfyAllConditions(r => r.Needs.Count.ShouldBe(1), r => r.Helpers.Count.ShouldBe(1));
        Request(Withdrawn(Samira), Jean).Helpers.ShouldBeEmpty();
        Request(Samira, Withdrawn(Jean)).Needs.ShouldBeEmpty();
        var again = Withdrawn(Jean).Apply(new ConsentRecorded(JeanId, new Consent("notice-2026-fr", Today, 2)));
        Request(Samira, again).Needs.ShouldHaveSingleItem().NeedId.ShouldBe(NeedId);
    }

    [Fact]
    public void The_unmatched_needs_of_someone_who_withdrew_wait_for_nobody()
    {
        PairingViews.UnmatchedNeeds([Samira, Jean], [], null).ShouldHaveSingleItem().NeedId.ShouldBe(NeedId);
        PairingViews.UnmatchedNeeds([Samira, Withdrawn(Jean)], [], null).ShouldBeEmpty();
    }

    [Fact]
    public void Proposing_a_pairing_with_someone_who_withdrew_is_409_whichever_side_they_are_on()
    {
        var pair = new SuggestedPair(NeedId, JeanId, SamiraId, "pay-bill-online", false, 100, []);
        var found = FoundPair.Of(pair);
        var command = new ProposePairing(null, NeedId, SamiraId);

        command.Decide(Guid.NewGuid(), Jean, Samira, found, false, Today).Events.ShouldHaveSingleItem().ShouldBeOfType<PairingProposed>();
        var byLearner = command.Decide(Guid.NewGuid(), Withdrawn(Jean), Samira, found, false, Today);
        RefusedAs(byLearner, RefusalKind.Conflict);
        byLearner.Refusal!.Detail.Code.ShouldBe("learner-consent-withdrawn");
        var byHelper = command.Decide(Guid.NewGuid(), Jean, Withdrawn(Samira), FoundPair.None(Refusal.Conflict(Says.PinUnknownHelper(SamiraId))), false, Today);
        RefusedAs(byHelper, RefusalKind.Conflict);
        byHelper.Refusal!.Detail.Code.ShouldBe("helper-consent-withdrawn", customMessage: "the person's own state is said before the planner's words");
    }

    [Fact]
    public void Named_answers_of_someone_who_withdrew_are_409()
    {
        var campaign = Campaign.Create((CampaignOpened)new OpenCampaign(CampaignKind.EndOfProject, AnswerMode.Named, Today.AddDays(-7), Today.AddDays(7),
            ["pay-bill-online"]).Decide(Guid.NewGuid(), Tuesday, [], [], SkillCatalogue.BuiltIn).Events.Single());
        List<Answer?> answers = [.. campaign.Questions.Select(q => (Answer?)(Questionnaire.Choices(q.Kind) is var (min, _)
            ? new Answer(q.Key, q.Version, min, null) : new Answer(q.Key, q.Version, null, "x")))];
        var command = new RecordNamedAnswers(SamiraId, answers, false);

        command.Decide(campaign, Samira, Today).Events.ShouldHaveSingleItem().ShouldBeOfType<NamedAnswersRecorded>();
        RefusedAs(command.Decide(campaign, Withdrawn(Samira), Today), RefusalKind.Conflict);
    }

    [Fact]
    public void Lending_a_device_to_someone_who_withdrew_is_409()
    {
        var device = Device.Create(new DeviceRegistered(Guid.NewGuid(), DeviceKind.Laptop, "ANT-LAP-0042", DeviceCondition.Good, null, Given));
        var lend = new LendDevice(SamiraId, null, null, Today.AddDays(30), 0, new SignedAgreement("pret-2026-fr", Today));

        lend.Decide(device, Guid.NewGuid(), new BorrowerContext(Samira, Tuesday, null, null), Today).Events.ShouldHaveSingleItem().ShouldBeOfType<DeviceLent>();
        RefusedAs(lend.Decide(device, Guid.NewGuid(), new BorrowerContext(Withdrawn(Samira), Tuesday, null, null), Today), RefusalKind.Conflict);
    }

    [Fact]
    public void Posting_a_case_for_someone_who_withdrew_is_409()
    {
        var post = new PostCase(SamiraId, "Activer itsme", "itsme", "login-and-identity", ["log-in-with-itsme"], Urgency.Normal, null);

        post.Decide(Guid.NewGuid(), Tuesday, Samira, ServiceList.BuiltIn, SkillCatalogue.BuiltIn, Today).Events.ShouldHaveSingleItem().ShouldBeOfType<CasePosted>();
        RefusedAs(post.Decide(Guid.NewGuid(), Tuesday, Withdrawn(Samira), ServiceList.BuiltIn, SkillCatalogue.BuiltIn, Today), RefusalKind.Conflict);
    }
}
