using System.Diagnostics;
using System.Globalization;
using Alba;
using JasperFx.Events.Daemon;
using LivingLibrary.Api.Platform;
using LivingLibrary.Domain.Competences;
using LivingLibrary.Domain.Groups;
using LivingLibrary.Domain.Participants;
using Marten;
using Marten.Events;
using Microsoft.Extensions.DependencyInjection;

namespace LivingLibrary.Benchmarks;

/// <summary>
/// Seeds one organisation (5,000 participants in 200 groups, about 20 assessments each), then times
/// the catalogue and skill-map reads of the real API, in-process (no network), for one group and for
/// the organisation, and the rebuild of the participant projection from the events.
/// Runs on the configured database's "_bench" sibling, which it empties; ./benchmark.sh sets it up.
/// </summary>
internal static class LivingLibraryBenchmark
{
    private const string Usage = "[--participants 5000] [--groups 200] [--assessments 20] [--requests 200] [--seed 1]";
    public const string Summary = "living library reads (catalogue, skill map) and projection rebuild " + Usage;
    private const string Organisation = "bench-org";

    public static int Run(string[] args)
    {
        var options = Options(args);
        if (options is null)
        {
            Console.Error.WriteLine($"usage: living-library {Usage}");
            return 2;
        }
        return RunAsync(options.Value).GetAwaiter().GetResult();
    }

