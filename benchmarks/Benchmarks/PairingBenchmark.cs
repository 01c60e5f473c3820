using System.Diagnostics;
using System.Globalization;
using LivingLibrary.Domain.Pairings.Suggestions;

namespace LivingLibrary.Benchmarks;

/// <summary>
/// Times the optimal pairing (min-cost flow) and the greedy baseline on seeded random requests, after a warm-up,
/// and compares their totals. Fails (exit code 1) when a run takes a second or more, or the optimum trails greedy.
/// </summary>
internal static class PairingBenchmark
{
    private const string Usage = "[--needs 2000] [--helpers 500] [--instances 5] [--runs 3] [--seed 1]";

    public const string Summary = "pairing suggestions: min-cost flow against the greedy baseline " + Usage;

    private static readonly TimeSpan Target = TimeSpan.FromSeconds(1);

    public static int Run(string[] args)
    {
        var options = Options(args);
        if (options is null)
        {
            Console.Error.WriteLine($"usage: pairing {Usage}");
            return 2;
        }
        var (needs, helpers, instances, runs, seed) = options.Value;

        Console.WriteLine($"pairing: {needs} needs, {helpers} helpers, {instances} instances (seeds {seed}..{seed + instances - 1}), " +
                          $"{runs} runs each after a warm-up of 3 runs; {Environment.ProcessorCount} cores, .NET {Environment.Version}");
        // A few runs let tiered compilation settle before anything is timed.
        var warmUp = PairingInstances.Create(seed - 1, needs, helpers);
        for (var i = 0; i < 3; i++)
        {
            PairingPlanner.Suggest(warmUp);
            PairingPlanner.SuggestGreedy(warmUp);
        }

        var optimalTimes = new List<double>();
        var greedyTimes = new List<double>();
        var ok = true;
        Console.WriteLine();
        Console.WriteLine("| seed | flow ms (median) | flow ms (max) | greedy ms (median) | flow pairs | greedy pairs | flow total | greedy total | flow / greedy |");
        Console.WriteLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        for (var i = 0; i < instances; i++)
        {
            var request = PairingInstances.Create(seed + i, needs, helpers);
            var (optimal, flowMs) = Time(() => PairingPlanner.Suggest(request), runs);
            var (greedy, greedyMs) = Time(() => PairingPlanner.SuggestGreedy(request), runs);
            optimalTimes.AddRange(flowMs);
            greedyTimes.AddRange(greedyMs);
            ok &= optimal.TotalScore >= greedy.TotalScore;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {seed + i} | {Percentiles.Median(flowMs):F0} | {flowMs.Max():F0} | {Percentiles.Median(greedyMs):F0} | {optimal.Pairs.Count} | {greedy.Pairs.Count} | " +
                $"{optimal.TotalScore} | {greedy.TotalScore} | {(double)optimal.TotalScore / greedy.TotalScore:F4} |"));
        }

        ok &= optimalTimes.Max() < Target.TotalMilliseconds;
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"min-cost flow: median {Percentiles.Median(optimalTimes):F0} ms, max {optimalTimes.Max():F0} ms over {optimalTimes.Count} runs"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"greedy:        median {Percentiles.Median(greedyTimes):F0} ms, max {greedyTimes.Max():F0} ms over {greedyTimes.Count} runs"));
        Console.WriteLine(ok
            ? $"ok: every run under {Target.TotalSeconds:F0} s and never below the greedy total"
            : $"FAILED: a run took {Target.TotalSeconds:F0} s or more, or the flow total fell below greedy");
        return ok ? 0 : 1;
    }

    private static (PairingSuggestion Last, List<double> Milliseconds) Time(Func<PairingSuggestion> suggest, int runs)
    {
        var times = new List<double>();
        PairingSuggestion? last = null;
        for (var r = 0; r < runs; r++)
        {
            var clock = Stopwatch.StartNew();
            last = suggest();
            times.Add(clock.Elapsed.TotalMilliseconds);
        }
        return (last!, times);
    }

    private static (int Needs, int Helpers, int Instances, int Runs, int Seed)? Options(string[] args)
    {
        var values = new Dictionary<string, int> { ["--needs"] = 2000, ["--helpers"] = 500, ["--instances"] = 5, ["--runs"] = 3, ["--seed"] = 1 };
        for (var i = 0; i < args.Length; i += 2)
        {
            if (!values.ContainsKey(args[i]) || i + 1 >= args.Length || !int.TryParse(args[i + 1], out var value) || value < 1) return null;
            values[args[i]] = value;
        }
        return (values["--needs"], values["--helpers"], values["--instances"], values["--runs"], values["--seed"]);
    }
}
