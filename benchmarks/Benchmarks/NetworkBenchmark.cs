using System.Diagnostics;
using System.Globalization;
using JasperFx.Events.Daemon;
using LivingLibrary.Api.Platform;
using LivingLibrary.Domain.Cases;
using LivingLibrary.Domain.DropIns;
using LivingLibrary.Domain.Networks;
using Marten;
using Marten.Events;
using Alba;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace LivingLibrary.Benchmarks;

/// <summary>
/// A network of seven organisations with three years of the Brussels volume (seed 002: about 9,000 requests a year
/// each), as drop-in requests with an accompaniment and an outcome: the rebuild of the observatory projection
/// (events per second) beside reading the same events by plain SQL, and the network's views through the real API
/// in-process beside plain SQL reading the members' stored months.
/// </summary>
internal static class NetworkBenchmark
{
    private const string Usage = "[--organisations 7] [--cases 190000] [--requests 300] [--seed 1]";
    public const string Summary = "the observatory of a network of organisations: rebuild, network views " + Usage;
    private static readonly DateOnly Start = new(2023, 12, 4);
    private static readonly string[] Services = ["itsme", "myminfin", "bank", "energy-supplier", "water-supplier", "cpas-ocmw", "mutualite", "ebox", "commune", "mypension"];
    private static readonly string[] Difficulties = ["paying", "login-and-identity", "forms-and-documents", "security-and-scams", "no-device-or-connection",
        "appointments", "finding-the-way"];

    public static int Run(string[] args)
    {
        var o = new Dictionary<string, int> { ["--organisations"] = 7, ["--cases"] = 190_000, ["--requests"] = 300, ["--seed"] = 1 };
        for (var i = 0; i < args.Length; i += 2)
            if (!o.ContainsKey(args[i]) || i + 1 >= args.Length || !int.TryParse(args[i + 1], out var value) || value < 1)
            {
                Console.Error.WriteLine($"usage: network {Usage}");
                return 2;
            }
            else o[args[i]] = value;
        return RunAsync(o).GetAwaiter().GetResult();
    }

