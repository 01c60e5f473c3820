using System.Diagnostics;
using System.Globalization;
using Alba;
using JasperFx.Events.Daemon;
using LivingLibrary.Api.Platform;
using LivingLibrary.Domain.Cases;
using LivingLibrary.Domain.DropIns;
using LivingLibrary.Domain.Groups;
using LivingLibrary.Domain.Knowledge;
using LivingLibrary.Domain.Participants;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace LivingLibrary.Benchmarks;

/// <summary>
/// The Brussels network's volume over three years for one organisation (seed 002): 40 weekly drop-in
/// desks, about 27,000 cases with their accompaniments, and 5,000 knowledge entries. Times a group's
/// board, a drop-in sheet and knowledge search through the real API in-process, beside the same rows
/// read by plain SQL on the same PostgreSQL (what bounds them), and the rebuild of every case projection.
/// </summary>
internal static class CasesBenchmark
{
    private const string Usage = "[--cases 27000] [--desks 40] [--groups 50] [--entries 5000] [--requests 300] [--seed 1]";
    public const string Summary = "problem cases: board, drop-in sheet, knowledge search, rebuilds " + Usage;
    private const string Organisation = "bench-org";
    private static readonly DateOnly Start = new(2023, 11, 27);

    public static int Run(string[] args)
    {
        var values = new Dictionary<string, int> { ["--cases"] = 27_000, ["--desks"] = 40, ["--groups"] = 50, ["--entries"] = 5_000, ["--requests"] = 300, ["--seed"] = 1 };
        for (var i = 0; i < args.Length; i += 2)
            if (!values.ContainsKey(args[i]) || i + 1 >= args.Length || !int.TryParse(args[i + 1], out var value) || value < 1)
            {
                Console.Error.WriteLine($"usage: cases {Usage}");
                return 2;
            }
            else values[args[i]] = value;
        return RunAsync(values).GetAwaiter().GetResult();
    }

