namespace LivingLibrary.Domain.Pairings.Suggestions;

/// <summary>
/// Suggests which helper should help with which learner's need. Pure and deterministic: the same request, in
/// any order, gives the same suggestion. The total score of a plan is the sum of its pairs' scores: for each
/// pair, <see cref="PairingWeights.NeedMet"/> plus the preference points (shared slots, priority, deadline,
/// continuity), minus the load-spreading penalty of the helper's place it takes.
/// </summary>
public static class PairingPlanner
{
    public const int MaxLevel = 8;

    /// <summary>The plan with the highest total score that meets every hard constraint.</summary>
    public static PairingSuggestion Suggest(PairingRequest request) => Run(request, OptimalPlanner.Fill, PairingMethod.MinCostFlow);

    /// <summary>The greedy baseline, for comparison: never a better total than <see cref="Suggest"/>.</summary>
    public static PairingSuggestion SuggestGreedy(PairingRequest request) => Run(request, GreedyPlanner.Fill, PairingMethod.Greedy);

    /// <summary>What is wrong with a request, or null. <see cref="Suggest"/> refuses a request this refuses.</summary>
    public static Refusal? Check(PairingRequest request)
    {
        var fields = new Fields()
            .Check("needs", request.Needs is not null, Says.Required)
            .Check("helpers", request.Helpers is not null, Says.Required)
            .Check("levelGap", request.LevelGap is >= 0 and <= MaxLevel, Says.FromTo(0, MaxLevel))
            .Check("weights", request.Weights is not null, Says.Required);
        if (request.Weights is { } w)
            fields.Check("weights", new[]
            {
                w.NeedMet, w.SharedSlot, w.SharedSlotsCounted, w.PriorityStep, w.DeadlineStep,
                w.SameSubjectBefore, w.RelatedSubjectBefore, w.LoadSpreading,
            }.All(x => x is >= 0 and <= 10_000), Says.WeightsEachFromTo(0, 10_000));
        foreach (var (name, list) in new (string, object?)[]
                 {
                     ("forbidden", request.Forbidden), ("endedBadly", request.EndedBadly), ("pins", request.Pins),
                     ("pastPairings", request.PastPairings), ("relatedSubjects", request.RelatedSubjects),
                 })
            fields.Check(name, list is not null, Says.ListRequired);
        if (request.PastPairings is not null)
            fields.Check("pastPairings", request.PastPairings.All(p => !string.IsNullOrWhiteSpace(p?.Subject)), Says.SubjectEach);
        if (request.RelatedSubjects is not null)
            fields.Check("relatedSubjects", request.RelatedSubjects.All(p => p?.Subject is not null && p.OtherSubject is not null), Says.TwoSubjectsEach);

        if (request.Needs is not null)
        {
            fields.Check("needs", request.Needs.All(n => n is not null), Says.NoNulls);
            fields.Check("needs", request.Needs.Where(n => n is not null).DistinctBy(n => n.NeedId).Count() == request.Needs.Count(n => n is not null), Says.DistinctIds);
            for (var i = 0; i < request.Needs.Count; i++)
            {
                if (request.Needs[i] is not { } n) continue;
                fields
                    .Text($"needs[{i}].subject", n.Subject, 100)
                    .Check($"needs[{i}].learnerLevel", n.LearnerLevel is >= 0 and <= MaxLevel, Says.FromTo(0, MaxLevel))
                    .Languages($"needs[{i}].languages", n.Languages, required: false)
                    .Check($"needs[{i}].availability", n.Availability is not null && n.Availability.All(s => s is not null), Says.SlotList)
                    .Check($"needs[{i}].priority", Enum.IsDefined(n.Priority), Says.NotAPriority);
            }
        }
        if (request.Helpers is not null)
        {
            fields.Check("helpers", request.Helpers.All(h => h is not null), Says.NoNulls);
            fields.Check("helpers", request.Helpers.Where(h => h is not null).DistinctBy(h => h.HelperId).Count() == request.Helpers.Count(h => h is not null), Says.DistinctIds);
            for (var i = 0; i < request.Helpers.Count; i++)
            {
                if (request.Helpers[i] is not { } h) continue;
                fields
                    .Languages($"helpers[{i}].languages", h.Languages, required: false)
                    .Check($"helpers[{i}].availability", h.Availability is not null && h.Availability.All(s => s is not null), Says.SlotList)
                    .Check($"helpers[{i}].capacity", h.Capacity is >= 0 and <= 100, Says.FromTo(0, 100))
                    .Check($"helpers[{i}].activePairings", h.ActivePairings >= 0, Says.NotNegative)
                    .Check($"helpers[{i}].offers", h.Offers is not null && h.Offers.All(o =>
                        o is not null && !string.IsNullOrWhiteSpace(o.Subject) && o.Level is >= 1 and <= MaxLevel), Says.OffersEach(MaxLevel));
            }
        }
        return fields.Refusal();
    }

    private static PairingSuggestion Run(PairingRequest request, Action<Plan> fill, PairingMethod method)
    {
        if (Check(request) is { } refusal)
            throw new ArgumentException(
                "The pairing request is invalid: " + string.Join(" ", refusal.Errors!.Select(e => $"{e.Key} {string.Join(" ", e.Value)}")),
                nameof(request));
        var plan = new Plan(new PairingInstance(Canonical.Of(request)));
        fill(plan);
        return SuggestionBuilder.Build(plan, method);
    }
}
