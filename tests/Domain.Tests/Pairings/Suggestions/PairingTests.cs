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
        pair.Explained().ShouldBe(Says.CanHelp(Samira, Jean, "pay-bill-online", [
            Says.BothSpeak(["ar"]), Says.BothFree([Says.Slot(DayOfWeek.Tuesday, DayPart.Morning)]),
            Says.Levels(Samira, 5, "pay-bill-online", Jean, 1), Says.NoOtherPairing(Samira)]));
    }

    [Fact]
    public void Nobody_offers_the_subject()
    {
        var need = Unmatched(Request([Need(Jean, "2.6")], Helper(Samira, "pay-bill-online", 5)));

        need.Reason.ShouldBeOfType<NobodyOffersSubject>();
        need.Explained().ShouldBe(Says.WaitsForHelp(Jean, "2.6", Says.NobodyOffers));
    }

    [Fact]
    public void Offers_exist_but_nobody_is_far_enough_ahead_of_the_learner()
    {
        var need = Unmatched(Request([Need(Jean, "4.2", level: 3)], Helper(Samira, "4.2", 4)));

        need.Reason.ShouldBe(new NobodyAtLevel(LevelNeeded: 5, HighestLevelOffered: 4));
        need.Explained().ShouldBe(Says.WaitsForHelp(Jean, "4.2", Says.NobodyAtLevel(5, 4)));
    }

    [Fact]
    public void Nobody_at_that_level_speaks_the_learners_language()
    {
        var need = Unmatched(Request([Need(Fatma, "2.6", languages: ["tr"])], Helper(Samira, "2.6", 6, languages: ["ar", "fr"])));

        need.Reason.ShouldBeOfType<NoSharedLanguage>().LearnerLanguages.ShouldBe(["tr"]);
        need.Explained().ShouldBe(Says.WaitsForHelp(Fatma, "2.6", Says.NobodySpeaks(["tr"], "2.6")));
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
        need.Explained().ShouldBe(Says.WaitsForHelp(Jean, "4.2",
            Says.OnlyExcluded([Says.ExcludedByFacilitator([Samira]), Says.ExcludedEndedBadly([Ali])])));
    }

    [Fact]
    public void Every_helper_able_to_help_is_full()
    {
        var need = Unmatched(Request([Need(Jean, "4.2")], Helper(Samira, "4.2", 6) with { Capacity = 2, ActivePairings = 2 }));

        need.Reason.ShouldBe(new EveryHelperFull([Samira]), new ReasonComparer());
        need.Explained().ShouldBe(Says.WaitsForHelp(Jean, "4.2", Says.EveryHelperFull("4.2", [Samira])));
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
        jean.Explained().ShouldBe(Says.WaitsForHelp(Jean, "4.2", Says.GivenToOtherNeeds([Samira])));
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
        ((IEnumerable<object?>)pair.Explained().Args["reasons"]!).Last().ShouldBe(Says.OnePairingOf(Samira, 2));
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
        ((IEnumerable<object?>)pair.Explained().Args["reasons"]!).ShouldContain(Says.DueIn(3, new DateOnly(2026, 11, 26)));
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
        pair.Explained().ShouldBe(Says.CanHelp(Ali, Jean, "4.2", [
            Says.BothSpeak(["fr"]), Says.NoTimeInCommon, Says.Levels(Ali, 6, "4.2", Jean, 1), Says.NoOtherPairing(Ali), Says.Pinned]));
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
        pin.Explained(suggestion.Request).ShouldBe(Says.NotPinned(Koen, Jean, "pay-bill-online", Says.PinLevelTooLow(Koen, 2, "pay-bill-online", 3)));
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
        ((IEnumerable<object?>)pair.Explained().Args["reasons"]!).ShouldContain(Says.HelpedBeforeWith(Ali, Jean, "4.1"));
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
