using System.Reflection;
using System.Text.Json;
using LivingLibrary.Domain.Competences;
using LivingLibrary.Domain.Groups;
using LivingLibrary.Domain.Participants;

namespace LivingLibrary.Domain.Tests.Participants;

public sealed class ParticipantTests
{
    private static readonly DateOnly Today = new(2026, 11, 24);
    private static readonly Guid Id = Guid.Parse("0194f2a0-0000-7000-8000-0000000000a1");
    private static readonly Guid Tuesday = Guid.Parse("0194f2a0-0000-7000-8000-0000000000b1");
    private static readonly Guid Thursday = Guid.Parse("0194f2a0-0000-7000-8000-0000000000b2");
    private static readonly Guid NeedId = Guid.Parse("0194f2a0-0000-7000-8000-0000000000c1");

    private static readonly ParticipantEnrolled Enrolled = new(Id, Tuesday, new PersonalDetails("Samira", null), ["ar", "fr"],
        [new TimeSlot(DayOfWeek.Tuesday, DayPart.Morning)], new Consent("notice-2026-fr", new DateOnly(2026, 9, 1)));

    private static readonly object[] Story =
    [
        Enrolled,
        new SkillAssessed(Id, Tuesday, "1.1", 2, AssessmentSource.ObservedByFacilitator, null, new DateOnly(2026, 9, 1), true),
        new SkillAssessed(Id, Tuesday, "1.1", 4, AssessmentSource.ObservedByFacilitator, null, new DateOnly(2026, 11, 1), false),
        new SkillAssessed(Id, Tuesday, "1.1", 3, AssessmentSource.SelfAssessed, null, new DateOnly(2026, 10, 1), false),
        new HelpOffered(Id, "pay-bill-online", 6),
        new HelpOfferReviewed(Id, "pay-bill-online", 5),
        new LearningNeedDeclared(Id, NeedId, "4.2", NeedPriority.High, new DateOnly(2026, 12, 1)),
        new ParticipantDetailsUpdated(Id, new PersonalDetails("Samira B.", "0470"), ["ar", "fr", "nl"], []),
        new ParticipantMoved(Id, Tuesday, Thursday),
        new ConsentRecorded(Id, new Consent("notice-2027-fr", new DateOnly(2027, 1, 1))),
    ];

    private static Participant Replay(IEnumerable<object> events) =>
        Folded.Of<Participant>(events);

    [Fact]
    public void The_fold_keeps_the_latest_level_by_assessment_date_and_the_current_offers_needs_group_and_details()
    {
        var participant = Replay(Story);

        participant.Levels["1.1"].ShouldBe(new SkillLevel(4, AssessmentSource.ObservedByFacilitator, null, new DateOnly(2026, 11, 1)));
        participant.Offers.ShouldBe([new HelpOffer("pay-bill-online", 6, 5)]);
        participant.Offers[0].Level.ShouldBe(5);
        participant.Needs.ShouldBe([new LearningNeed(NeedId, "4.2", NeedPriority.High, new DateOnly(2026, 12, 1))]);
        participant.Person.ShouldBe(new PersonalDetails("Samira B.", "0470"));
        participant.GroupId.ShouldBe(Thursday);
        participant.GroupIds.ShouldBe([Tuesday, Thursday]);
        participant.Consent.Notice.ShouldBe("notice-2027-fr");
    }

    [Fact]
    public void Withdrawals_and_departure_fold_too()
    {
        var participant = Replay([.. Story, new HelpOfferWithdrawn(Id, "pay-bill-online"), new LearningNeedWithdrawn(Id, NeedId), new ParticipantLeft(Id, Thursday, null)]);

        participant.Offers.ShouldBeEmpty();
        participant.Needs.ShouldBeEmpty();
        participant.HasLeft.ShouldBeTrue();
        participant.IsActive()!.Kind.ShouldBe(RefusalKind.Conflict);
    }

    [Fact]
    public void Martens_fold_agrees_with_every_Apply()
    {
        object[] samples = [.. Story.Skip(1), new HelpOfferWithdrawn(Id, "pay-bill-online"), new LearningNeedWithdrawn(Id, NeedId), new ParticipantLeft(Id, Tuesday, "x"),
            new HelperEngaged(Id, NeedId), new HelperReleased(Id, NeedId), new HelpCapacitySet(Id, 3), new ConsentWithdrawn(Id, new DateOnly(2026, 11, 2)),
            new HelpAroundGiven(Id, NeedId, "pay-bill-online", new DateOnly(2026, 11, 3), "x"),
            new LivingLibrary.Domain.Privacy.PersonErased(Id, LivingLibrary.Domain.Privacy.ErasureReason.Request, new DateOnly(2026, 11, 24)),
            new CardIssued(Id, NeedId, new DateOnly(2026, 11, 2)), new CardRevoked(Id, NeedId), new SignedInWithCard(Id, NeedId), new SignedOutEverywhere(Id)];
        var applied = typeof(Participant).GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Where(m => m.Name == nameof(Participant.Apply))
            .ToDictionary(m => m.GetParameters().Single().ParameterType);
        samples.Select(e => e.GetType()).Distinct().ShouldBe(applied.Keys, ignoreOrder: true);

        var before = Replay(Story.Take(3));
        foreach (var e in samples)
            JsonSerializer.Serialize(Replay([.. Story.Take(3), e])).ShouldBe(JsonSerializer.Serialize(applied[e.GetType()].Invoke(before, [e])));
    }

