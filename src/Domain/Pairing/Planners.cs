namespace LivingLibrary.Domain.Pairing;

/// <summary>
/// The optimal plan as a min-cost flow: source -> need -> helper -> sink, one unit per pairing.
/// A need's arc to a helper costs minus the pair's points; a helper has one arc to the sink per free place, the
/// k-th place (counting active pairings and pins) costing the load penalty weight * (k - 1). These costs grow
/// with k (convex), so a cheapest flow always fills a helper's cheaper places first and its cost is exactly
/// minus the total score. Integral capacities give an integral cheapest flow, so it is a real plan, and the
/// cheapest flow of any value is the plan with the best total. When one learner has several needs for the same
/// subject, their arcs to a helper go through a gate of capacity 1, so that helper takes at most one of them.
/// </summary>
internal static class OptimalPlanner
{
    public static void Fill(Plan plan)
    {
        var instance = plan.Instance;
        var byNeed = plan.Candidates().GroupBy(c => c.Need).ToArray();
        var needNode = new Dictionary<int, int>();
        foreach (var group in byNeed) needNode[group.Key] = 1 + needNode.Count;

        var sameSubject = byNeed
            .GroupBy(g => (instance.Needs[g.Key].LearnerId, instance.Needs[g.Key].Subject))
            .Where(g => g.Count() > 1)
            .Select(g => g.Key)
            .ToHashSet();
        var gateNode = new Dictionary<(Guid, string, int), int>();
        var next = 1 + needNode.Count;
        foreach (var c in byNeed.SelectMany(g => g))
        {
            var n = instance.Needs[c.Need];
            if (sameSubject.Contains((n.LearnerId, n.Subject))) gateNode.TryAdd((n.LearnerId, n.Subject, c.Helper), next++);
        }
        var helperNode = new Dictionary<int, int>();
        foreach (var helper in byNeed.SelectMany(g => g).Select(c => c.Helper).Distinct().Order()) helperNode[helper] = next++;
        var sink = next;

        var flow = new MinCostFlow(sink + 1);
        var pairArcs = new List<(int Arc, Candidate Candidate)>();
        foreach (var group in byNeed)
        {
            flow.AddArc(0, needNode[group.Key], 1, 0);
            foreach (var c in group)
            {
                var n = instance.Needs[c.Need];
                var to = gateNode.TryGetValue((n.LearnerId, n.Subject, c.Helper), out var gate) ? gate : helperNode[c.Helper];
                pairArcs.Add((flow.AddArc(needNode[group.Key], to, 1, -c.Points), c));
            }
        }
        foreach (var ((_, _, helper), gate) in gateNode) flow.AddArc(gate, helperNode[helper], 1, 0);
        foreach (var (helper, node) in helperNode)
            for (var k = plan.Load[helper] + 1; k <= instance.Helpers[helper].Capacity; k++)
                flow.AddArc(node, sink, 1, PairFit.Penalty(instance.Weights, k - 1));

        flow.Run(0, sink);
        foreach (var (arc, c) in pairArcs)
            if (flow.Flow(arc) > 0) plan.Take(c.Need, c.Helper);
    }
}

/// <summary>
/// The baseline: every possible pair by points, best first (then need and helper order), taken while its need is
/// free, its helper has room and its points still beat the helper's next load penalty. Never revisits a choice.
/// </summary>
internal static class GreedyPlanner
{
    public static void Fill(Plan plan)
    {
        var weights = plan.Instance.Weights;
        var candidates = plan.Candidates().OrderByDescending(c => c.Points).ThenBy(c => c.Need).ThenBy(c => c.Helper);
        foreach (var c in candidates.ToList())
        {
            if (plan.HelperOf[c.Need] >= 0 || !plan.HasRoom(c.Helper) || plan.AlreadyPaired(c.Need, c.Helper)) continue;
            if (c.Points - PairFit.Penalty(weights, plan.Load[c.Helper]) > 0) plan.Take(c.Need, c.Helper);
        }
    }
}
