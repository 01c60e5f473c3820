using LivingLibrary.Domain.Cases;
using LivingLibrary.Domain.Competences;
using LivingLibrary.Domain.Groups;
using LivingLibrary.Domain.Participants;

namespace LivingLibrary.Domain.Tests.Cases;

/// <summary>A participant posting their own case, and a photo of their letter (docs/adr/0029), as pure decisions.</summary>
public sealed class ParticipantCaseTests
{
    private static readonly DateOnly Today = new(2026, 11, 24);
    private static readonly Guid GroupId = Guid.Parse("00000000-0000-0000-0000-0000000000a1");
    private static readonly Guid OtherGroupId = Guid.Parse("00000000-0000-0000-0000-0000000000a2");
    private static readonly Guid Samira = Guid.Parse("00000000-0000-0000-0000-000000000001");
    private static readonly Guid Jean = Guid.Parse("00000000-0000-0000-0000-000000000002");
    private static readonly Guid CaseId = Guid.Parse("00000000-0000-0000-0000-0000000000ca");

    private static Group GroupOf(Guid id) => Group.Create(new GroupCreated(id, "Mardi", "Liège", new DateOnly(2026, 9, 1), new DateOnly(2027, 6, 30), ["fr"]))
        .Apply(new FacilitatorAssigned(id, "facilitator-1", "Amina"));

    private static Participant PersonIn(Guid id, Guid group) =>
        Participant.Create(new ParticipantEnrolled(id, group, new PersonalDetails("P", null), ["fr"], [], new Consent("n", Today)));

    private static Caller AsParticipant(Guid id) => new(Caller.ParticipantUser(id), "org-a", Role.Participant) { ParticipantId = id };

    [Fact]
    public void A_participant_may_post_for_themself_in_their_own_group_only_and_anything_else_does_not_exist()
    {
        var group = GroupOf(GroupId);

        group.MayPostCaseFor(AsParticipant(Samira), Samira, PersonIn(Samira, GroupId)).ShouldBeNull();
        group.MayPostCaseFor(AsParticipant(Samira), Jean, PersonIn(Jean, GroupId))!.Kind.ShouldBe(RefusalKind.NotFound);
        group.MayPostCaseFor(AsParticipant(Samira), null, null)!.Kind.ShouldBe(RefusalKind.NotFound);
        GroupOf(OtherGroupId).MayPostCaseFor(AsParticipant(Samira), Samira, PersonIn(Samira, GroupId))!.Kind.ShouldBe(RefusalKind.NotFound);
        group.MayPostCaseFor(new Caller("facilitator-1", "org-a", Role.Facilitator), Jean, PersonIn(Jean, GroupId)).ShouldBeNull();
    }

    [Fact]
    public void A_case_shared_with_the_group_says_so_and_one_not_shared_does_not()
    {
        var command = new PostCase(Samira, "La lettre", "health-insurance", "other", null, null, null, ShareWithGroup: true);

        var shared = command.Decide(CaseId, GroupOf(GroupId), PersonIn(Samira, GroupId), ServiceList.BuiltIn, SkillCatalogue.BuiltIn, Today);
        var kept = (command with { ShareWithGroup = null }).Decide(CaseId, GroupOf(GroupId), PersonIn(Samira, GroupId), ServiceList.BuiltIn, SkillCatalogue.BuiltIn, Today);

        ProblemCase.Create((CasePosted)shared.Events.Single()).SharedWithGroup.ShouldBeTrue();
        ProblemCase.Create((CasePosted)kept.Events.Single()).SharedWithGroup.ShouldBeFalse();
    }

    private static ProblemCase Posted() =>
        ProblemCase.Create(new CasePosted(CaseId, GroupId, Samira, new CaseDetails("La lettre", "health-insurance", "other", [], Urgency.Normal, null), Today));

    [Fact]
    public void A_photo_is_refused_when_it_is_none_when_the_case_was_voided_or_has_five_and_records_its_size_otherwise()
    {
        var photo = Guid.NewGuid();

        new AddCasePhoto(null, 0, 0).Decide(Posted(), photo, 8_000_000).Refusal!.Errors!.Keys.ShouldBe(["photo"]);
        new AddCasePhoto(1000, 40, 30).Decide(Posted().Apply(new CaseVoided(CaseId, new Correction("facilitator-1", CorrectionReason.WrongPerson, null))), photo, 8_000_000)
            .Refusal!.Kind.ShouldBe(RefusalKind.Conflict);
        var five = Enumerable.Range(0, AddCasePhoto.MaxPhotos).Aggregate(Posted(), (c, _) => c.Apply(new CasePhotoAdded(CaseId, Guid.NewGuid(), 1, 1, 1)));
        new AddCasePhoto(1000, 40, 30).Decide(five, photo, 8_000_000).Refusal!.Kind.ShouldBe(RefusalKind.Conflict);
        new AddCasePhoto(1000, 40, 30).Decide(Posted(), photo, 8_000_000).Events.ShouldBe([new CasePhotoAdded(CaseId, photo, 1000, 40, 30)]);
    }

    [Fact]
    public void A_case_ended_on_the_day_it_was_solved_or_closed_and_not_while_open_or_once_reopened()
    {
        Posted().EndedOn.ShouldBeNull();
        Posted().Apply(new CaseClosed(CaseId, "x", Today.AddDays(2))).EndedOn.ShouldBe(Today.AddDays(2));
        Posted().Apply(new CaseResolved(CaseId, ["x"], Autonomy.DoneAlone, Today.AddDays(1))).EndedOn.ShouldBe(Today.AddDays(1));
        Posted().Apply(new CaseClosed(CaseId, "x", Today)).Apply(new CaseReopened(CaseId, null, Today)).EndedOn.ShouldBeNull();
    }
}