    private static async Task<int> RunAsync((int Participants, int Groups, int Assessments, int Requests, int Seed) o)
    {
        if (await BenchHost.StartAsync("living-library") is not { } started) return 2;
        var store = started.Host.Services.GetRequiredService<IDocumentStore>();
        await using var host = started.Host;

        Console.WriteLine($"living-library: {o.Participants} participants in {o.Groups} groups, ~{o.Assessments} assessments each; " +
                          $"{Environment.ProcessorCount} cores, .NET {Environment.Version}");
        var clock = Stopwatch.StartNew();
        var (groups, events) = await Seed(store, o.Participants, o.Groups, o.Assessments, new Random(o.Seed));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"seeded {events:N0} events in {clock.Elapsed.TotalSeconds:F1} s"));
        clock.Restart();
        await host.ForceAllMartenDaemonActivityToCatchUpAsync(CancellationToken.None);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"async projections (group views, organisation catalogue) caught up with them in {clock.Elapsed.TotalSeconds:F1} s"));

        var token = host.Services.GetRequiredService<DevelopmentTokens>().Issue("bench", Organisation, Security.CoordinatorRole, TimeSpan.FromHours(1));
        var random = new Random(o.Seed);
        var pastDay = DateOnly.FromDateTime(DateTime.UtcNow);
        var orgRequests = Math.Max(5, o.Requests / 10);

        Console.WriteLine();
        Console.WriteLine("| read | requests | p50 ms | p99 ms | max ms | response KB |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: |");
        await Report(host, token, "group catalogue", o.Requests, () => $"/api/groups/{groups[random.Next(groups.Count)]}/catalogue");
        await Report(host, token, "group skill map", o.Requests, () => $"/api/groups/{groups[random.Next(groups.Count)]}/skill-map");
        await Report(host, token, "group catalogue, asOf", o.Requests, () => $"/api/groups/{groups[random.Next(groups.Count)]}/catalogue?asOf={pastDay:yyyy-MM-dd}");
        await Report(host, token, "organisation catalogue", orgRequests, () => "/api/catalogue");
        await Report(host, token, "organisation catalogue, one skill", o.Requests, () => $"/api/catalogue?skill={DigComp.Competences[random.Next(21)].Code}");
        await Report(host, token, "organisation skill map", orgRequests, () => "/api/skill-map");
        await Report(host, token, "organisation skill map, asOf", 5, () => $"/api/skill-map?asOf={pastDay:yyyy-MM-dd}");

        using var daemon = await store.BuildProjectionDaemonAsync();
        Console.WriteLine();
        foreach (var (name, rebuild) in new (string, Func<Task>)[]
                 {
                     ("participant snapshots", () => daemon.RebuildProjectionAsync<Participant>(CancellationToken.None)),
                     ("group views", () => daemon.RebuildProjectionAsync("GroupLibrary", CancellationToken.None)),
                     ("organisation catalogue", () => daemon.RebuildProjectionAsync("OrganisationCatalogue", CancellationToken.None)),
                 })
        {
            clock.Restart();
            await rebuild();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"rebuild of the {name} from {events:N0} events: {clock.Elapsed.TotalSeconds:F1} s ({events / clock.Elapsed.TotalSeconds:N0} events/s)"));
        }
        return 0;
    }

    private static async Task Report(IAlbaHost host, string token, string name, int requests, Func<string> url)
    {
        for (var i = 0; i < 3; i++) await Get(host, token, url());
        var times = new List<double>();
        long bytes = 0;
        for (var i = 0; i < requests; i++)
        {
            var clock = Stopwatch.StartNew();
            bytes = await Get(host, token, url());
            times.Add(clock.Elapsed.TotalMilliseconds);
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {requests} | {Percentiles.Median(times):F1} | {Percentiles.Of(times, 99):F1} | {times.Max():F1} | {bytes / 1024.0:F0} |"));
    }

    private static async Task<long> Get(IAlbaHost host, string token, string url)
    {
        var result = await host.Scenario(s =>
        {
            s.WithRequestHeader("Authorization", $"Bearer {token}");
            s.Get.Url(url);
        });
        return (await result.ReadAsTextAsync()).Length;
    }

    private static readonly string[] Languages = ["fr", "fr", "fr", "nl", "ar", "tr", "en", "ru", "es", "pt", "ro", "prs"];

    /// <summary>Writes the organisation's events straight to the store, 100 participants a transaction.</summary>
    private static async Task<(List<Guid> Groups, long Events)> Seed(IDocumentStore store, int participants, int groupCount, int assessments, Random random)
    {
        var groups = Enumerable.Range(0, groupCount).Select(_ => Guid.CreateVersion7()).ToList();
        var skills = DigComp.Competences.Select(c => c.Code).Concat(EverydayTasks.All.Take(20).Select(t => t.Code)).ToArray();
        long events = 0;
        await using (var session = store.LightweightSession(Organisation))
        {
            foreach (var (g, i) in groups.Select((g, i) => (g, i)))
            {
                session.Events.StartStream<Group>(g, new GroupCreated(g, $"Groupe {i + 1}", "Liège", new DateOnly(2026, 9, 1), new DateOnly(2027, 6, 30), ["fr"]));
                events++;
            }
            await session.SaveChangesAsync();
        }

        for (var start = 0; start < participants; start += 100)
        {
            await using var session = store.LightweightSession(Organisation);
            for (var n = start; n < Math.Min(participants, start + 100); n++)
            {
                var id = Guid.CreateVersion7();
                var group = groups[n % groupCount];
                var stream = new List<object>
                {
                    new ParticipantEnrolled(id, group, new PersonalDetails($"Participant {n + 1}", null),
                        [.. Languages.OrderBy(_ => random.Next()).Take(random.Next(1, 4)).Distinct()],
                        [new TimeSlot((DayOfWeek)random.Next(1, 6), (DayPart)random.Next(3))], new Consent("notice", new DateOnly(2026, 9, 1))),
                };
                var count = Math.Max(1, assessments + random.Next(-3, 4));
                for (var a = 0; a < count; a++)
                    stream.Add(new SkillAssessed(id, group, skills[random.Next(skills.Length)], random.Next(1, 9),
                        AssessmentSource.ObservedByFacilitator, null, new DateOnly(2026, 9, 1).AddDays(random.Next(80)), a < 10));
                if (random.Next(3) == 0) stream.Add(new HelpOffered(id, skills[random.Next(skills.Length)], random.Next(4, 9)));
                for (var k = random.Next(3); k > 0; k--)
                    stream.Add(new LearningNeedDeclared(id, Guid.CreateVersion7(), skills[random.Next(skills.Length)], (NeedPriority)random.Next(3), null));
                session.Events.StartStream<Participant>(id, stream);
                events += stream.Count;
            }
            await session.SaveChangesAsync();
        }
        return (groups, events);
    }

    private static (int, int, int, int, int)? Options(string[] args)
    {
        var values = new Dictionary<string, int> { ["--participants"] = 5000, ["--groups"] = 200, ["--assessments"] = 20, ["--requests"] = 200, ["--seed"] = 1 };
        for (var i = 0; i < args.Length; i += 2)
        {
            if (!values.ContainsKey(args[i]) || i + 1 >= args.Length || !int.TryParse(args[i + 1], out var value) || value < 1) return null;
            values[args[i]] = value;
        }
        return (values["--participants"], values["--groups"], values["--assessments"], values["--requests"], values["--seed"]);
    }
}
