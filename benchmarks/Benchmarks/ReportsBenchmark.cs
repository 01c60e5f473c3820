using System.Diagnostics;
using System.Globalization;
using Alba;
using LivingLibrary.Api.Platform;
using LivingLibrary.Api.Reports;
using LivingLibrary.Domain.Cases;
using LivingLibrary.Domain.Competences;
using LivingLibrary.Domain.Evaluations;
using LivingLibrary.Domain.ExchangeSessions;
using LivingLibrary.Domain.Groups;
using LivingLibrary.Domain.Pairings;
using LivingLibrary.Domain.Participants;
using LivingLibrary.Domain.Reports;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace LivingLibrary.Benchmarks;

/// <summary>
/// The funder report of the benchmark organisation (5,000 participants in 200 groups, each group with an
/// end-of-project campaign, pairings with help sessions, cases and exchange sessions), through the real API
/// in-process: the organisation's report and a group's, as JSON and printable, beside plain SQL reading the same
/// events (what bounds a report built from events); then issued twice, to compare the hashes.
/// </summary>
internal static class ReportsBenchmark
{
    private const string Usage = "[--participants 5000] [--groups 200] [--cases 5000] [--runs 5] [--seed 1]";
    public const string Summary = "the funder report (JSON, printable, CSV) from events, issued twice " + Usage;
    internal const string Organisation = "bench-org";
    internal static readonly DateOnly From = new(2026, 9, 1), To = new(2027, 6, 30);

    public static int Run(string[] args)
    {
        var o = new Dictionary<string, int> { ["--participants"] = 5_000, ["--groups"] = 200, ["--cases"] = 5_000, ["--runs"] = 5, ["--seed"] = 1 };
        for (var i = 0; i < args.Length; i += 2)
            if (!o.ContainsKey(args[i]) || i + 1 >= args.Length || !int.TryParse(args[i + 1], out var value) || value < 1)
            {
                Console.Error.WriteLine($"usage: reports {Usage}");
                return 2;
            }
            else o[args[i]] = value;
        return RunAsync(o).GetAwaiter().GetResult();
    }

