using LivingLibrary.Domain.Competences;
using LivingLibrary.Domain.Pairings;
using LivingLibrary.Domain.Pairings.Suggestions;
using LivingLibrary.Domain.Participants;
using LivingLibrary.Projections.Pairings;

namespace LivingLibrary.Domain.Tests.Pairings;

public sealed class PairingLifecycleTests
{
    private static readonly Guid Group = Guid.Parse("0194f2a0-0000-7000-8000-0000000000f0");
    private static readonly DateOnly Today = new(2026, 11, 23);

    private static Guid Id(int n) => Guid.Parse($"0194f2a0-0000-7000-8000-{n:D12}");

    private static Pairing Proposed(int n = 1, Guid? helper = null, Guid? learner = null) => Pairing.Create(new PairingProposed(
        Id(n), Group, Id(100 + n), learner ?? Id(200 + n), helper ?? Id(300), "pay-bill-online", null, 110, "explained", Today));

    private static Participant Person(int n, string name, params object[] events) =>
        Folded.Of<Participant>([new ParticipantEnrolled(Id(n), Group, new PersonalDetails(name, null), ["fr"], [], new Consent("n", Today)), .. events]);

    [Fact]
    public void The_second_acceptance_starts_the_pairing_and_engages_the_helper_and_a_repeated_answer_changes_nothing()
    {
        var pairing = Proposed();

        var helper = Person(2, "Samira");
        var first = new AcceptPairing(Party.Helper).Decide(pairing, helper, Today);
        first.Pairing.Events.ShouldBe([new PairingAccepted(pairing.Id, Party.Helper)]);
        first.Helper.ShouldBeEmpty();

        var halfway = pairing.Apply(new PairingAccepted(pairing.Id, Party.Helper));
        new AcceptPairing(Party.Helper).Decide(halfway, helper, Today).Pairing.ShouldBe(Decision.Nothing);
        var second = new AcceptPairing(Party.Learner).Decide(halfway, helper, Today);
        second.Pairing.Events.ShouldBe([new PairingAccepted(pairing.Id, Party.Learner), new PairingStarted(pairing.Id, pairing.HelperId, Today)]);
        second.Helper.ShouldBe([new HelperEngaged(pairing.HelperId, pairing.Id)]);
    }

    [Fact]
    public void Each_state_allows_only_its_next_steps()
    {
        var proposed = Proposed();
        var active = proposed.Apply(new PairingStarted(proposed.Id, proposed.HelperId, Today));
        var declined = proposed.Apply(new PairingDeclined(proposed.Id, Party.Learner, "No"));
        var ended = active.Apply(new PairingEnded(proposed.Id, proposed.HelperId, Today, PairingOutcome.WentWell, null, null, null));

        proposed.IsProposed().ShouldBeNull();
        proposed.IsActive()!.Kind.ShouldBe(RefusalKind.Conflict);
        active.IsActive().ShouldBeNull();
        active.IsProposed()!.Kind.ShouldBe(RefusalKind.Conflict);
        declined.IsProposed()!.Detail.ShouldBe(Says.PairingDeclined);
        ended.IsActive()!.Detail.ShouldBe(Says.PairingEnded);
        new[] { proposed, active }.ShouldAllBe(p => p.IsLive);
        new[] { declined, ended }.ShouldAllBe(p => !p.IsLive);
    }

    [Fact]
    public void Every_step_on_an_ended_pairing_refuses_by_itself_and_appends_nothing()
    {
        var ended = Proposed().Apply(new PairingStarted(Id(1), Id(300), Today))
            .Apply(new PairingEnded(Id(1), Id(300), Today, PairingOutcome.Mixed, null, null, null));
        var helper = Person(300, "Lucie");
        Decision[] decisions =
        [
            new AcceptPairing(Party.Learner).Decide(ended, helper, Today).Pairing,
            new DeclinePairing(Party.Helper, null).Decide(ended),
            new WithdrawPairing(null).Decide(ended),
            new LogHelpSession(Today, 30, "bills", LearnerFeeling.Fine).Decide(Id(9), ended, Today),
            new EndPairing(PairingOutcome.WentWell, null, null, null).Decide(ended, Today).Pairing,
        ];
        decisions.ShouldAllBe(d => d.Refusal!.Kind == RefusalKind.Conflict && d.Events.Count == 0);
        new EndPairing(PairingOutcome.WentWell, null, null, null).Decide(ended, Today).Helper.ShouldBeEmpty();
    }

