namespace LivingLibrary.Domain.Pairings.Suggestions;

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
        var helpers = instance.Helpers.Length;
        var candidates = plan.Candidates();

        // Nodes: 0 is the source, then the needs with candidates, the gates, the helpers with candidates, the sink.
        var needNode = new int[instance.Needs.Length];
        Array.Fill(needNode, -1);
        var needsInGroup = new int[instance.GroupCount];
        var helperNode = new int[helpers];
        var next = 1;
        foreach (var c in candidates)
        {
            if (needNode[c.Need] < 0)
            {
                needNode[c.Need] = next++;
                needsInGroup[instance.NeedGroup[c.Need]]++;
            }
            helperNode[c.Helper] = 1;
        }
        var gates = new List<(int Node, int Helper)>();
        var gateOf = new Dictionary<long, int>();
        var candidateTarget = new int[candidates.Count];
        for (var i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            var group = instance.NeedGroup[c.Need];
            if (needsInGroup[group] < 2) continue;
            var key = (long)group * helpers + c.Helper;
            if (!gateOf.TryGetValue(key, out var gate))
            {
                gateOf[key] = gate = next++;
                gates.Add((gate, c.Helper));
            }
            candidateTarget[i] = gate;
        }
        for (var h = 0; h < helpers; h++) helperNode[h] = helperNode[h] == 1 ? next++ : -1;
        var sink = next;

        var flow = new MinCostFlow(sink + 1);
        var pairArc = new int[candidates.Count];
        for (var i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            if (i == 0 || candidates[i - 1].Need != c.Need) flow.AddArc(0, needNode[c.Need], 1, 0);
            pairArc[i] = flow.AddArc(needNode[c.Need], candidateTarget[i] > 0 ? candidateTarget[i] : helperNode[c.Helper], 1, -c.Points);
        }
        foreach (var (gate, helper) in gates) flow.AddArc(gate, helperNode[helper], 1, 0);
        for (var h = 0; h < helpers; h++)
            if (helperNode[h] > 0)
                for (var k = plan.Load[h] + 1; k <= instance.Helpers[h].Capacity; k++)
                    flow.AddArc(helperNode[h], sink, 1, PairFit.Penalty(instance.Weights, k - 1));

        flow.Run(0, sink);
        for (var i = 0; i < candidates.Count; i++)
            if (flow.Flow(pairArc[i]) > 0) plan.Take(candidates[i].Need, candidates[i].Helper);
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
        var candidates = plan.Candidates().ToArray();
        Array.Sort(candidates, (a, b) => a.Points != b.Points ? b.Points.CompareTo(a.Points) : a.Need != b.Need ? a.Need.CompareTo(b.Need) : a.Helper.CompareTo(b.Helper));
        foreach (var c in candidates)
        {
            if (plan.HelperOf[c.Need] >= 0 || !plan.HasRoom(c.Helper) || plan.AlreadyPaired(c.Need, c.Helper)) continue;
            if (c.Points - PairFit.Penalty(weights, plan.Load[c.Helper]) > 0) plan.Take(c.Need, c.Helper);
        }
    }
}
