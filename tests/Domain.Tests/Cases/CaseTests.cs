using LivingLibrary.Domain.Cases;
using LivingLibrary.Domain.Competences;
using LivingLibrary.Domain.DropIns;
using LivingLibrary.Domain.Participants;
using LivingLibrary.Domain.Activities;
using LivingLibrary.Domain.ExchangeSessions;
using LivingLibrary.Domain.Knowledge;
using LivingLibrary.Domain.Referral;

namespace LivingLibrary.Domain.Tests.Cases;

public sealed class CaseTests
{
    private static readonly DateOnly Today = new(2026, 11, 24);
    private static readonly Guid CaseId = Guid.Parse("00000000-0000-0000-0000-0000000000ca");
    private static readonly Guid Samira = Guid.Parse("00000000-0000-0000-0000-000000000001");
    private static readonly Guid GroupId = Guid.Parse("00000000-0000-0000-0000-0000000000a1");

    private static readonly CaseDetails Itsme = new("Activer itsme", "itsme", "login-and-identity", ["log-in-with-itsme"], Urgency.Normal, null);

    private static ProblemCase Posted(Urgency urgency = Urgency.Normal, DateOnly? dueOn = null, DateOnly? on = null, Guid? id = null) =>
        ProblemCase.Create(new CasePosted(id ?? CaseId, GroupId, Samira, Itsme with { Urgency = urgency, DueOn = dueOn }, on ?? Today.AddDays(-3)));

    private static readonly AccompanimentContext Caller = new("facilitator-1", null, null, []);

    private static RecordAccompaniment Accompany(int minutes = 30) =>
        new(null, minutes, Setting.OnSite, DeviceUsed.OwnPhone, ProcedureProgress.Done, null, null, null, null, null, null, null);

    private static Partner ActivePartner(string name, string[] services, string[] difficulties, string[] languages, string[] areas) =>
        Partner.Create(new PartnerListed(Guid.NewGuid(), new PartnerDetails(name, PartnerKind.Association, services, difficulties, languages, areas, null, null, null)));

    public static TheoryData<string> EveryCommandButReopen() => ["accompany", "resolve", "refer", "follow-up"];

    private static Decision Run(string command, ProblemCase problem) => command switch
    {
        "accompany" => Accompany().Decide(problem, Guid.NewGuid(), Caller, Today),
        "resolve" => new ResolveCase(["x"], Autonomy.DoneAlone, null).Decide(problem, Today),
        "refer" => new ReferCase(Guid.NewGuid(), "x").Decide(problem, ActivePartner("P", ["itsme"], [], ["fr"], []), Today),
        _ => new FollowUpReferral(ReferralOutcome.Helped, null).Decide(problem, Today),
    };

    [Theory, MemberData(nameof(EveryCommandButReopen))]
    public void Decisions_are_total_a_closed_case_refuses_them_all_with_409(string command)
    {
        var closed = Posted().Apply(new CaseClosed(CaseId, "Plus venue", Today));

        var decision = Run(command, closed);

        decision.Refusal!.Kind.ShouldBe(RefusalKind.Conflict);
        decision.Events.ShouldBeEmpty();
    }

    [Fact]
    public void Only_a_referred_case_is_followed_up_and_the_same_follow_up_twice_appends_nothing()
    {
        Run("follow-up", Posted()).Refusal!.Kind.ShouldBe(RefusalKind.Conflict);
        var referred = Posted().Apply(new CaseReferred(CaseId, Guid.NewGuid(), "eID", Today));
        var followedUp = new FollowUpReferral(ReferralOutcome.NoNews, null).Decide(referred, Today);
        followedUp.Events.Single().ShouldBeOfType<ReferralFollowedUp>();
        var again = referred.Apply((ReferralFollowedUp)followedUp.Events[0]);
        new FollowUpReferral(ReferralOutcome.NoNews, null).Decide(again, Today).ShouldBe(Decision.Nothing);
    }

