using System.Security.Cryptography;
using System.Text;
using LivingLibrary.Domain;
using LivingLibrary.Domain.Pairings.Suggestions;
using LivingLibrary.Domain.Participants;

namespace LivingLibrary.Domain.Tests.Pairings.Suggestions;

public sealed class PairingTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    private static readonly Guid Samira = Id("Samira");
    private static readonly Guid Ali = Id("Ali");
    private static readonly Guid Koen = Id("Koen");
    private static readonly Guid Jean = Id("Jean");
    private static readonly Guid Marie = Id("Marie");
    private static readonly Guid Fatma = Id("Fatma");

    private static readonly TimeSlot TuesdayMorning = new(DayOfWeek.Tuesday, DayPart.Morning);
    private static readonly TimeSlot ThursdayAfternoon = new(DayOfWeek.Thursday, DayPart.Afternoon);

    private static readonly PairingWords Words = new(
        new Dictionary<Guid, string> { [Samira] = "Samira", [Ali] = "Ali", [Koen] = "Koen", [Jean] = "Jean", [Marie] = "Marie", [Fatma] = "Fatma" },
        new Dictionary<string, string> { ["pay-bill-online"] = "online banking" },
        new Dictionary<string, string> { ["ar"] = "Arabic", ["fr"] = "French", ["nl"] = "Dutch", ["tr"] = "Turkish" });

    private static Guid Id(string name) => new(MD5.HashData(Encoding.UTF8.GetBytes(name)));

    private static LearnerNeed Need(
        Guid learner, string subject, int level = 1, string[]? languages = null, TimeSlot[]? free = null,
        NeedPriority priority = NeedPriority.Normal, DateOnly? deadline = null, string tag = "") =>
        new(Id($"{learner} {subject} {tag}"), learner, subject, level, languages ?? ["fr"], free ?? [TuesdayMorning], priority, deadline);

    private static HelperProfile Helper(Guid helper, string subject, int level, string[]? languages = null, TimeSlot[]? free = null) =>
        new(helper, languages ?? ["fr"], free ?? [TuesdayMorning], [new SubjectOffer(subject, level)]);

    private static PairingRequest Request(LearnerNeed[] needs, params HelperProfile[] helpers) => new(needs, helpers, Today);

    private static UnmatchedNeed Unmatched(PairingRequest request) => PairingPlanner.Suggest(request).Unmatched.ShouldHaveSingleItem();

    [Fact]
    public void Samira_at_level_5_in_online_banking_helps_Jean_at_level_1()
    {
        var request = Request(
            [Need(Jean, "pay-bill-online", level: 1, languages: ["ar"])],
            Helper(Samira, "pay-bill-online", 5, languages: ["ar", "fr"], free: [TuesdayMorning, ThursdayAfternoon]));

        var suggestion = PairingPlanner.Suggest(request);

        var pair = suggestion.Pairs.ShouldHaveSingleItem();
        (pair.HelperId, pair.LearnerId, pair.Pinned).ShouldBe((Samira, Jean, false));
        pair.Score.ShouldBe(100 + 4 + 5); // helped, one shared slot, normal priority
        suggestion.TotalScore.ShouldBe(pair.Score);
        suggestion.Unmatched.ShouldBeEmpty();
        Words.Describe(pair).ShouldBe(
            "Samira can help Jean with online banking: both speak Arabic, both free on Tuesday morning, " +
            "Samira is at level 5 in online banking, Jean at 1, Samira has no other pairing.");
    }

    [Fact]
    public void Nobody_offers_the_subject()
    {
        var need = Unmatched(Request([Need(Jean, "2.6")], Helper(Samira, "pay-bill-online", 5)));

        need.Reason.ShouldBeOfType<NobodyOffersSubject>();
        Words.Describe(need).ShouldBe("Jean waits for help with 2.6: nobody offers that subject.");
    }

    [Fact]
    public void Offers_exist_but_nobody_is_far_enough_ahead_of_the_learner()
    {
        var need = Unmatched(Request([Need(Jean, "4.2", level: 3)], Helper(Samira, "4.2", 4)));

        need.Reason.ShouldBe(new NobodyAtLevel(LevelNeeded: 5, HighestLevelOffered: 4));
        Words.Describe(need).ShouldBe("Jean waits for help with 4.2: nobody is at level 5 or above (the highest offered is 4).");
    }

    [Fact]
    public void Nobody_at_that_level_speaks_the_learners_language()
    {
        var need = Unmatched(Request([Need(Fatma, "2.6", languages: ["tr"])], Helper(Samira, "2.6", 6, languages: ["ar", "fr"])));

        need.Reason.ShouldBeOfType<NoSharedLanguage>().LearnerLanguages.ShouldBe(["tr"]);
        Words.Describe(need).ShouldBe("Fatma waits for help with 2.6: nobody speaks Turkish and can help with 2.6.");
    }

    [Fact]
    public void The_only_helpers_are_forbidden_or_ended_badly()
    {
        var request = Request([Need(Jean, "4.2")], Helper(Samira, "4.2", 6), Helper(Ali, "4.2", 6)) with
        {
            Forbidden = [new LearnerAndHelper(Jean, Samira)],
            EndedBadly = [new LearnerAndHelper(Jean, Ali)],
        };

        var need = Unmatched(request);

        var reason = need.Reason.ShouldBeOfType<OnlyExcludedHelpers>();
        reason.Forbidden.ShouldBe([Samira]);
        reason.EndedBadly.ShouldBe([Ali]);
        Words.Describe(need).ShouldBe(
            "Jean waits for help with 4.2: the only helpers able to help are excluded: Samira by a facilitator; Ali after a pairing that ended badly.");
    }

    [Fact]
    public void Every_helper_able_to_help_is_full()
    {
        var need = Unmatched(Request([Need(Jean, "4.2")], Helper(Samira, "4.2", 6) with { Capacity = 2, ActivePairings = 2 }));

        need.Reason.ShouldBe(new EveryHelperFull([Samira]), new ReasonComparer());
        Words.Describe(need).ShouldBe("Jean waits for help with 4.2: every helper for 4.2 is full (Samira).");
    }

    [Fact]
    public void A_need_waits_when_the_best_plan_gives_its_helper_to_another_need()
    {
        var request = Request(
            [Need(Jean, "4.2"), Need(Marie, "4.2", priority: NeedPriority.High)],
            Helper(Samira, "4.2", 6) with { Capacity = 1 });

        var suggestion = PairingPlanner.Suggest(request);

        suggestion.Pairs.ShouldHaveSingleItem().LearnerId.ShouldBe(Marie);
        var jean = suggestion.Unmatched.ShouldHaveSingleItem();
        jean.Reason.ShouldBe(new GivenToOtherNeeds([Samira]), new ReasonComparer());
        Words.Describe(jean).ShouldBe("Jean waits for help with 4.2: Samira could help, but the best plan gives them to other needs.");
    }

    [Fact]
    public void A_helper_already_carrying_a_heavy_load_is_spared_when_the_organisation_weighs_load_heavily()
    {
        var request = Request([Need(Jean, "4.2")], Helper(Samira, "4.2", 6) with { Capacity = 10, ActivePairings = 5 }) with
        {
            Weights = new PairingWeights { LoadSpreading = 30 },
        };

        Unmatched(request).Reason.ShouldBe(new HelpersTooLoaded([Samira]), new ReasonComparer());
    }

    [Fact]
    public void Active_pairings_count_against_capacity()
    {
        var request = Request(
            [Need(Jean, "4.2"), Need(Marie, "4.2"), Need(Fatma, "4.2")],
            Helper(Samira, "4.2", 6) with { Capacity = 2, ActivePairings = 1 });

        var suggestion = PairingPlanner.Suggest(request);

        var pair = suggestion.Pairs.ShouldHaveSingleItem();
        pair.Lines.OfType<LoadLine>().Single().ShouldBe(new LoadLine(-4, PairingsBefore: 1, Capacity: 2));
        Words.Describe(pair).ShouldEndWith("Samira already has 1 pairing of 2.");
        suggestion.Unmatched.Count.ShouldBe(2);
    }

    [Fact]
    public void Load_spreading_prefers_an_idle_helper()
    {
        var request = Request(
            [Need(Jean, "4.2")],
            Helper(Samira, "4.2", 6) with { Capacity = 3, ActivePairings = 1 },
            Helper(Ali, "4.2", 6) with { Capacity = 3 });

        PairingPlanner.Suggest(request).Pairs.ShouldHaveSingleItem().HelperId.ShouldBe(Ali);
    }

    [Fact]
    public void A_close_deadline_wins_a_scarce_helper()
    {
        var request = Request(
            [Need(Marie, "pay-bill-online"), Need(Jean, "pay-bill-online", deadline: Today.AddDays(3))],
            Helper(Samira, "pay-bill-online", 5) with { Capacity = 1 });

        var suggestion = PairingPlanner.Suggest(request);

        var pair = suggestion.Pairs.ShouldHaveSingleItem();
        pair.LearnerId.ShouldBe(Jean);
        pair.Lines.OfType<DeadlineLine>().Single().ShouldBe(new DeadlineLine(15, Today.AddDays(3), DaysLeft: 3));
        Words.Describe(pair).ShouldContain("due in 3 days (26 November 2026)");
        suggestion.Unmatched.ShouldHaveSingleItem().LearnerId.ShouldBe(Marie);
    }

    [Fact]
    public void A_pin_is_honoured_even_when_another_helper_would_score_more()
    {
        var need = Need(Jean, "4.2");
        var request = Request([need], Helper(Samira, "4.2", 6), Helper(Ali, "4.2", 6, free: [ThursdayAfternoon])) with
        {
            Pins = [new Pin(need.NeedId, Ali)],
        };

        var suggestion = PairingPlanner.Suggest(request);

        var pair = suggestion.Pairs.ShouldHaveSingleItem();
        (pair.HelperId, pair.Pinned).ShouldBe((Ali, true));
        suggestion.UnmetPins.ShouldBeEmpty();
        Words.Describe(pair).ShouldBe(
            "Ali can help Jean with 4.2: both speak French, no free time in common yet, Ali is at level 6 in 4.2, Jean at 1, " +
            "Ali has no other pairing, pinned by a facilitator.");
    }

    [Fact]
    public void A_pin_the_hard_constraints_refuse_is_reported_with_its_reason()
    {
        var need = Need(Jean, "pay-bill-online", level: 1);
        var request = Request([need], Helper(Samira, "pay-bill-online", 5), Helper(Koen, "pay-bill-online", 2)) with
        {
            Pins = [new Pin(need.NeedId, Koen)],
        };

        var suggestion = PairingPlanner.Suggest(request);

        suggestion.Pairs.ShouldHaveSingleItem().HelperId.ShouldBe(Samira);
        var pin = suggestion.UnmetPins.ShouldHaveSingleItem();
        pin.ShouldBe(new UnmetPin(need.NeedId, Koen, PinProblem.LevelTooLow));
        Words.Describe(pin, suggestion.Request).ShouldBe(
            "Koen could not be pinned to Jean's need (online banking): Koen is at level 2 in online banking, and level 3 is needed.");
    }

    [Fact]
    public void A_forbidden_pair_is_never_suggested()
    {
        var request = Request([Need(Jean, "4.2")], Helper(Samira, "4.2", 8), Helper(Ali, "4.2", 3, free: [])) with
        {
            Forbidden = [new LearnerAndHelper(Jean, Samira)],
        };

        PairingPlanner.Suggest(request).Pairs.ShouldHaveSingleItem().HelperId.ShouldBe(Ali);
    }

    [Fact]
    public void A_pair_that_ended_badly_is_never_proposed_again_even_pinned()
    {
        var need = Need(Jean, "4.2");
        var request = Request([need], Helper(Samira, "4.2", 8), Helper(Ali, "4.2", 3, free: [])) with
        {
            EndedBadly = [new LearnerAndHelper(Jean, Samira)],
            Pins = [new Pin(need.NeedId, Samira)],
            PastPairings = [new PastPairing(Jean, Samira, "4.2")],
        };

        var suggestion = PairingPlanner.Suggest(request);

        suggestion.Pairs.ShouldHaveSingleItem().HelperId.ShouldBe(Ali);
        suggestion.UnmetPins.ShouldHaveSingleItem().Problem.ShouldBe(PinProblem.EndedBadly);
    }

    [Fact]
    public void Someone_who_is_both_learner_and_helper_is_never_paired_with_themselves()
    {
        var request = Request([Need(Samira, "1.1", level: 2)], Helper(Samira, "1.1", 6));

        Unmatched(request).Reason.ShouldBeOfType<NobodyOffersSubject>();
    }

    [Fact]
    public void A_helper_who_helped_the_learner_before_in_the_same_area_is_preferred()
    {
        var request = Request([Need(Jean, "4.2")], Helper(Samira, "4.2", 6), Helper(Ali, "4.2", 6)) with
        {
            PastPairings = [new PastPairing(Jean, Ali, "4.1")],
        };

        var pair = PairingPlanner.Suggest(request).Pairs.ShouldHaveSingleItem();

        pair.HelperId.ShouldBe(Ali);
        pair.Lines.OfType<ContinuityLine>().Single().ShouldBe(new ContinuityLine(5, "4.1", SameSubject: false));
        Words.Describe(pair).ShouldContain("Ali already helped Jean with 4.1");
    }

    [Fact]
    public void Tasks_the_organisation_relates_count_for_continuity_too()
    {
        var request = Request([Need(Jean, "pay-bill-online")], Helper(Samira, "pay-bill-online", 6), Helper(Ali, "pay-bill-online", 6)) with
        {
            PastPairings = [new PastPairing(Jean, Ali, "use-itsme")],
            RelatedSubjects = [new SubjectPair("use-itsme", "pay-bill-online")],
        };

        PairingPlanner.Suggest(request).Pairs.ShouldHaveSingleItem().HelperId.ShouldBe(Ali);
    }

    [Fact]
    public void A_learner_does_not_get_the_same_helper_twice_for_the_same_subject()
    {
        var request = Request(
            [Need(Jean, "4.2", tag: "phishing message"), Need(Jean, "4.2", tag: "privacy settings")],
            Helper(Samira, "4.2", 6) with { Capacity = 3 });

        var suggestion = PairingPlanner.Suggest(request);

        suggestion.Pairs.ShouldHaveSingleItem();
        suggestion.Unmatched.ShouldHaveSingleItem().Reason.ShouldBe(new GivenToOtherNeeds([Samira]), new ReasonComparer());
    }

    [Fact]
    public void The_optimal_plan_meets_a_need_that_greedy_leaves_waiting()
    {
        // Samira suits Jean best (a shared slot), but she is Marie's only helper: the optimum gives Jean to Ali.
        var request = Request(
            [Need(Jean, "4.2"), Need(Marie, "4.2", languages: ["ar"], free: [ThursdayAfternoon])],
            Helper(Samira, "4.2", 6, languages: ["fr", "ar"]) with { Capacity = 1 },
            Helper(Ali, "4.2", 6, free: []) with { Capacity = 1 });

        var optimal = PairingPlanner.Suggest(request);
        var greedy = PairingPlanner.SuggestGreedy(request);

        optimal.Pairs.Select(p => (p.LearnerId, p.HelperId)).ShouldBe([(Jean, Ali), (Marie, Samira)], ignoreOrder: true);
        greedy.Pairs.Select(p => (p.LearnerId, p.HelperId)).ShouldBe([(Jean, Samira)]);
        optimal.TotalScore.ShouldBe(105 + 105);
        greedy.TotalScore.ShouldBe(109);
        greedy.Method.ShouldBe(PairingMethod.Greedy);
    }

    [Fact]
    public void Nothing_to_pair_suggests_nothing()
    {
        var suggestion = PairingPlanner.Suggest(Request([]));

        suggestion.Pairs.ShouldBeEmpty();
        suggestion.Unmatched.ShouldBeEmpty();
        suggestion.UnmetPins.ShouldBeEmpty();
        suggestion.TotalScore.ShouldBe(0);
    }

    [Fact]
    public void A_request_with_impossible_values_is_refused()
    {
        var request = Request([Need(Jean, "4.2", level: 9), Need(Jean, "4.2", level: 9)], Helper(Samira, "", 0) with { Capacity = -1 });

        var refusal = PairingPlanner.Check(request)!;

        refusal.Kind.ShouldBe(RefusalKind.Invalid);
        refusal.Errors!.Keys.ShouldBe(["needs", "needs[0].learnerLevel", "needs[1].learnerLevel", "helpers[0].capacity", "helpers[0].offers"], ignoreOrder: true);
        Should.Throw<ArgumentException>(() => PairingPlanner.Suggest(request));
    }

    /// <summary>Reasons listing helpers are records over lists: compare what they say.</summary>
    private sealed class ReasonComparer : IEqualityComparer<UnmatchedReason>
    {
        public bool Equals(UnmatchedReason? x, UnmatchedReason? y) =>
            x?.GetType() == y?.GetType() && System.Text.Json.JsonSerializer.Serialize(x) == System.Text.Json.JsonSerializer.Serialize(y);

        public int GetHashCode(UnmatchedReason obj) => obj.GetType().GetHashCode();
    }
}