    [Fact]
    public void A_withdrawn_proposal_is_not_a_decline_and_a_decline_names_who_said_no()
    {
        var withdrawn = Proposed().Apply(new PairingWithdrawn(Id(1), "Jean moved"));
        withdrawn.Status.ShouldBe(PairingStatus.Withdrawn);
        withdrawn.IsLive.ShouldBeFalse();
        new DeclinePairing(null, null).Decide(Proposed()).Refusal!.Errors!.Keys.ShouldBe(["party"]);
        Proposed().Apply(new PairingDeclined(Id(1), null, null)).Status.ShouldBe(PairingStatus.Withdrawn);
    }

    [Fact]
    public void The_second_acceptance_is_refused_when_the_helper_has_no_room_left()
    {
        var halfway = Proposed().Apply(new PairingAccepted(Id(1), Party.Learner));
        var full = Person(300, "Lucie", new HelpCapacitySet(Id(300), 0));
        var (pairing, helper) = new AcceptPairing(Party.Helper).Decide(halfway, full, Today);
        pairing.Refusal!.Kind.ShouldBe(RefusalKind.Conflict);
        helper.ShouldBeEmpty();
    }

    [Fact]
    public void A_helper_has_room_below_their_capacity_counting_only_started_pairings()
    {
        var lucie = Person(300, "Lucie", new HelperEngaged(Id(300), Id(1)));
        lucie.HasRoom().ShouldBeNull();
        lucie.Apply(new HelperEngaged(Id(300), Id(2))).HasRoom()!.Kind.ShouldBe(RefusalKind.Conflict);
        lucie.Apply(new HelpCapacitySet(Id(300), 1)).HasRoom()!.Kind.ShouldBe(RefusalKind.Conflict);
        lucie.Apply(new HelperEngaged(Id(300), Id(2))).Apply(new HelperReleased(Id(300), Id(1))).HasRoom().ShouldBeNull();
    }

    [Fact]
    public void The_request_leaves_out_needs_under_way_counts_live_pairings_and_excludes_pairs_that_went_badly()
    {
        var jean = Person(1, "Jean", new LearningNeedDeclared(Id(1), Id(11), "pay-bill-online", NeedPriority.High, null),
            new LearningNeedDeclared(Id(1), Id(12), "2.3", NeedPriority.Low, null),
            new SkillAssessed(Id(1), Group, "pay-bill-online", 2, AssessmentSource.SelfAssessed, null, Today, true));
        var lucie = Person(2, "Lucie", new HelpOffered(Id(2), "pay-bill-online", 6));
        var gone = Person(3, "Gone", new HelpOffered(Id(3), "2.3", 8), new ParticipantLeft(Id(3), Group, null));
        var underWay = Pairing.Create(new PairingProposed(Id(50), Group, Id(12), Id(1), Id(2), "2.3", null, null, "", Today));
        var wentBadly = Pairing.Create(new PairingProposed(Id(51), Group, Id(13), Id(1), Id(2), "4.2", null, null, "", Today))
            .Apply(new PairingStarted(Id(51), Id(2), Today))
            .Apply(new PairingEnded(Id(51), Id(2), Today, PairingOutcome.WentBadly, null, null, null));

        var request = PairingRequests.Build(new SuggestPairings([Group], 3, null, null), [jean, lucie, gone], [underWay, wentBadly],
            new PairingWeights(), SkillCatalogue.BuiltIn, Today);

        request.Needs.ShouldHaveSingleItem().ShouldBe(request.Needs[0] with { NeedId = Id(11), LearnerLevel = 2 });
        request.Helpers.ShouldHaveSingleItem().ShouldSatisfyAllConditions(h => h.HelperId.ShouldBe(Id(2)), h => h.ActivePairings.ShouldBe(1));
        request.EndedBadly.ShouldBe([new LearnerAndHelper(Id(1), Id(2))]);
        request.PastPairings.ShouldBe([new PastPairing(Id(1), Id(2), "4.2")]);
        request.LevelGap.ShouldBe(3);
        request.RelatedSubjects.ShouldContain(new SubjectPair("4.2", "pay-bill-online"));
    }