    [Fact]
    public void An_accompaniment_cannot_be_dated_before_the_case_or_in_the_future()
    {
        var problem = Posted(on: Today.AddDays(-3));
        (Accompany() with { On = Today.AddDays(-4) }).Decide(problem, Guid.NewGuid(), Caller, Today).Refusal!.Errors!.Keys.ShouldBe(["on"]);
        (Accompany() with { On = Today.AddDays(1) }).Decide(problem, Guid.NewGuid(), Caller, Today).Refusal!.Errors!.Keys.ShouldBe(["on"]);
        (Accompany(0) with { Setting = null }).Decide(problem, Guid.NewGuid(), Caller, Today).Refusal!.Errors!.Keys.ShouldBe(["minutes", "setting"], ignoreOrder: true);
    }

    [Fact]
    public void An_accompaniment_at_another_groups_session_is_404_and_at_the_groups_own_is_dated_by_the_session()
    {
        var problem = Posted();
        var elsewhere = Activity.Create(new ExchangeSessionHeld(Guid.NewGuid(), Guid.NewGuid(), Today, [], null));
        var here = Activity.Create(new ExchangeSessionHeld(Guid.NewGuid(), GroupId, Today.AddDays(-1), [], null));

        (Accompany() with { ExchangeSessionId = elsewhere.Id }).Decide(problem, Guid.NewGuid(), Caller with { Session = elsewhere }, Today)
            .Refusal!.Kind.ShouldBe(RefusalKind.NotFound);
        var atSession = (Accompany() with { ExchangeSessionId = here.Id, Finding = SessionFinding.CollectivePath })
            .Decide(problem, Guid.NewGuid(), Caller with { Session = here }, Today);
        atSession.Events.Single().ShouldBeOfType<CaseAccompanied>().Accompaniment.On.ShouldBe(Today.AddDays(-1));
    }

    [Fact]
    public void Reopening_an_open_case_is_409_and_reopening_a_resolved_one_clears_its_resolution()
    {
        new ReopenCase(null).Decide(Posted(), Today).Refusal!.Kind.ShouldBe(RefusalKind.Conflict);
        var resolved = Posted().Apply(new CaseResolved(CaseId, ["x"], Autonomy.DoneAlone, Today));
        var reopened = resolved.Apply((CaseReopened)new ReopenCase("Revenue").Decide(resolved, Today).Events[0]);
        reopened.Status.ShouldBe(CaseStatus.Open);
        reopened.Resolution.ShouldBeNull();
    }

    [Fact]
    public void A_visitors_case_cannot_reveal_a_learning_need()
    {
        var visit = ProblemCase.Create(new DropInRequestRecorded(CaseId, Guid.NewGuid(), Today, new Visitor(Guid.NewGuid(), ["fr"], null, null, null, null), Itsme));
        var (onCase, onParticipant) = new RevealLearningNeed("4.2", NeedPriority.Normal, null).Decide(visit, null, Guid.NewGuid(), SkillCatalogue.BuiltIn, Today);
        onCase.Refusal!.Kind.ShouldBe(RefusalKind.Conflict);
        onParticipant.Events.ShouldBeEmpty();
    }

    [Fact]
    public void The_board_puts_urgency_first_then_the_nearest_due_date_then_the_oldest()
    {
        Guid Id(int n) => Guid.Parse($"00000000-0000-0000-0000-{n:D12}");
        var cases = new[]
        {
            Posted(Urgency.Normal, on: Today.AddDays(-9), id: Id(1)),
            Posted(Urgency.High, Today.AddDays(9), id: Id(2)),
            Posted(Urgency.High, Today.AddDays(2), id: Id(3)),
            Posted(Urgency.High, null, id: Id(4)),
            Posted(Urgency.Urgent, id: Id(5)),
            Posted(Urgency.Normal, on: Today.AddDays(-1), id: Id(6)),
        };
        CaseBoard.MostUrgentFirst(cases).Select(c => c.Id).ShouldBe([Id(5), Id(3), Id(2), Id(4), Id(1), Id(6)]);
    }

