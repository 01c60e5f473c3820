using System.Diagnostics;
using System.Globalization;
using Alba;
using LivingLibrary.Api.Platform;
using LivingLibrary.Domain.Activities;
using Activity = LivingLibrary.Domain.Activities.Activity;
using ActivityKind = LivingLibrary.Domain.Activities.ActivityKind;
using LivingLibrary.Domain.Groups;
using LivingLibrary.Domain.Participants;
using Marten;
using Marten.Linq;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace LivingLibrary.Benchmarks;

/// <summary>
/// A network's year of activities (200 groups, each a weekly workshop from September to June with two holidays and its
/// attendance for twelve participants, plus a few one-off visits and talks with theirs), through the real API in-process:
/// a group's programme over the year and its hours, each request timed, beside the plain read of the same group's activity
/// documents by the SQL Marten runs for them (what bounds both reads).
/// </summary>
internal static class ProgrammeBenchmark
{
    private const string Usage = "[--groups 200] [--participants 12] [--requests 500] [--seed 1]";
    public const string Summary = "a network's year of activities: a group's programme and hours, p50/p99 " + Usage;
    private const string Organisation = "bench-org";
    private static readonly DateOnly From = new(2026, 9, 1), To = new(2027, 6, 30), FirstTuesday = new(2026, 9, 8);

    public static int Run(string[] args)
    {
        var o = new Dictionary<string, int> { ["--groups"] = 200, ["--participants"] = 12, ["--requests"] = 500, ["--seed"] = 1 };
        for (var i = 0; i < args.Length; i += 2)
            if (!o.ContainsKey(args[i]) || i + 1 >= args.Length || !int.TryParse(args[i + 1], out var value) || value < 1)
            {
                Console.Error.WriteLine($"usage: programme {Usage}");
                return 2;
            }
            else o[args[i]] = value;
        return RunAsync(o).GetAwaiter().GetResult();
    }