    private static async Task<int> RunAsync(Dictionary<string, int> o)
    {
        if (await BenchHost.StartAsync("cases") is not { } started) return 2;
        var (database, store) = (started.Database, started.Host.Services.GetRequiredService<IDocumentStore>());
        await using var host = started.Host;
        Console.WriteLine($"cases: {o["--cases"]:N0} cases over 3 years, {o["--desks"]} desks, {o["--groups"]} groups, {o["--entries"]:N0} knowledge entries; " +
                          $"{Environment.ProcessorCount} cores, .NET {Environment.Version}");

        var clock = Stopwatch.StartNew();
        var random = new Random(o["--seed"]);
        var seeded = await Seed(store, o, random);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"seeded {seeded.Events:N0} events in {clock.Elapsed.TotalSeconds:F1} s"));

        var token = host.Services.GetRequiredService<DevelopmentTokens>().Issue("bench", Organisation, Security.CoordinatorRole, TimeSpan.FromHours(1));
        await using var sql = new NpgsqlConnection(database);
        await sql.OpenAsync();
        // What autovacuum does on a live database: right after a bulk seed the full-text indexes still hold
        // every new entry in GIN's unsorted pending list, and a search then took 70 ms instead of 2 ms.
        await using (var vacuum = new NpgsqlCommand("vacuum analyze", sql)) await vacuum.ExecuteNonQueryAsync();
        var schema = store.Options.Events.DatabaseSchemaName;
        string[] words = ["facture", "itsme", "téléphone", "rendez-vous", "mot de passe", "formulaire", "code QR", "factuur", "bankapp", "scam"];

        Console.WriteLine();
        Console.WriteLine("| read | requests | API p50 ms | API p99 ms | SQL alone p50 ms | SQL alone p99 ms | API / SQL at p99 | answer KB |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        var requests = o["--requests"];
        await Report(host, token, sql, "a group's open cases (board)", requests, () =>
        {
            var g = seeded.Groups[random.Next(seeded.Groups.Count)];
            return ($"/api/groups/{g}/cases", $"select data from {schema}.mt_doc_problemcase where tenant_id = '{Organisation}' " +
                $"and CAST(data ->> 'groupId' as uuid) = '{g}' and data ->> 'status' = 'Open'");
        });
        await Report(host, token, sql, "a drop-in session's sheet", requests, () =>
        {
            var (desk, day) = seeded.Sessions[random.Next(seeded.Sessions.Count)];
            return ($"/api/desks/{desk}/sessions/{day:yyyy-MM-dd}", $"select data from {schema}.mt_doc_problemcase where tenant_id = '{Organisation}' " +
                $"and CAST(data ->> 'deskId' as uuid) = '{desk}' and {schema}.mt_immutable_date(data ->> 'sessionOn') = '{day:yyyy-MM-dd}'");
        });
        await Report(host, token, sql, "knowledge search, words (fr)", requests, () =>
        {
            var w = words[random.Next(6)];
            return ($"/api/knowledge?q={Uri.EscapeDataString(w)}&language=fr", $"select data from {schema}.mt_doc_knowledgeentry where tenant_id = '{Organisation}' " +
                $"and data ->> 'status' = 'Published' and data -> 'content' ->> 'language' = 'fr' and to_tsvector('french', " +
                $"((data -> 'content' ->> 'title') || ' ' || (data -> 'content' ->> 'situation') || ' ' || (data ->> 'stepsText'))) @@ websearch_to_tsquery('french', '{w}') " +
                "order by CAST(data ->> 'helpedCount' as integer) desc limit 50");
        });
        await Report(host, token, sql, "knowledge search, words, every language", requests, () =>
            ($"/api/knowledge?q={Uri.EscapeDataString(words[random.Next(words.Length)])}", null));
        await Report(host, token, sql, "knowledge search, service and difficulty", requests, () =>
            ($"/api/knowledge?service={Services.BuiltIn[random.Next(10)].Code}&difficulty={Difficulties.All[random.Next(9)].Code}", null));
        await Report(host, token, sql, "a desk's activity over 3 years", Math.Max(10, requests / 10), () =>
            ($"/api/desks/{seeded.Desks[random.Next(seeded.Desks.Count)]}/activity", null));
        await Report(host, token, sql, "a group's case activity, asOf today (folded from events)", Math.Max(10, requests / 10), () =>
            ($"/api/groups/{seeded.Groups[random.Next(seeded.Groups.Count)]}/case-activity?asOf={DateOnly.FromDateTime(DateTime.UtcNow):yyyy-MM-dd}", null));

        using var daemon = await store.BuildProjectionDaemonAsync();
        Console.WriteLine();
        foreach (var (name, rebuild, events) in new (string, Func<Task>, long)[]
                 {
                     ("case snapshots", () => daemon.RebuildProjectionAsync<ProblemCase>(CancellationToken.None), seeded.CaseEvents),
                     ("knowledge entry snapshots", () => daemon.RebuildProjectionAsync<KnowledgeEntry>(CancellationToken.None), seeded.EntryEvents),
                 })
        {
            clock.Restart();
            await rebuild();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"rebuild of the {name} from {events:N0} of their events: {clock.Elapsed.TotalSeconds:F1} s ({events / clock.Elapsed.TotalSeconds:N0} events/s)"));
        }
        return 0;
    }

    /// <summary>Times a read through the API beside its plain SQL, and prints a row of the table (p50, p99, their ratio at p99, the answer's size).</summary>
    internal static async Task Report(IAlbaHost host, string token, NpgsqlConnection sql, string name, int requests, Func<(string Url, string? Sql)> next)
    {
        for (var i = 0; i < 5; i++) await Get(host, token, next().Url);
        var api = new List<double>();
        var raw = new List<double>();
        long bytes = 0;
        for (var i = 0; i < requests; i++)
        {
            var (url, query) = next();
            var clock = Stopwatch.StartNew();
            bytes = await Get(host, token, url);
            api.Add(clock.Elapsed.TotalMilliseconds);
            if (query is null) continue;
            clock.Restart();
            await using var command = new NpgsqlCommand(query, sql);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync()) _ = reader.GetString(0);
            raw.Add(clock.Elapsed.TotalMilliseconds);
        }
        string Ms(IReadOnlyCollection<double> times, double p) => times.Count == 0 ? "-" : Percentiles.Of(times, p).ToString("F1", CultureInfo.InvariantCulture);
        var ratio = raw.Count == 0 ? "-" : (Percentiles.Of(api, 99) / Percentiles.Of(raw, 99)).ToString("F1", CultureInfo.InvariantCulture);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {requests} | {Ms(api, 50)} | {Ms(api, 99)} | {Ms(raw, 50)} | {Ms(raw, 99)} | {ratio} | {bytes / 1024.0:F0} |"));
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

    private sealed record Seeded(List<Guid> Groups, List<Guid> Desks, List<(Guid Desk, DateOnly Day)> Sessions, long Events, long CaseEvents, long EntryEvents);

    private static readonly string[] Goals =
    [
        "Payer la facture d'énergie avec le code QR", "itsme ne s'ouvre plus sur le nouveau téléphone", "Prendre rendez-vous à la commune",
        "Télécharger l'avertissement-extrait de rôle", "SMS suspect de la banque", "Remplir le formulaire d'allocations familiales",
        "Verdachte sms van de bank", "Factuur betalen met de bankapp", "Book a doctor's appointment online", "Reset a forgotten password",
    ];

    private static async Task<Seeded> Seed(IDocumentStore store, Dictionary<string, int> o, Random random)
    {
        var groups = Enumerable.Range(0, o["--groups"]).Select(_ => Guid.CreateVersion7()).ToList();
        var desks = Enumerable.Range(0, o["--desks"]).Select(_ => Guid.CreateVersion7()).ToList();
        var members = new Dictionary<Guid, List<Guid>>();
        long events = 0, caseEvents = 0, entryEvents = 0;
        await using (var session = store.LightweightSession(Organisation))
        {
            foreach (var (g, i) in groups.Select((g, i) => (g, i)))
            {
                session.Events.StartStream<Group>(g, new GroupCreated(g, $"Groupe {i + 1}", "Bruxelles", Start, Start.AddYears(3), ["fr"]));
                members[g] = [];
                for (var p = 0; p < 12; p++)
                {
                    var id = Guid.CreateVersion7();
                    members[g].Add(id);
                    session.Events.StartStream<Participant>(id, new ParticipantEnrolled(id, g, new PersonalDetails($"P{i}-{p}", null), ["fr"], [],
                        new Consent("notice", Start)));
                    events++;
                }
                events++;
            }
            foreach (var (d, i) in desks.Select((d, i) => (d, i)))
            {
                session.Events.StartStream<DropInDesk>(d, new DropInDeskOpened(d, $"Permanence {i + 1}", "Bruxelles",
                    [new WeeklyHours((DayOfWeek)(1 + i % 5), new TimeOnly(9, 30), new TimeOnly(12, 0))], ["fr", "nl"]));
                events++;
            }
            await session.SaveChangesAsync();
        }

        var sessions = new List<(Guid, DateOnly)>();
        var weeks = 156;
        var groupCases = o["--cases"] / 10;
        var perSession = (o["--cases"] - groupCases) / (double)(desks.Count * weeks);
        var written = 0;
        var batch = new List<(Guid Id, object[] Events)>();

        foreach (var week in Enumerable.Range(0, weeks))
        foreach (var (desk, i) in desks.Select((d, i) => (d, i)))
        {
            var day = Start.AddDays(7 * week + i % 5);
            sessions.Add((desk, day));
            var count = Math.Max(1, (int)Math.Round(perSession + random.Next(-3, 4)));
            for (var r = 0; r < count && written < o["--cases"] - groupCases; r++, written++)
            {
                var id = Guid.CreateVersion7();
                batch.Add((id, [new DropInRequestRecorded(id, desk, day, new Visitor(Guid.CreateVersion7(), ["fr"], null, "1080", null, null), Details(random)), .. Life(id, day, random)]));
            }
            if (batch.Count >= 1_000) (events, caseEvents) = await Flush(store, batch, events, caseEvents);
        }
        for (var n = 0; n < groupCases; n++)
        {
            var g = groups[n % groups.Count];
            var id = Guid.CreateVersion7();
            var day = Start.AddDays(random.Next(weeks * 7));
            // Recent cases are more often still open: the board has a dozen or so per group.
            var life = day > Start.AddDays(weeks * 7 - 60) && random.Next(3) == 0 ? [] : Life(id, day, random);
            batch.Add((id, [new CasePosted(id, g, members[g][random.Next(12)], Details(random), day), .. life]));
            if (batch.Count >= 1_000) (events, caseEvents) = await Flush(store, batch, events, caseEvents);
        }
        (events, caseEvents) = await Flush(store, batch, events, caseEvents);

        for (var start = 0; start < o["--entries"]; start += 1_000)
        {
            await using var session = store.LightweightSession(Organisation);
            for (var n = start; n < Math.Min(o["--entries"], start + 1_000); n++)
            {
                var id = Guid.CreateVersion7();
                var language = new[] { "fr", "fr", "fr", "nl", "en" }[random.Next(5)];
                var goal = Goals[random.Next(Goals.Length)];
                object[] stream =
                [
                    new KnowledgeEntryDrafted(id, Guid.CreateVersion7(), new KnowledgeContent($"{goal} ({n})", $"{goal}: {Goals[random.Next(Goals.Length)]}.",
                        [Goals[random.Next(Goals.Length)], Goals[random.Next(Goals.Length)]], Services.BuiltIn[random.Next(10)].Code,
                        Difficulties.All[random.Next(9)].Code, [], language), "author"),
                    new KnowledgeEntryReviewed(id, "reviewer"),
                    new KnowledgeEntryPublished(id, Start.AddDays(random.Next(1000))),
                ];
                session.Events.StartStream<KnowledgeEntry>(id, stream);
                entryEvents += stream.Length;
            }
            await session.SaveChangesAsync();
        }
        return new Seeded(groups, desks, sessions, events + entryEvents, caseEvents, entryEvents);
    }

    private static async Task<(long, long)> Flush(IDocumentStore store, List<(Guid Id, object[] Events)> batch, long events, long caseEvents)
    {
        await using var session = store.LightweightSession(Organisation);
        foreach (var (id, stream) in batch) session.Events.StartStream<ProblemCase>(id, stream);
        await session.SaveChangesAsync();
        var count = batch.Sum(b => b.Events.Length);
        batch.Clear();
        return (events + count, caseEvents + count);
    }

    private static CaseDetails Details(Random random) =>
        new(Goals[random.Next(Goals.Length)], Services.BuiltIn[random.Next(Services.BuiltIn.Count)].Code, Difficulties.All[random.Next(Difficulties.All.Count)].Code,
            [], (Urgency)random.Next(4), random.Next(4) == 0 ? Start.AddDays(random.Next(1100)) : null);

    /// <summary>One to three accompaniments, then resolved (70 %), referred (15 %), closed (5 %) or left open.</summary>
    private static object[] Life(Guid id, DateOnly day, Random random)
    {
        var stream = new List<object>();
        for (var a = random.Next(1, 4); a > 0; a--)
            stream.Add(new CaseAccompanied(id, new Accompaniment(Guid.CreateVersion7(), day, random.Next(10, 60), (Setting)random.Next(4), (DeviceUsed)random.Next(4),
                (ProcedureProgress)random.Next(3), ["worker"], [], null, null, null, [], null)));
        var fate = random.Next(100);
        if (fate < 70) stream.Add(new CaseResolved(id, ["step"], (Autonomy)random.Next(3), day));
        else if (fate < 85) stream.Add(new CaseReferred(id, Guid.CreateVersion7(), "reason", day));
        else if (fate < 90) stream.Add(new CaseClosed(id, "reason", day));
        return [.. stream];
    }
}