    [Fact]
    public void Activity_counts_each_ending_and_the_autonomy_at_the_end()
    {
        var resolved = Posted().Apply(new CaseAccompanied(CaseId, new Accompaniment(Guid.NewGuid(), Today, 45, Setting.AtHome, DeviceUsed.LentDevice, ProcedureProgress.Done,
            ["x"], [], null, null, null, [], null))).Apply(new CaseResolved(CaseId, ["x"], Autonomy.DoneTogether, Today));
        var referred = Posted().Apply(new CaseReferred(CaseId, Guid.NewGuid(), "x", Today));
        var closed = Posted().Apply(new CaseClosed(CaseId, "x", Today));

        CaseActivity.Of([resolved, referred, closed, Posted()]).ShouldBe(
            new CaseActivity(4, 1, 45, 1, 1, 1, 1, new AutonomyCounts(0, 1, 0), new ReferralCounts(0, 0, 0, 1)));
    }

    [Fact]
    public void The_fold_for_views_as_of_a_past_day_agrees_with_the_snapshots()
    {
        object[] events =
        [
            new CasePosted(CaseId, GroupId, Samira, Itsme, Today),
            new CaseAccompanied(CaseId, new Accompaniment(Guid.NewGuid(), Today, 20, Setting.Remote, DeviceUsed.OwnComputer, ProcedureProgress.NotDone, ["x"], [], null, null, null, [], null)),
            new CaseReferred(CaseId, Guid.NewGuid(), "x", Today),
            new ReferralFollowedUp(CaseId, Guid.NewGuid(), ReferralOutcome.Helped, null, Today),
            new CaseReopened(CaseId, null, Today),
            new CaseRevealedNeed(CaseId, Samira, Guid.NewGuid(), "4.2"),
            new CaseResolved(CaseId, ["x"], Autonomy.DoneAlone, Today),
        ];
        var folded = Folded.Of<ProblemCase>(events);
        var applied = ProblemCase.Create((CasePosted)events[0]).Apply((CaseAccompanied)events[1]).Apply((CaseReferred)events[2])
            .Apply((ReferralFollowedUp)events[3]).Apply((CaseReopened)events[4]).Apply((CaseRevealedNeed)events[5]).Apply((CaseResolved)events[6]);
        folded.ShouldBeEquivalentTo(applied);
    }

    [Fact]
    public void Partners_that_handle_neither_the_service_nor_the_difficulty_are_not_suggested_and_the_rest_are_ranked_with_reasons()
    {
        var both = ActivePartner("B", ["itsme"], ["login-and-identity"], ["nl"], []);
        var serviceNear = ActivePartner("A", ["itsme"], [], ["ar"], ["1080"]);
        var unrelated = ActivePartner("C", ["housing"], ["paying"], ["fr", "ar"], ["1080"]);
        var inactive = ActivePartner("D", ["itsme"], ["login-and-identity"], ["fr"], ["1080"]).Apply(new PartnerDeactivated(Guid.Empty, null));

        var suggested = PartnerSuggestions.For(Itsme, ["fr", "ar"], "1080", [both, serviceNear, unrelated, inactive]);

        suggested.Select(s => s.Name).ShouldBe(["A", "B"]); // 4+2+1 = 7 beats 4+2 = 6
        suggested[0].Reasons.ShouldBe([Says.HandlesService("itsme"), Says.Speaks(["ar"]), Says.ServesArea("1080")]);
        suggested[1].Score.ShouldBe(PartnerSuggestions.ServiceWeight + PartnerSuggestions.DifficultyWeight);
    }