    private static async Task<int> RunAsync(Dictionary<string, int> o)
    {
        if (await BenchHost.StartAsync("programme") is not { } started) return 2;
        var (database, store) = (started.Database, started.Host.Services.GetRequiredService<IDocumentStore>());
        await using var host = started.Host;
        Console.WriteLine($"programme: {o["--groups"]} groups, {o["--participants"]} participants each; {Environment.ProcessorCount} cores, .NET {Environment.Version}");

        var clock = Stopwatch.StartNew();
        var random = new Random(o["--seed"]);
        var (groups, events) = await Seed(store, o["--groups"], o["--participants"], random);
        await using var sql = new NpgsqlConnection(database);
        await sql.OpenAsync();
        await using (var vacuum = new NpgsqlCommand("vacuum analyze", sql)) await vacuum.ExecuteNonQueryAsync();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"seeded {events:N0} events in {clock.Elapsed.TotalSeconds:F1} s"));

        var token = host.Services.GetRequiredService<DevelopmentTokens>().Issue("bench", Organisation, Security.CoordinatorRole, TimeSpan.FromHours(1));
        var period = $"from={From:yyyy-MM-dd}&to={To:yyyy-MM-dd}";
        var requests = o["--requests"];
        var picks = Enumerable.Range(0, requests).Select(_ => groups[random.Next(groups.Count)]).ToList();

        // The bound: the SQL Marten runs for a group's activities, every row read to the end.
        NpgsqlCommand marten;
        await using (var session = store.QuerySession(Organisation))
            marten = session.Query<Activity>().Where(a => a.GroupId == groups[0]).ToCommand();
        var bound = await Timed(picks, group => ReadAll(sql, marten, groups[0], group));

        Console.WriteLine();
        Console.WriteLine("| read | requests | p50 ms | p99 ms | target p99 | plain SQL p50 ms | p50 / SQL p50 |");
        Console.WriteLine("| --- | ---: | ---: | ---: | --- | ---: | ---: |");
        foreach (var (name, path) in new[] { ("a group's programme, a year", "programme"), ("a group's hours, a year", "hours") })
        {
            await Get(host, token, $"/api/groups/{groups[0]}/{path}?{period}"); // warm-up: the first request of a route loads its code
            var times = await Timed(picks, group => Get(host, token, $"/api/groups/{group}/{path}?{period}"));
            var (p50, p99) = (Percentiles.Median(times), Percentiles.Of(times, 99));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {requests} | {p50:F2} | {p99:F2} | ≤ 20 ms | {Percentiles.Median(bound):F2} | {p50 / Percentiles.Median(bound):F1} |"));
        }
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"plain SQL of a group's activities: p50 {Percentiles.Median(bound):F2} ms, p99 {Percentiles.Of(bound, 99):F2} ms; load average {File.ReadAllText("/proc/loadavg").Trim()}"));
        return 0;
    }

    private static async Task<List<double>> Timed(IEnumerable<Guid> groups, Func<Guid, Task> read)
    {
        var ms = new List<double>();
        foreach (var group in groups)
        {
            var watch = Stopwatch.StartNew();
            await read(group);
            ms.Add(watch.Elapsed.TotalMilliseconds);
        }
        return ms;
    }

    private static async Task Get(IAlbaHost host, string token, string url) =>
        await host.Scenario(s =>
        {
            s.WithRequestHeader("Authorization", $"Bearer {token}");
            s.Get.Url(url);
            s.StatusCodeShouldBe(200);
        });

    /// <summary>Marten's own command for one group's activities, run for another group, every row read to the end.</summary>
    private static async Task ReadAll(NpgsqlConnection sql, NpgsqlCommand marten, Guid asked, Guid group)
    {
        await using var command = new NpgsqlCommand(marten.CommandText, sql);
        foreach (NpgsqlParameter p in marten.Parameters)
            command.Parameters.Add(new NpgsqlParameter { ParameterName = p.ParameterName, NpgsqlDbType = p.NpgsqlDbType, Value = p.Value is Guid g && g == asked ? group : p.Value });
        await using var reader = await command.ExecuteReaderAsync();
        long chars = 0;
        while (await reader.ReadAsync())
            for (var i = 0; i < reader.FieldCount; i++)
                if (!reader.IsDBNull(i)) chars += reader.GetValue(i).ToString()!.Length;
    }

    /// <summary>
    /// The network's year, written straight to the store, one group a transaction: the group, its participants, a weekly
    /// workshop with every occurrence's attendance, two visits and a talk with theirs.
    /// </summary>
    private static async Task<(List<Guid> Groups, long Events)> Seed(IDocumentStore store, int groupCount, int participants, Random random)
    {
        var groups = Enumerable.Range(0, groupCount).Select(_ => Guid.CreateVersion7()).ToList();
        long events = 0;
        var holidays = new[] { new DateOnly(2026, 12, 29), new DateOnly(2027, 4, 6) };
        foreach (var (g, i) in groups.Select((g, i) => (g, i)))
        {
            await using var session = store.LightweightSession(Organisation);
            session.Events.StartStream<Group>(g, new GroupCreated(g, $"Groupe {i + 1}", "Liège", From, To, ["fr"]));
            var people = Enumerable.Range(0, participants).Select(_ => Guid.CreateVersion7()).ToList();
            foreach (var (p, n) in people.Select((p, n) => (p, n)))
                session.Events.StartStream<Participant>(p,
                    new ParticipantEnrolled(p, g, new PersonalDetails($"P{i}-{n}", null), ["fr"], [], new Consent("notice", From)));
            events += 1 + people.Count;

            List<Attendee> Sheet() => [.. people.Select(p => random.Next(10) switch
            {
                < 7 => new Attendee(p, Presence.Present),
                7 => new Attendee(p, Presence.Present, Arrived: new TimeOnly(14, 30)),
                8 => new Attendee(p, Presence.Excused),
                _ => new Attendee(p, Presence.Absent),
            })];
            var workshop = Guid.CreateVersion7();
            var planned = new ActivityPlanned(workshop, g, ActivityKind.Workshop, "Atelier du mardi", FirstTuesday, new(14, 0), new(16, 30), null, null, null,
                ["1.1", "5.2"], [], 12, false, false, new Recurrence("FREQ=WEEKLY;INTERVAL=1;UNTIL=20270629", holidays));
            var series = Activity.Create(planned);
            var stream = new List<object> { planned };
            stream.AddRange(series.Occurrences(From, To).Select(occurrence => new AttendanceTaken(workshop, occurrence.PlannedFor, Sheet())));
            session.Events.StartStream<Activity>(workshop, stream);
            events += stream.Count;

            foreach (var (kind, on) in new[] { (ActivityKind.Visit, new DateOnly(2026, 11, 19)), (ActivityKind.Visit, new DateOnly(2027, 3, 18)), (ActivityKind.Talk, new DateOnly(2027, 1, 21)) })
            {
                var once = Guid.CreateVersion7();
                session.Events.StartStream<Activity>(once,
                    new ActivityPlanned(once, g, kind, kind.ToString(), on, new(10, 0), new(12, 0), null, null, null, ["1.1"], [], null, false, false, null),
                    new AttendanceTaken(once, on, Sheet()));
                events += 2;
            }
            await session.SaveChangesAsync();
        }
        return (groups, events);
    }
}
