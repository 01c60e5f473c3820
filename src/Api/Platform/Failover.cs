using Wolverine;

namespace LivingLibrary.Api.Platform;

/// <summary>
/// With several nodes (Projections:Distribution=Wolverine), how quickly the others notice a node is gone and take over
/// its agents, Marten's projections among them (docs/adr/0023). Wolverine's defaults (a heartbeat every 10 s, a node
/// stale after 60 s) left the stored views frozen about 65 s after the node running them was killed.
/// </summary>
public static class Failover
{
    public static void TakeOverWithinSeconds(this DurabilitySettings durability)
    {
        // Each node writes its heartbeat, and the leader (re)assigns agents, every half second...
        durability.HealthCheckPollingTime = TimeSpan.FromMilliseconds(500);
        // ...and a node silent for 2.5 s (five heartbeats) is taken out of the assignments: its agents start on the others
        // at the next tick.
        durability.StaleNodeTimeout = TimeSpan.FromMilliseconds(2500);
        // An agent whose start failed (or that stopped) is tried again within 5 s rather than 30 s.
        durability.CheckAssignmentPeriod = TimeSpan.FromSeconds(5);
    }

    /// <summary>
    /// Logs, once started, which of Wolverine's nodes (wolverine_nodes, wolverine_node_assignments) this process is, so
    /// that an operator (and scripts/two-nodes.sh) can tell which process runs which projection.
    /// </summary>
    public sealed class NodeName(WolverineOptions wolverine, ILogger<NodeName> log) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            log.LogInformation("This process ({ProcessId}) is Wolverine node {NodeId}", Environment.ProcessId, wolverine.UniqueNodeId);
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