    [Fact]
    public void A_participant_is_reached_through_their_current_group()
    {
        var group = Group.Create(new GroupCreated(Tuesday, "Mardi", "Agora", new DateOnly(2026, 9, 1), new DateOnly(2027, 6, 30), ["fr"]))
            .Apply(new FacilitatorAssigned(Tuesday, "amina", "Amina"));

        group.MayActOnParticipant(new Caller("amina", "org", Role.Facilitator)).ShouldBeNull();
        group.MayActOnParticipant(new Caller("jan", "org", Role.Facilitator))!.Kind.ShouldBe(RefusalKind.NotFound);
        ((Group?)null).MayActOnParticipant(new Caller("c", "org", Role.Coordinator))!.Kind.ShouldBe(RefusalKind.NotFound);
    }

    [Fact]
    public void Enrolment_needs_only_a_name_and_consent()
    {
        new EnrolParticipant("Ali", null, null, null, new GivenConsent("n", new DateOnly(2026, 9, 1))).Check(Today).ShouldBeNull();
        new EnrolParticipant("Ali", null, null, null, null).Check(Today)!.Errors!.Keys.ShouldBe(["consent"]);
        new EnrolParticipant(" ", ["fr"], null, null, new GivenConsent(null, null)).Check(Today)!.Errors!.Keys
            .ShouldBe(["displayName", "consent.notice", "consent.givenOn"], ignoreOrder: true);
    }

    [Fact]
    public void An_assessment_names_known_skills_once_with_levels_1_to_8_and_a_tool_when_one_was_used()
    {
        var ok = new RecordAssessment(AssessmentSource.ExternalTool, "Pix", new DateOnly(2026, 9, 1), true,
            [new AssessedLevel("1.1", 1), new AssessedLevel("pay-bill-online", 8)]);
        (ok).Check(SkillCatalogue.BuiltIn, Today).ShouldBeNull();

        (ok with { Tool = null }).Check(SkillCatalogue.BuiltIn, Today)!.Errors!.Keys.ShouldBe(["tool"]);
        (ok with { Levels = [new AssessedLevel("1.1", 3), new AssessedLevel("1.1", 4)] }).Check(SkillCatalogue.BuiltIn, Today)!
            .Errors!.Keys.ShouldBe(["levels"]);
        (ok with { Levels = [new AssessedLevel("0.9", 0)] }).Check(SkillCatalogue.BuiltIn, Today)!
            .Errors!.Keys.ShouldBe(["levels[0].skill", "levels[0].level"], ignoreOrder: true);
        (ok with { Levels = [] }).Check(SkillCatalogue.BuiltIn, Today)!.Errors!.Keys.ShouldBe(["levels"]);
    }

    [Fact]
    public void Decisions_change_only_what_is_not_already_true()
    {
        var participant = Replay(Story);

        new OfferHelp("pay-bill-online", 6).Decide(participant, SkillCatalogue.BuiltIn).ShouldBe(Decision.Nothing);
        new OfferHelp("pay-bill-online", 7).Decide(participant, SkillCatalogue.BuiltIn).Events.ShouldBe([new HelpOffered(Id, "pay-bill-online", 7)]);
        new UpdateParticipantDetails("Samira B.", ["ar", "fr", "nl"], [], "0470").Decide(participant).ShouldBe(Decision.Nothing);
        participant.HasNoNeedFor("4.2")!.Kind.ShouldBe(RefusalKind.Conflict);
        participant.HasNeed(Guid.NewGuid())!.Kind.ShouldBe(RefusalKind.NotFound);
        participant.HasOffer("1.1")!.Kind.ShouldBe(RefusalKind.NotFound);
        new RecordDeparture("  ").Decide(participant, Today).Events.ShouldBe([new ParticipantLeft(Id, Thursday, null)]);
    }