    [Fact]
    public void A_need_met_by_a_pairing_that_went_well_is_left_off_the_board_and_out_of_suggestions_and_one_that_went_otherwise_is_back()
    {
        var jean = Person(1, "Jean", new LearningNeedDeclared(Id(1), Id(11), "pay-bill-online", NeedPriority.High, null),
            new LearningNeedDeclared(Id(1), Id(12), "2.3", NeedPriority.Low, null),
            new LearningNeedDeclared(Id(1), Id(13), "4.2", NeedPriority.Low, null));
        var lucie = Person(2, "Lucie", new HelpOffered(Id(2), "pay-bill-online", 6), new HelpOffered(Id(2), "2.3", 6), new HelpOffered(Id(2), "4.2", 6));
        Pairing Ended(int n, Guid need, string skill, PairingOutcome outcome) =>
            Pairing.Create(new PairingProposed(Id(n), Group, need, Id(1), Id(2), skill, null, null, "", Today))
                .Apply(new PairingStarted(Id(n), Id(2), Today))
                .Apply(new PairingEnded(Id(n), Id(2), Today, outcome, null, null, null));
        Pairing[] pairings = [Ended(50, Id(11), "pay-bill-online", PairingOutcome.WentWell), Ended(51, Id(12), "2.3", PairingOutcome.Mixed),
            Ended(52, Id(13), "4.2", PairingOutcome.WentBadly)];

        var request = PairingRequests.Build(new SuggestPairings([Group], 3, null, null), [jean, lucie], pairings, new PairingWeights(), SkillCatalogue.BuiltIn, Today);
        var board = PairingViews.UnmatchedNeeds([jean, lucie], pairings, null);

        request.Needs.Select(n => n.NeedId).ShouldBe([Id(12), Id(13)], ignoreOrder: true);
        board.Select(n => n.NeedId).ShouldBe([Id(12), Id(13)], ignoreOrder: true);
    }

    [Fact]
    public void Stats_count_per_group_what_started_lasted_and_ended_well()
    {
        var lasted = Proposed(1).Apply(new PairingStarted(Id(1), Id(300), Today));
        for (var i = 0; i < PairingViews.SessionsToLast; i++)
            lasted = lasted.Apply(new HelpSessionLogged(Id(1), Today, 60, "bills", LearnerFeeling.Fine));
        lasted = lasted.Apply(new PairingEnded(Id(1), Id(300), Today, PairingOutcome.WentWell, null, null, null));
        var shortOne = Proposed(2).Apply(new PairingStarted(Id(2), Id(300), Today))
            .Apply(new PairingEnded(Id(2), Id(300), Today, PairingOutcome.WentBadly, null, null, null));
        var declined = Proposed(3).Apply(new PairingDeclined(Id(3), Party.Learner, null));

        PairingViews.Stats([lasted, shortOne, declined]).ShouldBe([new GroupPairingStats(Group, 3, 1, 0, 2, 0, 1, 1, 0, 1)]);
    }

    [Fact]
    public void Organisation_weights_are_bounded_and_the_settings_stream_id_is_stable_per_organisation()
    {
        OrganisationSettings.Check(new PairingWeights()).ShouldBeNull();
        OrganisationSettings.Check(new PairingWeights { NeedMet = 0, LoadSpreading = 101 })!.Errors!.Keys.ShouldBe(["needMet", "loadSpreading"], ignoreOrder: true);
        OrganisationSettings.StreamId("org-a").ShouldBe(OrganisationSettings.StreamId("org-a"));
        OrganisationSettings.StreamId("org-a").ShouldNotBe(OrganisationSettings.StreamId("org-b"));
    }
}
