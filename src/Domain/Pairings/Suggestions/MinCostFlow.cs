namespace LivingLibrary.Domain.Pairings.Suggestions;

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

    private readonly List<(int From, int To, int Capacity, long Cost)> _added = [];

    // The residual arcs, grouped by tail node (node v's are start[v] until start[v + 1]), each with its twin.
    private int[] _start = [];
    private int[] _tail = [];
    private int[] _head = [];
    private int[] _twin = [];
    private int[] _capacity = [];
    private long[] _cost = [];
    private int[] _position = [];
    private long[] _potential = [];

    /// <summary>Adds an arc; returns its number for <see cref="Flow"/>.</summary>
    public int AddArc(int from, int to, int capacity, long cost)
    {
        if (from >= to) throw new ArgumentException("Arcs must go from a lower to a higher node number.");
        _added.Add((from, to, capacity, cost));
        return _added.Count - 1;
    }

    public int Flow(int arc) => _capacity[_twin[_position[arc]]];

    /// <summary>Sends flow from source to sink while it lowers the total cost; returns that total.</summary>
    public long Run(int source, int sink)
    {
        Freeze();
        InitialPotentials(source);
        long total = 0;
        var dist = new long[nodes];
        var zeroStart = new int[nodes + 1];
        var zero = new int[_head.Length];
        while (ShortestDistances(source, sink, dist))
        {
            var toSink = dist[sink];
            for (var v = 0; v < nodes; v++) _potential[v] += Math.Min(dist[v], toSink);
            var pathCost = _potential[sink] - _potential[source];
            if (pathCost >= 0) break;
            ZeroArcs(zeroStart, zero);
            total += pathCost * BlockingFlow(source, sink, zeroStart, zero);
        }
        return total;
    }

    private void Freeze()
    {
        _start = new int[nodes + 1];
        foreach (var (from, to, _, _) in _added)
        {
            _start[from + 1]++;
            _start[to + 1]++;
        }
        for (var v = 0; v < nodes; v++) _start[v + 1] += _start[v];
        var arcs = _start[nodes];
        _tail = new int[arcs];
        _head = new int[arcs];
        _twin = new int[arcs];
        _capacity = new int[arcs];
        _cost = new long[arcs];
        _position = new int[_added.Count];
        var next = _start[..nodes];
        for (var i = 0; i < _added.Count; i++)
        {
            var (from, to, capacity, cost) = _added[i];
            var forward = next[from]++;
            var backward = next[to]++;
            (_tail[forward], _head[forward], _twin[forward], _capacity[forward], _cost[forward]) = (from, to, backward, capacity, cost);
            (_tail[backward], _head[backward], _twin[backward], _capacity[backward], _cost[backward]) = (to, from, forward, 0, -cost);
            _position[i] = forward;
        }
    }

    private void InitialPotentials(int source)
    {
        var dist = new long[nodes];
        Array.Fill(dist, Unreached);
        dist[source] = 0;
        for (var v = 0; v < nodes; v++)
        {
            if (dist[v] == Unreached) continue;
            for (var a = _start[v]; a < _start[v + 1]; a++)
                if (_capacity[a] > 0) dist[_head[a]] = Math.Min(dist[_head[a]], dist[v] + _cost[a]);
        }
        // Nodes the source cannot reach never will: flow only ever opens residual arcs along reached paths.
        _potential = [.. dist.Select(d => d == Unreached ? 0 : d)];
    }

    /// <summary>
    /// Dijkstra on reduced costs, stopped once the sink is settled: nodes not settled by then keep a tentative
    /// distance at least the sink's, which the caller caps at the sink's so that reduced costs stay non-negative.
    /// </summary>
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
            var pv = _potential[v];
            for (var a = _start[v]; a < _start[v + 1]; a++)
            {
                if (_capacity[a] == 0) continue;
                var w = _head[a];
                var reduced = _cost[a] + pv - _potential[w];
                if (reduced < 0) throw new InvalidOperationException("A reduced cost is negative: the potentials are wrong.");
                if (d + reduced < dist[w])
                {
                    dist[w] = d + reduced;
                    queue.Enqueue(w, d + reduced);
                }
            }
        }
        return false;
    }

    /// <summary>The arcs of reduced cost zero, by tail node; an arc and its twin are zero together.</summary>
    private void ZeroArcs(int[] zeroStart, int[] zero)
    {
        var count = 0;
        for (var v = 0; v < nodes; v++)
        {
            zeroStart[v] = count;
            var pv = _potential[v];
            for (var a = _start[v]; a < _start[v + 1]; a++)
                if (_cost[a] + pv - _potential[_head[a]] == 0) zero[count++] = a;
        }
        zeroStart[nodes] = count;
    }

    /// <summary>Dinic's maximum flow on the arcs of reduced cost zero: every path there costs the same, the cheapest.</summary>
    private long BlockingFlow(int source, int sink, int[] zeroStart, int[] zero)
    {
        long flow = 0;
        var level = new int[nodes];
        var current = new int[nodes];
        var queue = new Queue<int>();
        var path = new Stack<int>();
        while (true)
        {
            Array.Fill(level, -1);
            level[source] = 0;
            queue.Enqueue(source);
            while (queue.TryDequeue(out var v))
                for (var i = zeroStart[v]; i < zeroStart[v + 1]; i++)
                {
                    var a = zero[i];
                    if (_capacity[a] > 0 && level[_head[a]] < 0)
                    {
                        level[_head[a]] = level[v] + 1;
                        queue.Enqueue(_head[a]);
                    }
                }
            if (level[sink] < 0) return flow;

            Array.Copy(zeroStart, current, nodes);
            var at = source;
            while (true)
            {
                if (at == sink)
                {
                    var push = path.Min(a => _capacity[a]);
                    foreach (var a in path)
                    {
                        _capacity[a] -= push;
                        _capacity[_twin[a]] += push;
                    }
                    flow += push;
                    path.Clear();
                    at = source;
                    continue;
                }
                var advanced = false;
                for (; current[at] < zeroStart[at + 1]; current[at]++)
                {
                    var a = zero[current[at]];
                    if (_capacity[a] > 0 && level[_head[a]] == level[at] + 1)
                    {
                        path.Push(a);
                        at = _head[a];
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