    [Fact]
    public void An_author_does_not_review_their_own_entry_and_only_a_reviewed_entry_is_published()
    {
        var draft = KnowledgeEntry.Create(new KnowledgeEntryDrafted(Guid.NewGuid(), CaseId,
            new KnowledgeContent("t", "s", ["x"], "itsme", "login-and-identity", [], "fr"), "author"));

        ReviewKnowledgeEntry.Decide(draft, "author").Refusal!.Kind.ShouldBe(RefusalKind.Conflict);
        PublishKnowledgeEntry.Decide(draft, Today).Refusal!.Kind.ShouldBe(RefusalKind.Conflict);
        RecordEntryHelped.Decide(draft, Today).Refusal!.Kind.ShouldBe(RefusalKind.Conflict);
        var reviewed = draft.Apply((KnowledgeEntryReviewed)ReviewKnowledgeEntry.Decide(draft, "reviewer").Events[0]);
        PublishKnowledgeEntry.Decide(reviewed, Today).Events.Single().ShouldBe(new KnowledgeEntryPublished(draft.Id, Today));
    }

    [Fact]
    public void A_contact_is_kept_only_with_consent_and_a_visitor_is_otherwise_identified_by_nothing()
    {
        var desk = DropInDesk.Create(new DropInDeskOpened(Guid.NewGuid(), "D", "P", [], ["fr"]));
        var request = new RecordDropInRequest(null, ["fr"], null, null, "0470", null, "But", "itsme", "login-and-identity", null, null, null);

        request.Decide(Guid.NewGuid(), Guid.NewGuid(), desk, ServiceList.BuiltIn, SkillCatalogue.BuiltIn, Today, Guid.NewGuid(), "desk-worker").Refusal!.Errors!.Keys.ShouldBe(["consentNotice"]);
        var anonymous = (request with { Contact = null }).Decide(CaseId, Guid.NewGuid(), desk, ServiceList.BuiltIn, SkillCatalogue.BuiltIn, Today, Guid.NewGuid(), "desk-worker");
        var visitor = anonymous.Events.Single().ShouldBeOfType<DropInRequestRecorded>().Visitor;
        (visitor.Pseudonym, visitor.PostcodeArea, visitor.Contact, visitor.Consent).ShouldBe((null, null, null, null));
    }

    [Fact]
    public void A_visit_records_the_request_and_the_time_spent_together_or_names_every_field_at_fault_of_both()
    {
        var desk = DropInDesk.Create(new DropInDeskOpened(Guid.NewGuid(), "D", "P", [], ["fr"]));
        var time = new FirstAccompaniment(20, Setting.OnSite, DeviceUsed.OwnPhone, ProcedureProgress.Done, ["Ouvrir l'app"], null);
        var visit = new RecordDropInRequest(null, ["fr"], null, null, null, null, "But", "itsme", "login-and-identity", null, null, null, time);
        var accompanimentId = Guid.NewGuid();

        var events = visit.Decide(CaseId, Guid.NewGuid(), desk, ServiceList.BuiltIn, SkillCatalogue.BuiltIn, Today, accompanimentId, "desk-worker").Events;
        events[0].ShouldBeOfType<DropInRequestRecorded>().CaseId.ShouldBe(CaseId);
        var accompanied = events[1].ShouldBeOfType<CaseAccompanied>();
        (accompanied.CaseId, accompanied.Accompaniment.AccompanimentId, accompanied.Accompaniment.On, accompanied.Accompaniment.Minutes).ShouldBe((CaseId, accompanimentId, Today, 20));
        accompanied.Accompaniment.StaffIds.ShouldBe(["desk-worker"]);

        var refused = (visit with { Service = null, Accompaniment = time with { Minutes = 0, Device = null } })
            .Decide(CaseId, Guid.NewGuid(), desk, ServiceList.BuiltIn, SkillCatalogue.BuiltIn, Today, accompanimentId, "desk-worker");
        refused.Refusal!.Errors!.Keys.Order().ShouldBe(["accompaniment.device", "accompaniment.minutes", "service"]);
        refused.Events.ShouldBeEmpty();
    }
}
