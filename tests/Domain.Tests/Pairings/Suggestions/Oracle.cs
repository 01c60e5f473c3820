using LivingLibrary.Domain.Pairings.Suggestions;
using LivingLibrary.Domain.Participants;

namespace LivingLibrary.Domain.Tests.Pairings.Suggestions;

/// <summary>
/// The rules written again from the specification, independently of the planner's code: which pairs are
/// allowed, what a pair and a plan score, and the best plan found by trying every assignment.
/// </summary>
internal static class Oracle
{
    /// <summary>A pair's points before the load penalty, or null when a hard constraint (capacity aside) forbids it.</summary>
    public static int? Points(PairingRequest r, LearnerNeed need, HelperProfile helper)
    {
        if (need.LearnerId == helper.HelperId) return null;
        var levels = helper.Offers.Where(o => o.Subject == need.Subject).Select(o => o.Level).ToList();
        if (levels.Count == 0 || levels.Max() < need.LearnerLevel + r.LevelGap) return null;
        if (!need.Languages.Intersect(helper.Languages).Any()) return null;
        if (r.Forbidden.Contains(new LearnerAndHelper(need.LearnerId, helper.HelperId))) return null;
        if (r.EndedBadly.Contains(new LearnerAndHelper(need.LearnerId, helper.HelperId))) return null;

        var w = r.Weights;
        var slots = need.Availability.Intersect(helper.Availability).Count();
        var urgency = need.Deadline is not { } d ? 0 : (d.DayNumber - r.Today.DayNumber) switch
        {
            <= 7 => 3,
            <= 14 => 2,
            <= 30 => 1,
            _ => 0,
        };
        var earlier = r.PastPairings.Where(p => p.LearnerId == need.LearnerId && p.HelperId == helper.HelperId).Select(p => p.Subject).ToList();
        var continuity = earlier.Contains(need.Subject) ? w.SameSubjectBefore
            : earlier.Any(s => Related(r, s, need.Subject)) ? w.RelatedSubjectBefore
            : 0;
        return w.NeedMet + w.SharedSlot * Math.Min(slots, w.SharedSlotsCounted)
            + w.PriorityStep * need.Priority switch { NeedPriority.Low => 0, NeedPriority.Normal => 1, _ => 2 }
            + w.DeadlineStep * urgency + continuity;
    }

    public static bool Related(PairingRequest r, string a, string b) =>
        r.RelatedSubjects.Any(p => (p.Subject == a && p.OtherSubject == b) || (p.Subject == b && p.OtherSubject == a))
        || (a.Contains('.') && b.Contains('.') && a.Split('.')[0] == b.Split('.')[0] && a.Split('.')[0].Length > 0);

    /// <summary>Fails unless the plan meets every hard constraint; returns its total score.</summary>
    public static long CheckedTotal(PairingRequest r, IEnumerable<(Guid NeedId, Guid HelperId)> plan)
    {
        long total = 0;
        var load = r.Helpers.ToDictionary(h => h.HelperId, h => h.ActivePairings);
        var needsMet = new HashSet<Guid>();
        var pairedForSubject = new HashSet<(Guid, string, Guid)>();
        foreach (var (needId, helperId) in plan)
        {
            var need = r.Needs.Single(n => n.NeedId == needId);
            var helper = r.Helpers.Single(h => h.HelperId == helperId);
            var points = Points(r, need, helper);
            points.ShouldNotBeNull($"need {needId} may not be paired with helper {helperId}");
            needsMet.Add(needId).ShouldBeTrue($"need {needId} has two helpers");
            pairedForSubject.Add((need.LearnerId, need.Subject, helperId)).ShouldBeTrue("a learner has the same helper twice for a subject");
            (load[helperId] < helper.Capacity).ShouldBeTrue($"helper {helperId} is over capacity");
            total += points.Value - (long)r.Weights.LoadSpreading * load[helperId];
            load[helperId]++;
        }
        return total;
    }

    /// <summary>The best total over every assignment that keeps the given pairs; for a few needs and helpers only.</summary>
    public static long BestTotal(PairingRequest r, IReadOnlyCollection<(Guid NeedId, Guid HelperId)> kept)
    {
        var needs = r.Needs.ToArray();
        var helpers = r.Helpers.ToArray();
        var options = needs.Select(n =>
        {
            var keptHelper = kept.Where(k => k.NeedId == n.NeedId).Select(k => k.HelperId).ToList();
            return keptHelper.Count > 0
                ? [Array.FindIndex(helpers, h => h.HelperId == keptHelper[0])]
                : new[] { -1 }.Concat(Enumerable.Range(0, helpers.Length).Where(j => Points(r, n, helpers[j]) is not null)).ToArray();
        }).ToArray();
        var load = helpers.Select(h => h.ActivePairings).ToArray();
        var paired = new HashSet<(Guid, string, int)>();
        var best = long.MinValue;
        Search(0, 0);
        return best;

        void Search(int i, long total)
        {
            if (i == needs.Length)
            {
                best = Math.Max(best, total);
                return;
            }
            foreach (var j in options[i])
            {
                if (j < 0)
                {
                    Search(i + 1, total);
                    continue;
                }
                var key = (needs[i].LearnerId, needs[i].Subject, j);
                if (load[j] >= helpers[j].Capacity || paired.Contains(key)) continue;
                var gain = Points(r, needs[i], helpers[j])!.Value - (long)r.Weights.LoadSpreading * load[j];
                load[j]++;
                paired.Add(key);
                Search(i + 1, total + gain);
                paired.Remove(key);
                load[j]--;
            }
        }
    }
}
