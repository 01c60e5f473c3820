using LivingLibrary.Domain.Competences;
using LivingLibrary.Domain.Evaluations;
using LivingLibrary.Domain.Groups;
using LivingLibrary.Domain.Participants;

namespace LivingLibrary.Domain.Tests.Evaluations;

/// <summary>A participant answers for themself (docs/adr/0026), a code opens its form (docs/adr/0009), progress in plain words.</summary>
public sealed class ParticipantAnswerTests
{
    private static readonly DateOnly Today = new(2026, 11, 24);
    private static readonly Guid CampaignId = Guid.Parse("00000000-0000-0000-0000-0000000000c1");
    private static readonly Guid GroupId = Guid.Parse("00000000-0000-0000-0000-0000000000a1");
    private static readonly Guid Samira = Guid.Parse("00000000-0000-0000-0000-000000000001");
    private static readonly Guid Jean = Guid.Parse("00000000-0000-0000-0000-000000000002");

    private static readonly Group Tuesday = Group.Create(new GroupCreated(GroupId, "Mardi", "Agora", new DateOnly(2026, 9, 1), new DateOnly(2027, 6, 30), ["fr"]));

    private static Participant Person(Guid id, Guid group) =>
        Participant.Create(new ParticipantEnrolled(id, group, new PersonalDetails("P", null), ["fr"], [], new Consent("n", Today)));

    private static Campaign Opened(AnswerMode mode) =>
        Campaign.Create((CampaignOpened)new OpenCampaign(CampaignKind.EndOfProject, mode, Today.AddDays(-7), Today.AddDays(7), ["pay-bill-online"])
            .Decide(CampaignId, Tuesday, [], [], SkillCatalogue.BuiltIn).Events.Single());

    private static Caller As(Guid participant) => new(Caller.ParticipantUser(participant), "org", Role.Participant) { ParticipantId = participant };

    [Fact]
    public void A_participant_answers_by_name_only_for_themself_and_only_in_their_own_groups_campaign()
    {
        var campaign = Opened(AnswerMode.Named);

        campaign.MayAnswerByName(As(Samira), Person(Samira, GroupId), Samira).ShouldBeNull();
        campaign.MayAnswerByName(As(Samira), Person(Samira, GroupId), Jean)!.Kind.ShouldBe(RefusalKind.NotFound);
        campaign.MayAnswerByName(As(Jean), Person(Jean, Guid.NewGuid()), Jean)!.Kind.ShouldBe(RefusalKind.NotFound);
        campaign.MayAnswerByName(new Caller("facilitator-1", "org", Role.Facilitator), Person(Samira, GroupId), Samira)!.Kind.ShouldBe(RefusalKind.NotFound);
        As(Samira).MayActFor(Samira).ShouldBeNull();
        As(Samira).MayActFor(Jean)!.Kind.ShouldBe(RefusalKind.NotFound);
    }

    [Fact]
    public void A_code_opens_its_form_only_when_unused_in_an_anonymous_campaign_taking_answers_and_is_otherwise_the_used_code_refusal()
    {
        var anonymous = Opened(AnswerMode.Anonymous);
        var code = new AnswerCode(AnswerCodes.Hash(CampaignId, "AAAA-BBBB"), CampaignId);

        RecordAnonymousAnswers.MayOpen(anonymous, code, Today).ShouldBeNull();
        RecordAnonymousAnswers.MayOpen(anonymous, null, Today).ShouldBe(RecordAnonymousAnswers.CodeRefused);
        RecordAnonymousAnswers.MayOpen(Opened(AnswerMode.Named), code, Today).ShouldBe(RecordAnonymousAnswers.CodeRefused);
        RecordAnonymousAnswers.MayOpen(anonymous.Apply(new CampaignClosed(CampaignId, Today)), code, Today)!.Kind.ShouldBe(RefusalKind.Conflict);
    }

    [Theory]
    [InlineData(2, 4, CanDo.WithHelp, CanDo.Alone)]
    [InlineData(3, 6, CanDo.Alone, CanDo.CanHelpOthers)]
    [InlineData(1, 1, CanDo.WithHelp, CanDo.WithHelp)]
    public void Progress_reads_as_what_one_could_do_before_and_can_do_now(int intake, int latest, CanDo before, CanDo now)
    {
        var row = new SkillProgress("pay-bill-online", intake, new DateOnly(2026, 9, 8), latest, new DateOnly(2026, 11, 8), null);

        row.Before().ShouldBe(before);
        row.Now().ShouldBe(now);
    }

    [Fact]
    public void Without_a_later_assessment_now_is_what_the_person_said_at_the_end()
    {
        var row = new SkillProgress("pay-bill-online", 2, new DateOnly(2026, 9, 8), 2, new DateOnly(2026, 9, 8), CanDo.Alone);

        row.Now().ShouldBe(CanDo.Alone);
        (row with { SaidAtEnd = null }).Now().ShouldBeNull();
    }
}
