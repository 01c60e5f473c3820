using LivingLibrary.Domain.Competences;
using LivingLibrary.Domain.Evaluations;
using LivingLibrary.Domain.Groups;
using LivingLibrary.Domain.Participants;

namespace LivingLibrary.Domain.Tests.Evaluations;

public sealed class CampaignTests
{
    private static readonly DateOnly Today = new(2026, 11, 24);
    private static readonly Guid CampaignId = Guid.Parse("00000000-0000-0000-0000-0000000000c1");
    private static readonly Guid GroupId = Guid.Parse("00000000-0000-0000-0000-0000000000a1");
    private static readonly Guid Samira = Guid.Parse("00000000-0000-0000-0000-000000000001");

    private static readonly Group Tuesday = Group.Create(new GroupCreated(GroupId, "Mardi", "Agora", new DateOnly(2026, 9, 1), new DateOnly(2027, 6, 30), ["fr"]));

    private static Participant Person(Guid id, params string[] skills) =>
        skills.Aggregate(Participant.Create(new ParticipantEnrolled(id, GroupId, new PersonalDetails("P", null), ["fr"], [], new Consent("n", Today))),
            (p, skill) => p.Apply(new SkillAssessed(id, GroupId, skill, 2, AssessmentSource.ObservedByFacilitator, null, new DateOnly(2026, 9, 8), true)));

    private static Campaign Opened(AnswerMode mode = AnswerMode.Named) =>
        Campaign.Create((CampaignOpened)new OpenCampaign(CampaignKind.EndOfProject, mode, Today.AddDays(-7), Today.AddDays(7), ["pay-bill-online"])
            .Decide(CampaignId, Tuesday, [], [], SkillCatalogue.BuiltIn).Events.Single());

    private static List<Answer?> AllAnswered(Campaign campaign) =>
        [.. campaign.Questions.Select(q => (Answer?)(Questionnaire.Choices(q.Kind) is var (min, _) ? new Answer(q.Key, q.Version, min, null) : new Answer(q.Key, q.Version, null, "x")))];

    [Fact]
    public void Without_tasks_named_a_campaign_asks_the_tasks_most_of_the_group_was_assessed_on()
    {
        var members = new[] { Person(Guid.NewGuid(), "join-video-call", "pay-bill-online", "1.1"), Person(Guid.NewGuid(), "pay-bill-online") };

        var opened = (CampaignOpened)new OpenCampaign(CampaignKind.MidProject, AnswerMode.Named, Today, Today, null)
            .Decide(CampaignId, Tuesday, members, [], SkillCatalogue.BuiltIn).Events.Single();

        opened.Questions.Where(q => q.Kind == QuestionKind.SelfAssessment).Select(q => q.Task).ShouldBe(["pay-bill-online", "join-video-call"]);
        opened.Questions.First().Text.En.ShouldBe("I can pay a bill online");
    }

    [Fact]
    public void A_campaign_of_a_closed_group_or_outside_its_period_is_refused()
    {
        new OpenCampaign(CampaignKind.Other, AnswerMode.Anonymous, Today, Today, null).Decide(CampaignId, Tuesday.Apply(new GroupClosed(GroupId, null)), [], [], SkillCatalogue.BuiltIn)
            .Refusal!.Kind.ShouldBe(RefusalKind.Conflict);
        new OpenCampaign(CampaignKind.Other, AnswerMode.Anonymous, new DateOnly(2027, 6, 1), new DateOnly(2027, 7, 1), null).Decide(CampaignId, Tuesday, [], [], SkillCatalogue.BuiltIn)
            .Refusal!.Errors!.Keys.ShouldBe(["closesOn"]);
        new OpenCampaign(null, null, null, null, null).Decide(CampaignId, Tuesday, [], [], SkillCatalogue.BuiltIn)
            .Refusal!.Errors!.Keys.Order().ShouldBe(["closesOn", "kind", "mode", "opensOn"]);
    }

    [Fact]
    public void Every_answering_decision_refuses_a_closed_campaign_and_appends_nothing()
    {
        var named = Opened().Apply(new CampaignClosed(CampaignId, Today));
        var anonymous = Opened(AnswerMode.Anonymous).Apply(new CampaignClosed(CampaignId, Today));
        var participant = Person(Samira) with { GroupIds = [GroupId] };
        var code = new AnswerCode(AnswerCodes.Hash(CampaignId, "AAAA-BBBB"), CampaignId);

        var decisions = new[]
        {
            new RecordNamedAnswers(Samira, AllAnswered(named), false).Decide(named, participant, Today),
            new RecordAnonymousAnswers("AAAA-BBBB", AllAnswered(anonymous), false).Decide(anonymous, code, Today),
            new HandOutAnswerCodes(3).Decide(anonymous),
        };

        decisions.ShouldAllBe(d => d.Refusal!.Kind == RefusalKind.Conflict && d.Events.Count == 0);
        CloseCampaign.Decide(named, Today).ShouldBe(Decision.Nothing);
    }

