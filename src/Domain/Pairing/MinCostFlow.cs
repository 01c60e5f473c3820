namespace LivingLibrary.Domain.Pairing;

/// <summary>
/// Min-cost flow by the primal-dual method: Dijkstra on costs reduced by node potentials finds the cost of the
/// cheapest augmenting path; then a blocking flow (Dinic) pushes as much as possible along every path of that
/// cost at once (the arcs of reduced cost zero). It stops as soon as the cheapest path no longer costs less
/// than zero, so it returns the cheapest flow of any value: the path costs never decrease from one phase to the
/// next, hence no further augmentation could lower the total.
/// Every arc given before <see cref="Run"/> must go from a lower to a higher node number: the network is then
/// acyclic in that order and one pass gives potentials that make all reduced costs non-negative, even with
/// negative arc costs.
/// </summary>
internal sealed class MinCostFlow(int nodes)
{
    private const long Unreached = long.MaxValue / 4;

    private readonly List<int> _to = [];
    private readonly List<int> _capacity = [];
    private readonly List<long> _cost = [];
    private int[] _to2 = [];
    private int[] _cap = [];
    private long[] _cst = [];
    private int[] _start = [];
    private int[] _arcs = [];
    private int[] _tail = [];
    private long[] _potential = [];

    /// <summary>Adds an arc and its residual twin; returns the arc's number for <see cref="Flow"/>.</summary>
    public int AddArc(int from, int to, int capacity, long cost)
    {
        if (from >= to) throw new ArgumentException("Arcs must go from a lower to a higher node number.");
        var arc = _to.Count;
        _to.Add(to); _capacity.Add(capacity); _cost.Add(cost);
        _to.Add(from); _capacity.Add(0); _cost.Add(-cost);
        return arc;
    }

    public int Flow(int arc) => _cap[arc ^ 1];

    /// <summary>Sends flow from source to sink while it lowers the total cost; returns that total.</summary>
    public long Run(int source, int sink)
    {
        Freeze();
        InitialPotentials(source);
        long total = 0;
        var dist = new long[nodes];
        while (ShortestDistances(source, sink, dist))
        {
            for (var v = 0; v < nodes; v++) _potential[v] += Math.Min(dist[v], dist[sink]);
            var pathCost = _potential[sink] - _potential[source];
            if (pathCost >= 0) break;
            total += pathCost * BlockingFlow(source, sink);
        }
        return total;
    }

    private void Freeze()
    {
        _to2 = [.. _to];
        _cap = [.. _capacity];
        _cst = [.. _cost];
        _tail = new int[_to2.Length];
        for (var arc = 0; arc < _to2.Length; arc++) _tail[arc] = _to2[arc ^ 1];
        _start = new int[nodes + 1];
        foreach (var t in _tail) _start[t + 1]++;
        for (var v = 0; v < nodes; v++) _start[v + 1] += _start[v];
        var next = _start[..nodes];
        _arcs = new int[_to2.Length];
        for (var arc = 0; arc < _to2.Length; arc++) _arcs[next[_tail[arc]]++] = arc;
    }

    private void InitialPotentials(int source)
    {
        var dist = new long[nodes];
        Array.Fill(dist, Unreached);
        dist[source] = 0;
        for (var v = 0; v < nodes; v++)
        {
            if (dist[v] == Unreached) continue;
            for (var i = _start[v]; i < _start[v + 1]; i++)
            {
                var arc = _arcs[i];
                if (_cap[arc] > 0) dist[_to2[arc]] = Math.Min(dist[_to2[arc]], dist[v] + _cst[arc]);
            }
        }
        // Nodes the source cannot reach never will: flow only ever opens residual arcs along reached paths.
        _potential = [.. dist.Select(d => d == Unreached ? 0 : d)];
    }

    private bool ShortestDistances(int source, int sink, long[] dist)
    {
        Array.Fill(dist, Unreached);
        dist[source] = 0;
        var queue = new PriorityQueue<int, long>();
        queue.Enqueue(source, 0);
        while (queue.TryDequeue(out var v, out var d))
        {
            if (d > dist[v]) continue;
            if (v == sink) return true;
            for (var i = _start[v]; i < _start[v + 1]; i++)
            {
                var arc = _arcs[i];
                if (_cap[arc] == 0) continue;
                var w = _to2[arc];
                var reduced = _cst[arc] + _potential[v] - _potential[w];
                if (reduced < 0) throw new InvalidOperationException("A reduced cost is negative: the potentials are wrong.");
                var nd = d + reduced;
                if (nd < dist[w])
                {
                    dist[w] = nd;
                    queue.Enqueue(w, nd);
                }
            }
        }
        return false;
    }

    private bool Admissible(int arc, int v) => _cap[arc] > 0 && _cst[arc] + _potential[v] - _potential[_to2[arc]] == 0;

    /// <summary>Dinic's maximum flow on the arcs of reduced cost zero: every path there costs the same, the cheapest.</summary>
    private long BlockingFlow(int source, int sink)
    {
        long flow = 0;
        var level = new int[nodes];
        var current = new int[nodes];
        var path = new Stack<int>();
        var queue = new Queue<int>();
        while (true)
        {
            Array.Fill(level, -1);
            level[source] = 0;
            queue.Enqueue(source);
            while (queue.TryDequeue(out var v))
                for (var i = _start[v]; i < _start[v + 1]; i++)
                {
                    var arc = _arcs[i];
                    if (level[_to2[arc]] < 0 && Admissible(arc, v))
                    {
                        level[_to2[arc]] = level[v] + 1;
                        queue.Enqueue(_to2[arc]);
                    }
                }
            if (level[sink] < 0) return flow;

            Array.Copy(_start, current, nodes);
            var at = source;
            while (true)
            {
                if (at == sink)
                {
                    var push = path.Min(arc => _cap[arc]);
                    foreach (var arc in path)
                    {
                        _cap[arc] -= push;
                        _cap[arc ^ 1] += push;
                    }
                    flow += push;
                    path.Clear();
                    at = source;
                    continue;
                }
                var advanced = false;
                for (; current[at] < _start[at + 1]; current[at]++)
                {
                    var arc = _arcs[current[at]];
                    if (level[_to2[arc]] == level[at] + 1 && Admissible(arc, at))
                    {
                        path.Push(arc);
                        at = _to2[arc];
                        advanced = true;
                        break;
                    }
                }
                if (advanced) continue;
                if (at == source) break;
                level[at] = -1;
                at = _tail[path.Pop()];
                current[at]++;
            }
        }
    }
}