    private static async Task<int> RunAsync(Dictionary<string, int> o)
    {
        if (await BenchHost.StartAsync("reports") is not { } started) return 2;
        var (database, store) = (started.Database, started.Host.Services.GetRequiredService<IDocumentStore>());
        await using var host = started.Host;
        Console.WriteLine($"reports: {o["--participants"]:N0} participants in {o["--groups"]} groups, {o["--cases"]:N0} cases; " +
                          $"{Environment.ProcessorCount} cores, .NET {Environment.Version}");

        var clock = Stopwatch.StartNew();
        var (groups, events) = await Seed(store, o["--participants"], o["--groups"], o["--cases"], new Random(o["--seed"]));
        await using var sql = new NpgsqlConnection(database);
        await sql.OpenAsync();
        var schema = store.Options.Events.DatabaseSchemaName;
        // As if recorded an hour ago: a report reads only settled events.
        await Execute(sql, $"update {schema}.mt_events set timestamp = timestamp - interval '1 hour'");
        await Execute(sql, "vacuum analyze");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"seeded {events:N0} events in {clock.Elapsed.TotalSeconds:F1} s"));

        var token = host.Services.GetRequiredService<DevelopmentTokens>().Issue("bench", Organisation, Security.CoordinatorRole, TimeSpan.FromHours(1));
        var cutOff = DateTimeOffset.UtcNow.AddMinutes(-30);
        cutOff = cutOff.AddTicks(-(cutOff.Ticks % TimeSpan.TicksPerSecond));
        var query = $"from={From:yyyy-MM-dd}&to={To:yyyy-MM-dd}&cutOff={cutOff.UtcDateTime:yyyy-MM-ddTHH:mm:ss}Z";
        var runs = o["--runs"];

        Console.WriteLine();
        Console.WriteLine("| report | runs | API median s | API max s | size KB | target | SQL alone median s | API / SQL |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | --- | ---: | ---: |");
        var eventsSql = $"select type, stream_id, data from {schema}.mt_events where tenant_id = '{Organisation}' and type <> 'tombstone' " +
                        $"and timestamp <= '{cutOff:O}'";
        var (sqlAlone, _) = await Time(runs, () => ReadAll(sql, eventsSql));
        var group = groups[0];
        var groupSql = $"select type, stream_id, data from {schema}.mt_events where tenant_id = '{Organisation}' and stream_id in " +
                       $"(select id from {schema}.mt_doc_participant where tenant_id = '{Organisation}' and data -> 'groupIds' ? '{group}' " +
                       $"union select id from {schema}.mt_doc_pairing where CAST(data ->> 'groupId' as uuid) = '{group}' " +
                       $"union select id from {schema}.mt_doc_problemcase where CAST(data ->> 'groupId' as uuid) = '{group}' " +
                       $"union select id from {schema}.mt_doc_campaign where CAST(data ->> 'groupId' as uuid) = '{group}' " +
                       $"union select '{group}'::uuid) and timestamp <= '{cutOff:O}'";
        var (groupSqlAlone, _) = await Time(runs, () => ReadAll(sql, groupSql));
        await Row(host, token, "organisation, JSON", $"/api/reports/funder?{query}", runs, "< 2 s", sqlAlone);
        await Row(host, token, "organisation, printable (fr)", $"/api/reports/funder?{query}&format=printable&language=fr", runs, "< 3 s", sqlAlone);
        await Row(host, token, "organisation, CSV (zip)", $"/api/reports/funder?{query}&format=csv", runs, "", sqlAlone);
        await Row(host, token, "one group, JSON", $"/api/reports/funder?groupId={group}&{query}", runs, "", groupSqlAlone);

        // Where the organisation's report spends its time.
        await using (var session = store.QuerySession(Organisation))
        {
            var request = new ReportRequest(Organisation, null, From, To, cutOff);
            var (read, _) = await Time(runs, () => session.ReportSourcesAsync(null, cutOff));
            var sources = await session.ReportSourcesAsync(null, cutOff);
            var (build, _) = await Time(runs, () => Task.FromResult(FunderReport.Build(request, sources)));
            var report = FunderReport.Build(request, sources);
            var (json, _) = await Time(runs, () => Task.FromResult(FunderReports.Json(report)));
            Console.WriteLine();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"organisation's report, medians: events read and folded {read:F2} s, figures built {build:F2} s, JSON written {json:F3} s"));
        }

        var hashes = new List<string>();
        foreach (var _ in Enumerable.Range(0, 2))
        {
            var result = await host.Scenario(s =>
            {
                s.WithRequestHeader("Authorization", $"Bearer {token}");
                s.Post.Json(new IssueFunderReport(null, From, To, cutOff)).ToUrl("/api/reports");
                s.StatusCodeShouldBe(201);
            });
            var id = (await result.ReadAsJsonAsync<CreatedId>())!.Id;
            await using var session = store.QuerySession(Organisation);
            hashes.Add((await session.LoadAsync<IssuedReport>(id))!.Sha256);
        }
        Console.WriteLine();
        Console.WriteLine($"issued twice: {hashes[0]} and {hashes[1]}: {(hashes[0] == hashes[1] ? "identical" : "DIFFERENT")}");

        // Erasing one person of this organisation (the one with the most pairings), beside reading their events by plain SQL.
        Guid person;
        await using (var session = store.QuerySession(Organisation))
            person = (await session.Query<LivingLibrary.Domain.Pairings.Pairing>().ToListAsync()).GroupBy(p => p.HelperId).OrderByDescending(g => g.Count()).First().Key;
        var streams = $"select stream_id from {schema}.mt_events where tenant_id = '{Organisation}' and data::text like '%{person}%'";
        clock.Restart();
        await using (var read = new NpgsqlCommand($"select data from {schema}.mt_events where stream_id in ({streams})", sql))
        await using (var reader = await read.ExecuteReaderAsync())
            while (await reader.ReadAsync()) _ = reader.GetString(0);
        var readTime = clock.Elapsed.TotalSeconds;
        var erasure = new List<double>();
        foreach (var reason in new[] { LivingLibrary.Domain.Privacy.ErasureReason.Request, LivingLibrary.Domain.Privacy.ErasureReason.Other })
        {
            clock.Restart();
            await LivingLibrary.Api.Privacy.RetentionRun.EraseAsync(store, host.Services.GetRequiredService<LivingLibrary.Api.Privacy.ForgetList>(), Organisation, LivingLibrary.Domain.Privacy.PersonKind.Participant, person, reason,
                DateOnly.FromDateTime(DateTime.UtcNow));
            erasure.Add(clock.Elapsed.TotalSeconds);
        }
        var after = await host.Scenario(s =>
        {
            s.WithRequestHeader("Authorization", $"Bearer {token}");
            s.Post.Json(new IssueFunderReport(null, From, To, cutOff)).ToUrl("/api/reports");
            s.StatusCodeShouldBe(201);
        });
        await using (var session = store.QuerySession(Organisation))
            hashes.Add((await session.LoadAsync<IssuedReport>((await after.ReadAsJsonAsync<CreatedId>())!.Id))!.Sha256);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"erasing one participant (the busiest helper): {erasure[0]:F2} s, again (nothing new to record, masks again): {erasure[1]:F2} s; " +
            $"their streams' events read by plain SQL: {readTime:F2} s; the report issued again after the erasure: {(hashes[2] == hashes[0] ? "same hash" : "DIFFERENT HASH")}"));
        return hashes.Distinct().Count() == 1 ? 0 : 1;
    }

    private static async Task Row(IAlbaHost host, string token, string name, string url, int runs, string target, double sqlAlone)
    {
        long size = 0;
        await Get(host, token, url); // warm-up: the first request of a route loads its code
        var (median, max) = await Time(runs, async () => size = await Get(host, token, url));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {runs} | {median:F2} | {max:F2} | {size / 1024.0:F0} | {target} | {sqlAlone:F2} | {median / sqlAlone:F1} |"));
    }

    private static async Task<long> Get(IAlbaHost host, string token, string url)
    {
        var result = await host.Scenario(s =>
        {
            s.WithRequestHeader("Authorization", $"Bearer {token}");
            s.Get.Url(url);
            s.StatusCodeShouldBe(200);
        });
        return (await result.ReadAsTextAsync()).Length;
    }

    private static async Task<(double Median, double Max)> Time(int runs, Func<Task> run)
    {
        var seconds = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            await run();
            seconds.Add(watch.Elapsed.TotalSeconds);
        }
        return (Percentiles.Median(seconds), seconds.Max());
    }

    /// <summary>Every row read to the end, the JSON as text: what any report built from these events must at least do.</summary>
    private static async Task ReadAll(NpgsqlConnection sql, string query)
    {
        await using var command = new NpgsqlCommand(query, sql);
        await using var reader = await command.ExecuteReaderAsync();
        long chars = 0;
        while (await reader.ReadAsync()) chars += reader.GetString(0).Length + reader.GetString(2).Length;
    }

    private static async Task Execute(NpgsqlConnection sql, string text)
    {
        await using var command = new NpgsqlCommand(text, sql);
        await command.ExecuteNonQueryAsync();
    }

    private static readonly string[] Languages = ["fr", "fr", "fr", "nl", "ar", "tr", "en", "ru", "es", "pt", "ro", "prs"];
    private static readonly string[] Services = ["itsme", "myminfin", "bank", "energy-supplier", "water-supplier", "cpas-ocmw", "mutualite", "ebox"];
    private static readonly string[] Difficulties = ["paying", "login-and-identity", "forms-and-documents", "security-and-scams", "no-device-or-connection"];

    /// <summary>
    /// The organisation's year, written straight to the store, one group a transaction: participants with assessments
    /// (one in three left), pairings with help sessions, cases with an accompaniment, an exchange session and a closed
    /// end-of-project campaign per group. The console benchmark seeds the same organisation.
    /// </summary>
    internal static async Task<(List<Guid> Groups, long Events)> Seed(IDocumentStore store, int participants, int groupCount, int cases, Random random)
    {
        var tasks = EverydayTasks.All.Take(12).Select(t => t.Code).ToArray();
        var questions = Questionnaire.For(tasks.Take(6).Select(t => EverydayTasks.Find(t)!), []);
        var groups = Enumerable.Range(0, groupCount).Select(_ => Guid.CreateVersion7()).ToList();
        var perGroup = participants / groups.Count;
        var casesPerGroup = cases / groups.Count;
        long events = 0;
        foreach (var (g, i) in groups.Select((g, i) => (g, i)))
        {
            await using var session = store.LightweightSession(Organisation);
            session.Events.StartStream<Group>(g, new GroupCreated(g, $"Groupe {i + 1}", "Liège", From, To, ["fr"]));
            events++;
            var people = new List<Guid>();
            for (var n = 0; n < perGroup; n++)
            {
                var id = Guid.CreateVersion7();
                people.Add(id);
                var stream = new List<object>
                {
                    new ParticipantEnrolled(id, g, new PersonalDetails($"P{i}-{n}", null), [.. Languages.OrderBy(_ => random.Next()).Take(random.Next(1, 3)).Distinct()],
                        [], new Consent("notice", From)),
                };
                foreach (var task in tasks.OrderBy(_ => random.Next()).Take(8))
                {
                    var intake = random.Next(1, 5);
                    stream.Add(new SkillAssessed(id, g, task, intake, AssessmentSource.ObservedByFacilitator, null, From.AddDays(7), true));
                    if (random.Next(2) == 0)
                        stream.Add(new SkillAssessed(id, g, task, Math.Min(8, intake + random.Next(0, 3)), AssessmentSource.ObservedByFacilitator, null, From.AddDays(90), false));
                }
                if (random.Next(3) == 0) stream.Add(new ParticipantLeft(id, g, null));
                session.Events.StartStream<Participant>(id, stream);
                events += stream.Count;
            }

            for (var p = 0; p < perGroup / 4; p++)
            {
                var pairing = Guid.CreateVersion7();
                var startedOn = From.AddDays(random.Next(10, 120));
                var stream = new List<object>
                {
                    new PairingProposed(pairing, g, Guid.CreateVersion7(), people[2 * p], people[2 * p + 1], tasks[random.Next(tasks.Length)], null, null, "", startedOn),
                    new PairingAccepted(pairing, Party.Learner), new PairingAccepted(pairing, Party.Helper), new PairingStarted(pairing, people[2 * p + 1], startedOn),
                };
                for (var s = random.Next(1, 6); s > 0; s--)
                    stream.Add(new HelpSessionLogged(pairing, startedOn.AddDays(7 * s), random.Next(30, 120), "x", (LearnerFeeling)random.Next(4)));
                if (random.Next(2) == 0) stream.Add(new PairingEnded(pairing, people[2 * p + 1], startedOn.AddDays(60), (PairingOutcome)random.Next(3), null, null, null));
                session.Events.StartStream<Pairing>(pairing, stream);
                events += stream.Count;
            }

            for (var c = 0; c < casesPerGroup; c++)
            {
                var caseId = Guid.CreateVersion7();
                var on = From.AddDays(random.Next(200));
                var stream = new List<object>
                {
                    new CasePosted(caseId, g, people[random.Next(people.Count)], new CaseDetails("x", Services[random.Next(Services.Length)],
                        Difficulties[random.Next(Difficulties.Length)], [tasks[random.Next(tasks.Length)]], Urgency.Normal, null), on),
                    new CaseAccompanied(caseId, new Accompaniment(Guid.CreateVersion7(), on, random.Next(10, 60), Setting.OnSite, DeviceUsed.OwnPhone,
                        ProcedureProgress.PartlyDone, ["bench"], [people[random.Next(people.Count)]], null, null, null, [], null)),
                };
                if (random.Next(3) > 0) stream.Add(new CaseResolved(caseId, ["x"], (Autonomy)random.Next(3), on.AddDays(3)));
                session.Events.StartStream<ProblemCase>(caseId, stream);
                events += stream.Count;
            }

            var exchange = Guid.CreateVersion7();
            session.Events.StartStream<ExchangeSession>(exchange, new ExchangeSessionHeld(exchange, g, From.AddDays(60), [.. people.Take(10)], null));
            var campaign = Guid.CreateVersion7();
            var answers = new List<object>
            {
                new CampaignOpened(campaign, g, CampaignKind.EndOfProject, AnswerMode.NamedOrAnonymous, To.AddDays(-20), To.AddDays(-10), questions),
                new AnswerCodesHandedOut(campaign, 5),
            };
            List<Answer> Sheet() => [.. questions.Select(q => q.Kind switch
            {
                QuestionKind.SelfAssessment => new Answer(q.Key, q.Version, random.Next(4), null),
                QuestionKind.Satisfaction => new Answer(q.Key, q.Version, random.Next(1, 6), null),
                _ => new Answer(q.Key, q.Version, null, "Une réponse ouverte."),
            })];
            foreach (var person in people.Take(15)) answers.Add(new NamedAnswersRecorded(campaign, person, Sheet(), false, To.AddDays(-15)));
            for (var a = 0; a < 5; a++) answers.Add(new AnonymousAnswersRecorded(campaign, Sheet(), a % 2 == 0, To.AddDays(-15)));
            answers.Add(new ConclusionsRecorded(campaign, new Conclusions("L'entraide", null, null, To.AddDays(-12))));
            answers.Add(new CampaignClosed(campaign, To.AddDays(-10)));
            session.Events.StartStream<Campaign>(campaign, answers);
            events += answers.Count + 1;
            await session.SaveChangesAsync();
        }
        return (groups, events);
    }
}