    [Fact]
    public void A_code_is_taken_only_as_the_unused_code_of_this_campaign_and_its_answers_carry_no_person()
    {
        var campaign = Opened(AnswerMode.Anonymous);
        var command = new RecordAnonymousAnswers("aaaa bbbb", AllAnswered(campaign), true);

        command.CodeHash(campaign).ShouldBe(AnswerCodes.Hash(CampaignId, "AAAA-BBBB"));
        command.Decide(campaign, null, Today).Refusal.ShouldBe(RecordAnonymousAnswers.CodeRefused);
        command.Decide(campaign, new AnswerCode(AnswerCodes.Hash(Guid.NewGuid(), "AAAA-BBBB"), Guid.NewGuid()), Today).Refusal.ShouldBe(RecordAnonymousAnswers.CodeRefused);
        var recorded = command.Decide(campaign, new AnswerCode(command.CodeHash(campaign)!, CampaignId), Today).Events.Single().ShouldBeOfType<AnonymousAnswersRecorded>();
        recorded.MayQuote.ShouldBeTrue();
        typeof(AnonymousAnswersRecorded).GetProperties().Select(p => p.PropertyType).ShouldNotContain(typeof(Guid?));
    }

    [Fact]
    public void Codes_are_eight_letters_without_look_alikes_and_their_hash_ignores_case_and_spacing()
    {
        var codes = AnswerCodes.New(200);
        codes.Distinct().Count().ShouldBe(200);
        codes.ShouldAllBe(c => c.Length == 9 && c[4] == '-' && !c.Any(ch => "01ILO".Contains(ch)));
        AnswerCodes.Hash(CampaignId, "abcd-efgh").ShouldBe(AnswerCodes.Hash(CampaignId, " ABCD EFGH "));
        AnswerCodes.Hash(CampaignId, "ABCD-EFGH").ShouldNotBe(AnswerCodes.Hash(Guid.NewGuid(), "ABCD-EFGH"));
    }

    [Fact]
    public void Totals_count_each_question_over_every_campaign_that_asked_it_and_suppress_what_one_campaign_alone_would()
    {
        Campaign Answered(Guid id, int people) => Enumerable.Range(0, people).Aggregate(Opened() with { Id = id },
            (c, _) => c.Apply(new NamedAnswersRecorded(id, Guid.NewGuid(), [new Answer("satisfaction-overall", 1, 4, null)], false, Today)));

        var one = CampaignResults.Totals([Answered(Guid.NewGuid(), 2)]);
        var both = CampaignResults.Totals([Answered(Guid.NewGuid(), 2), Answered(Guid.NewGuid(), 2)]);

        one.Respondents.ShouldBe(Reports.Figure.Hidden);
        (both.Campaigns, both.Respondents.Value).ShouldBe((2, 4));
        var overall = both.Questions.Single(q => q.Question == "satisfaction-overall");
        (overall.Answered.Value, overall.Mean!.Value).ShouldBe((4, 4));
        both.Questions.First().Kind.ShouldBe(QuestionKind.SelfAssessment);
        both.Questions.Count.ShouldBe(Opened().Questions.Count);
    }

    [Fact]
    public void The_fold_is_the_same_as_applying_each_event()
    {
        var opened = Opened(AnswerMode.Anonymous);
        object[] events =
        [
            new CampaignOpened(CampaignId, GroupId, CampaignKind.EndOfProject, AnswerMode.Anonymous, Today, Today, opened.Questions),
            new AnswerCodesHandedOut(CampaignId, 5),
            new AnonymousAnswersRecorded(CampaignId, [new Answer("learned", 1, null, "x")], true, Today),
            new NamedAnswersRecorded(CampaignId, Samira, [], false, Today),
            new ConclusionsRecorded(CampaignId, new Conclusions("a", null, null, Today)),
            new CampaignClosed(CampaignId, Today),
        ];

        var folded = Folded.Of<Campaign>(events);

        folded.ShouldBeEquivalentTo(Campaign.Create((CampaignOpened)events[0]).Apply((AnswerCodesHandedOut)events[1]).Apply((AnonymousAnswersRecorded)events[2])
            .Apply((NamedAnswersRecorded)events[3]).Apply((ConclusionsRecorded)events[4]).Apply((CampaignClosed)events[5]));
        (folded.CodesHandedOut, folded.Answers.Count, folded.IsClosed).ShouldBe((5, 2, true));
    }
}
