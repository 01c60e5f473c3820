namespace LivingLibrary.Domain.Pairings.Suggestions;

/// <summary>Turns a finished plan into a suggestion: scored pairs with their lines, and why the other needs wait.</summary>
internal static class SuggestionBuilder
{
    public const int ScoringVersion = 1;

    public static PairingSuggestion Build(Plan plan, PairingMethod method)
    {
        var instance = plan.Instance;
        var pairs = new SuggestedPair[instance.Needs.Length];

        // Which pair carries which load penalty does not change a helper's total; pins first, then need order.
        foreach (var byHelper in Enumerable.Range(0, instance.Needs.Length)
                     .Where(n => plan.HelperOf[n] >= 0)
                     .GroupBy(n => plan.HelperOf[n]))
        {
            var helper = instance.Helpers[byHelper.Key];
            var before = helper.ActivePairings;
            foreach (var need in byHelper.OrderByDescending(n => plan.Pinned[n]).ThenBy(n => n))
            {
                var n = instance.Needs[need];
                var fit = instance.Fit(need, byHelper.Key, instance.LevelOf(byHelper.Key, n.Subject));
                var lines = fit.Lines(instance.Weights, n, helper, before++);
                pairs[need] = new SuggestedPair(n.NeedId, n.LearnerId, helper.HelperId, n.Subject, plan.Pinned[need], lines.Sum(l => l.Points), lines);
            }
        }

        var suggested = pairs.Where(p => p is not null).ToArray();
        var unmatched = Enumerable.Range(0, instance.Needs.Length)
            .Where(n => plan.HelperOf[n] < 0)
            .Select(n => new UnmatchedNeed(instance.Needs[n].NeedId, instance.Needs[n].LearnerId, instance.Needs[n].Subject, Reason(plan, n)))
            .ToArray();
        return new PairingSuggestion(
            method, ScoringVersion, suggested.Sum(p => (long)p.Score), suggested, unmatched, [.. plan.UnmetPins], instance.Request);
    }

    private static UnmatchedReason Reason(Plan plan, int need)
    {
        var instance = plan.Instance;
        var n = instance.Needs[need];
        var offering = instance.Offering(n.Subject).Where(o => instance.Helpers[o.Helper].HelperId != n.LearnerId).ToArray();
        if (offering.Length == 0) return new NobodyOffersSubject();

        var levelNeeded = n.LearnerLevel + instance.Request.LevelGap;
        var atLevel = offering.Where(o => o.Level >= levelNeeded).ToArray();
        if (atLevel.Length == 0) return new NobodyAtLevel(levelNeeded, offering.Max(o => o.Level));

        var speaking = atLevel.Select(o => o.Helper).Where(h => instance.ShareLanguage(need, h)).ToArray();
        if (speaking.Length == 0) return new NoSharedLanguage(n.Languages);

        var allowed = speaking.Where(h => !instance.IsForbidden(need, h) && !instance.EndedBadly(need, h)).ToArray();
        if (allowed.Length == 0)
            return new OnlyExcludedHelpers(
                [.. speaking.Where(h => instance.IsForbidden(need, h)).Select(Id)],
                [.. speaking.Where(h => !instance.IsForbidden(need, h)).Select(Id)]);

        var withRoom = allowed.Where(h => plan.LoadBeforeSuggestion[h] < instance.Helpers[h].Capacity).ToArray();
        if (withRoom.Length == 0) return new EveryHelperFull([.. allowed.Select(Id)]);

        var stillFree = withRoom.Where(h => plan.HasRoom(h) && !plan.AlreadyPaired(need, h)).ToArray();
        return stillFree.Length == 0
            ? new GivenToOtherNeeds([.. withRoom.Select(Id)])
            : new HelpersTooLoaded([.. stillFree.Select(Id)]);

        Guid Id(int helper) => instance.Helpers[helper].HelperId;
    }
}