    private static async Task<int> RunAsync(Dictionary<string, int> o)
    {
        if (await BenchHost.StartAsync("network") is not { } started) return 2;
        var (database, store) = (started.Database, started.Host.Services.GetRequiredService<IDocumentStore>());
        await using var host = started.Host;
        var organisations = Enumerable.Range(1, o["--organisations"]).Select(i => $"bench-org-{i}").ToArray();
        Console.WriteLine($"network: {organisations.Length} organisations, {o["--cases"]:N0} cases over 3 years; {Environment.ProcessorCount} cores, .NET {Environment.Version}");

        var clock = Stopwatch.StartNew();
        var random = new Random(o["--seed"]);
        long events = 0;
        foreach (var organisation in organisations) events += await SeedAsync(store, organisation, o["--cases"] / organisations.Length, random);
        var network = Guid.CreateVersion7();
        await using (var session = store.LightweightSession(organisations[0]))
        {
            session.ForTenant(Network.TenantOf(network)).Events.StartStream<Network>(network, [
                new NetworkFounded(network, "Réseau bruxellois", organisations[0], Start),
                .. organisations.Skip(1).SelectMany(org => new object[] { new OrganisationInvited(network, org, organisations[0]), new OrganisationJoined(network, org, Start) }),
                new NetworkCoordinatorAppointed(network, "bench-network", "Bench")]);
            await session.SaveChangesAsync();
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"seeded {events:N0} events in {clock.Elapsed.TotalSeconds:F1} s"));
        clock.Restart();
        await host.ForceAllMartenDaemonActivityToCatchUpAsync(CancellationToken.None);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"the async projections caught up with them in {clock.Elapsed.TotalSeconds:F1} s"));

        await using var sql = new NpgsqlConnection(database);
        await sql.OpenAsync();
        await using (var vacuum = new NpgsqlCommand("vacuum analyze", sql)) await vacuum.ExecuteNonQueryAsync();
        var schema = store.Options.Events.DatabaseSchemaName;
        var total = (long)(await new NpgsqlCommand($"select count(*) from {schema}.mt_events", sql).ExecuteScalarAsync())!;

        clock.Restart();
        await using (var all = new NpgsqlCommand($"select type, stream_id, tenant_id, data from {schema}.mt_events order by seq_id", sql))
        await using (var reader = await all.ExecuteReaderAsync())
            while (await reader.ReadAsync()) _ = reader.GetString(3);
        var read = clock.Elapsed.TotalSeconds;
        using (var daemon = await store.BuildProjectionDaemonAsync())
        {
            clock.Restart();
            await daemon.RebuildProjectionAsync("Observatory", CancellationToken.None);
        }
        var rebuild = clock.Elapsed.TotalSeconds;
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"rebuild of the observatory from {total:N0} events: {rebuild:F1} s ({total / rebuild:N0} events/s); " +
            $"the same events read by plain SQL: {read:F1} s ({total / read:N0} events/s); rebuild / read: {rebuild / read:F1}"));

        var token = host.Services.GetRequiredService<DevelopmentTokens>().IssueForNetwork("bench-network", network, TimeSpan.FromHours(1));
        var members = string.Join(", ", organisations.Select(org => $"'{org}'"));
        string Months(int year) => string.Join(", ", Enumerable.Range(1, 12).Select(m => $"'{year}-{m:D2}'"));
        Console.WriteLine();
        Console.WriteLine("| read | requests | API p50 ms | API p99 ms | SQL alone p50 ms | SQL alone p99 ms | API / SQL at p99 | answer KB |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        var years = new[] { 2024, 2025, 2026 };
        var requests = o["--requests"];
        await CasesBenchmark.Report(host, token, sql, "network observatory, a year", requests, () =>
        {
            var year = years[random.Next(years.Length)];
            return ($"/api/networks/{network}/observatory?from={year}-01&to={year}-12",
                $"select data from {schema}.mt_doc_observatorymonth where tenant_id in ({members}) and id in ({Months(year)})");
        });
        await CasesBenchmark.Report(host, token, sql, "network observatory, a year by month", requests, () =>
        {
            var year = years[random.Next(years.Length)];
            return ($"/api/networks/{network}/observatory?from={year}-01&to={year}-12&byMonth=true",
                $"select data from {schema}.mt_doc_observatorymonth where tenant_id in ({members}) and id in ({Months(year)})");
        });
        await CasesBenchmark.Report(host, token, sql, "network activity, a year", requests, () =>
        {
            var year = years[random.Next(years.Length)];
            return ($"/api/networks/{network}/activity?from={year}-01&to={year}-12",
                $"select data from {schema}.mt_doc_observatorymonth where tenant_id in ({members}) and id in ({Months(year)})");
        });
        var orgToken = host.Services.GetRequiredService<DevelopmentTokens>().Issue("bench", organisations[0], Security.CoordinatorRole, TimeSpan.FromHours(1));
        await CasesBenchmark.Report(host, orgToken, sql, "one organisation's observatory, a year", requests, () =>
        {
            var year = years[random.Next(years.Length)];
            return ($"/api/observatory?from={year}-01&to={year}-12",
                $"select data from {schema}.mt_doc_observatorymonth where tenant_id = '{organisations[0]}' and id in ({Months(year)})");
        });
        return 0;
    }

    /// <summary>An organisation's three years: four desks, and each case a drop-in request, an accompaniment and, mostly, an outcome.</summary>
    private static async Task<long> SeedAsync(IDocumentStore store, string organisation, int cases, Random random)
    {
        var desks = Enumerable.Range(0, 4).Select(_ => Guid.CreateVersion7()).ToArray();
        long events = 0;
        for (var start = 0; start < cases; start += 2_000)
        {
            await using var session = store.LightweightSession(organisation);
            if (start == 0)
                foreach (var (desk, i) in desks.Select((d, i) => (d, i)))
                {
                    session.Events.StartStream<DropInDesk>(desk, new DropInDeskOpened(desk, $"Permanence {i + 1}", "Bruxelles",
                        [new WeeklyHours((DayOfWeek)(1 + i), new TimeOnly(9, 30), new TimeOnly(12, 0))], ["fr", "nl"]));
                    events++;
                }
            for (var n = start; n < Math.Min(cases, start + 2_000); n++)
            {
                var id = Guid.CreateVersion7();
                var day = Start.AddDays(7 * random.Next(156) + random.Next(4));
                var stream = new List<object>
                {
                    new DropInRequestRecorded(id, desks[random.Next(desks.Length)], day, new Visitor(Guid.CreateVersion7(), ["fr"], null, null, null, null),
                        new CaseDetails("x", Services[(int)Math.Floor(Math.Pow(random.NextDouble(), 2) * Services.Length)],
                            Difficulties[random.Next(Difficulties.Length)], [], Urgency.Normal, null)),
                    new CaseAccompanied(id, new Accompaniment(Guid.CreateVersion7(), day, random.Next(10, 60), Setting.OnSite, DeviceUsed.PublicComputer,
                        ProcedureProgress.PartlyDone, ["bench"], [], null, null, null, [], null)),
                };
                var outcome = random.Next(20);
                if (outcome < 14) stream.Add(new CaseResolved(id, ["x"], (Autonomy)random.Next(3), day));
                else if (outcome < 17) stream.Add(new CaseReferred(id, Guid.Empty, "x", day));
                else if (outcome < 18) stream.Add(new CaseClosed(id, "x", day));
                session.Events.StartStream<ProblemCase>(id, stream);
                events += stream.Count;
            }
            await session.SaveChangesAsync();
        }
        return events;
    }
}
