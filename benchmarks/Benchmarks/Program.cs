using LivingLibrary.Benchmarks;

// Each benchmark is a first argument; add new ones to this table.
var benchmarks = new Dictionary<string, (string Summary, Func<string[], int> Run)>
{
    ["pairing"] = (PairingBenchmark.Summary, PairingBenchmark.Run),
    ["living-library"] = (LivingLibraryBenchmark.Summary, LivingLibraryBenchmark.Run),
    ["cases"] = (CasesBenchmark.Summary, CasesBenchmark.Run),
    ["reports"] = (ReportsBenchmark.Summary, ReportsBenchmark.Run),
    ["network"] = (NetworkBenchmark.Summary, NetworkBenchmark.Run),
    ["console"] = (ConsoleBenchmark.Summary, ConsoleBenchmark.Run),
    ["programme"] = (ProgrammeBenchmark.Summary, ProgrammeBenchmark.Run),
};

if (args.Length == 0 || !benchmarks.TryGetValue(args[0], out var benchmark))
{
    Console.Error.WriteLine("usage: dotnet run -c Release --project benchmarks/Benchmarks -- <benchmark> [options]");
    Console.Error.WriteLine();
    Console.Error.WriteLine("benchmarks:");
    foreach (var (name, (summary, _)) in benchmarks) Console.Error.WriteLine($"  {name,-16} {summary}");
    return args.Length == 0 || args[0] is "-h" or "--help" ? 0 : 2;
}
return benchmark.Run(args[1..]);