    [Fact]
    public void A_groups_assessment_decides_each_row_as_one_assessment_and_refuses_every_row_for_one_at_fault()
    {
        var group = Group.Create(new GroupCreated(Thursday, "Jeudi", "Agora", new DateOnly(2026, 9, 1), new DateOnly(2027, 6, 30), ["fr"]));
        var samira = Replay(Story);
        var jean = Replay([Enrolled with { ParticipantId = Guid.Parse("0194f2a0-0000-7000-8000-0000000000a2"), GroupId = Thursday }]);
        var day = new DateOnly(2026, 11, 20);
        RecordGroupAssessments Grid(params PersonAssessed[] people) => new(AssessmentSource.ObservedByFacilitator, null, day, true, people);

        var (none, decided) = Grid(new PersonAssessed(samira.Id, [new AssessedLevel("1.1", 5)]), new PersonAssessed(jean.Id, [new AssessedLevel("pay-bill-online", 2)]))
            .Decide(group, [samira, jean], SkillCatalogue.BuiltIn, Today);
        none.ShouldBeNull();
        decided.Select(d => (d.Participant.Id, d.Decision.Events.Single())).ShouldBe(
        [
            (samira.Id, new SkillAssessed(samira.Id, Thursday, "1.1", 5, AssessmentSource.ObservedByFacilitator, null, day, true)),
            (jean.Id, new SkillAssessed(jean.Id, Thursday, "pay-bill-online", 2, AssessmentSource.ObservedByFacilitator, null, day, true)),
        ]);

        var badLevel = Grid(new PersonAssessed(samira.Id, [new AssessedLevel("1.1", 5)]), new PersonAssessed(jean.Id, [new AssessedLevel("1.1", 2), new AssessedLevel("1.2", 9)]))
            .Decide(group, [samira, jean], SkillCatalogue.BuiltIn, Today);
        badLevel.Refusal!.Errors!.Keys.ShouldBe(["people[1].levels[1].level"]);
        badLevel.People.ShouldBeEmpty();
        Grid(new PersonAssessed(jean.Id, [new AssessedLevel("1.1", 2)]), new PersonAssessed(jean.Id, [new AssessedLevel("1.2", 3)]), new PersonAssessed(null, []))
            .Check(SkillCatalogue.BuiltIn, Today)!.Errors!.Keys.ShouldBe(["people", "people[2].participantId", "people[2].levels"], ignoreOrder: true);
        Grid().Check(SkillCatalogue.BuiltIn, Today)!.Errors!.Keys.ShouldBe(["people"]);

        var elsewhere = Grid(new PersonAssessed(jean.Id, [new AssessedLevel("1.1", 2)]), new PersonAssessed(Guid.NewGuid(), [new AssessedLevel("1.1", 2)]))
            .Decide(group, [jean], SkillCatalogue.BuiltIn, Today);
        (elsewhere.Refusal!.Kind, elsewhere.People.Count).ShouldBe((RefusalKind.NotFound, 0));
        var moved = Grid(new PersonAssessed(samira.Id, [new AssessedLevel("1.1", 2)])).Decide(group with { Id = Tuesday }, [samira], SkillCatalogue.BuiltIn, Today);
        moved.Refusal!.Kind.ShouldBe(RefusalKind.NotFound, "Samira is in Thursday's group now");
        var left = Grid(new PersonAssessed(samira.Id, [new AssessedLevel("1.1", 2)]), new PersonAssessed(jean.Id, [new AssessedLevel("1.1", 2)]))
            .Decide(group, [samira, jean.Apply(new ParticipantLeft(jean.Id, Thursday, null))], SkillCatalogue.BuiltIn, Today);
        (left.Refusal!.Kind, left.People.Count).ShouldBe((RefusalKind.Conflict, 0));
    }

    [Fact]
    public void Every_decision_on_someone_who_left_refuses_by_itself_and_appends_nothing()
    {
        var left = Replay(Story).Apply(new ParticipantLeft(Id, Thursday, null));
        var need = left.Needs[0].NeedId;
        Decision[] decisions =
        [
            new UpdateParticipantDetails("Samira", ["fr"], [], null).Decide(left),
            new RecordConsent("notice-2", new DateOnly(2026, 10, 1)).Decide(left, Today),
            new RecordDeparture(null).Decide(left, Today),
            new RecordAssessment(AssessmentSource.SelfAssessed, null, new DateOnly(2026, 10, 1), false, [new AssessedLevel("1.1", 3)]).Decide(left, SkillCatalogue.BuiltIn, Today),
            new OfferHelp("1.1", 4).Decide(left, SkillCatalogue.BuiltIn),
            new ReviewHelpOffer(5).Decide(left, "pay-bill-online"),
            new WithdrawHelpOffer("pay-bill-online").Decide(left),
            new DeclareLearningNeed("5.1", NeedPriority.Low, null).Decide(left, Guid.NewGuid(), SkillCatalogue.BuiltIn, Today),
            new WithdrawLearningNeed(need).Decide(left),
            new LivingLibrary.Domain.Pairings.SetHelpCapacity(3).Decide(left),
        ];
        decisions.ShouldAllBe(d => d.Refusal!.Kind == RefusalKind.Conflict && d.Events.Count == 0);
    }
}
