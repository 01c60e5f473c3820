using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Group = LivingLibrary.Domain.Groups.Group;
using Alba;
using LivingLibrary.Api.Platform;
using LivingLibrary.Domain.Cases;
using LivingLibrary.Domain.Evaluations;
using LivingLibrary.Domain.Groups;
using LivingLibrary.Domain.Pairings;
using LivingLibrary.Domain.Participants;
using JasperFx.Events.Daemon;
using Marten;
using Marten.Events;
using Marten.Services;
using Npgsql;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace LivingLibrary.Benchmarks;

/// <summary>
/// The console's pages (server-rendered Razor Pages under /console, signed in with the console's cookie through the
/// development sign-in page) on the reports benchmark's organisation (5,000 participants in 200 groups, with pairings,
/// cases and campaigns), in-process through the test server: for each page of <see cref="Pages"/> that exists, the
/// time per request over many of the organisation's groups (p50, p99, max) and the HTML's weight, beside the API's
/// JSON routes reading the same data, requested in turn with the page so that both see the same load.
/// Issue 13's targets: p99 &lt;= 50 ms and a page under 100 KB.
/// </summary>
internal static class ConsoleBenchmark
{
    private const string Usage = "[--participants 5000] [--groups 200] [--cases 5000] [--requests 300] [--facilitated 20] [--seed 1] [--html DIR]";
    public const string Summary = "the console's pages (HTML, cookie) beside the API's JSON reading the same data " + Usage;
    private const string Organisation = ReportsBenchmark.Organisation;
    private const string CoordinatorId = "bench-coordinator", FacilitatorId = "bench-facilitator";
    private const double TargetP99Ms = 50, TargetKb = 100;

    /// <summary>What a page's URL is filled from: a group the caller may see and, in it, a participant, a pairing, a case, a campaign.</summary>
    private sealed record Target(Guid Group, Guid Participant, Guid Pairing, Guid Case, Guid Campaign);

    /// <summary>
    /// A console page: its route as the assembly names it (parameters written {id}), whether a facilitator of the group is
    /// timed too (else a coordinator only), its URL for a target, and the API's JSON routes that read the same data
    /// (requested one after the other; their times added).
    /// </summary>
    private sealed record Page(string Route, bool Facilitators, Func<Target, string> Url, params Func<Target, string>[] Api);

    /// <summary>The pages, in the order shown; a page not (yet) in the assembly is skipped, and said so.</summary>
    private static readonly Page[] Pages =
    [
        new("/console", true, _ => "/console", _ => "/api/groups"),
        new("/console/groups/{id}", true, t => $"/console/groups/{t.Group}", t => $"/api/groups/{t.Group}/participants"),
        new("/console/groups/{id}/intake", true, t => $"/console/groups/{t.Group}/intake",
            t => $"/api/groups/{t.Group}/participants", _ => "/api/tasks"),
        new("/console/groups/{id}/library", true, t => $"/console/groups/{t.Group}/library",
            t => $"/api/groups/{t.Group}/catalogue", t => $"/api/groups/{t.Group}/skill-map"),
        new("/console/groups/{id}/pairings", true, t => $"/console/groups/{t.Group}/pairings",
            t => $"/api/groups/{t.Group}/pairings", t => $"/api/groups/{t.Group}/unmatched-needs"),
        new("/console/participants/{id}", true, t => $"/console/participants/{t.Participant}",
            t => $"/api/participants/{t.Participant}", t => $"/api/participants/{t.Participant}/pairings"),
        new("/console/pairings/{id}", true, t => $"/console/pairings/{t.Pairing}", t => $"/api/pairings/{t.Pairing}"),
        new("/console/groups/{id}/cases", true, t => $"/console/groups/{t.Group}/cases", t => $"/api/groups/{t.Group}/cases"),
        new("/console/cases/{id}", true, t => $"/console/cases/{t.Case}", t => $"/api/cases/{t.Case}"),
        new("/console/knowledge", true, _ => "/console/knowledge", _ => "/api/knowledge"),
        new("/console/desks", true, _ => "/console/desks", _ => "/api/desks"),
        new("/console/groups/{id}/campaigns", true, t => $"/console/groups/{t.Group}/campaigns", t => $"/api/groups/{t.Group}/campaigns"),
        new("/console/campaigns/{id}", true, t => $"/console/campaigns/{t.Campaign}",
            t => $"/api/campaigns/{t.Campaign}", t => $"/api/campaigns/{t.Campaign}/results"),
        new("/console/groups/{id}/progress", true, t => $"/console/groups/{t.Group}/progress", t => $"/api/groups/{t.Group}/progress"),
        new("/console/organisation", false, _ => "/console/organisation", _ => "/api/groups", _ => "/api/pairings/stats"),
        new("/console/observatory", false, _ => "/console/observatory", _ => "/api/observatory"),
    ];

    /// <summary>Where the largest answer of each page is written (--html DIR), to read what makes it heavy; null: nowhere.</summary>
    private static string? htmlDirectory;

    public static int Run(string[] args)
    {
        if (Array.IndexOf(args, "--html") is var at and >= 0 && at + 1 < args.Length)
        {
            htmlDirectory = Directory.CreateDirectory(args[at + 1]).FullName;
            args = [.. args[..at], .. args[(at + 2)..]];
        }
        var o = new Dictionary<string, int>
        {
            ["--participants"] = 5_000, ["--groups"] = 200, ["--cases"] = 5_000, ["--requests"] = 300, ["--facilitated"] = 20, ["--seed"] = 1,
        };
        for (var i = 0; i < args.Length; i += 2)
            if (!o.ContainsKey(args[i]) || i + 1 >= args.Length || !int.TryParse(args[i + 1], out var value) || value < 1)
            {
                Console.Error.WriteLine($"usage: console {Usage}");
                return 2;
            }
            else o[args[i]] = value;
        return RunAsync(o).GetAwaiter().GetResult();
    }

    private static async Task<int> RunAsync(Dictionary<string, int> o)
    {
        if (await BenchHost.StartAsync("console") is not { } started) return 2;
        var store = started.Host.Services.GetRequiredService<IDocumentStore>();
        await using var host = started.Host;
        Console.WriteLine($"console: {o["--participants"]:N0} participants in {o["--groups"]} groups, {o["--cases"]:N0} cases, " +
                          $"{o["--facilitated"]} groups facilitated by {FacilitatorId}, {o["--requests"]} requests a page; " +
                          $"{Environment.ProcessorCount} cores, .NET {Environment.Version}, load average {LoadAverage()}");

        var clock = Stopwatch.StartNew();
        var (groups, events) = await ReportsBenchmark.Seed(store, o["--participants"], o["--groups"], o["--cases"], new Random(o["--seed"]));
        var facilitated = groups.Where((_, i) => i % Math.Max(1, groups.Count / o["--facilitated"]) == 0).Take(o["--facilitated"]).ToList();
        await using (var session = store.LightweightSession(Organisation))
        {
            foreach (var g in facilitated) session.Events.Append(g, new FacilitatorAssigned(g, FacilitatorId, "Bench Facilitator"));
            await session.SaveChangesAsync();
        }
        await host.ForceAllMartenDaemonActivityToCatchUpAsync(CancellationToken.None);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"seeded {events + facilitated.Count:N0} events and caught the async projections up in {clock.Elapsed.TotalSeconds:F1} s"));

        var targets = await TargetsAsync(store);
        // Every command and batch Marten sends from now on is counted: round trips per request, a query per row would show.
        var options = ((DocumentStore)store).Options;
        options.Logger(RoundTrips = new CountingLogger(options.Logger()));
        var tokens = host.Services.GetRequiredService<DevelopmentTokens>();
        var callers = new[]
        {
            new SignedIn("coordinator", await SignInAsync(host, CoordinatorId, Security.CoordinatorRole),
                Bearer(host, tokens.Issue(CoordinatorId, Organisation, Security.CoordinatorRole, TimeSpan.FromHours(2))),
                groups.Select(g => targets[g]).ToList()),
            new SignedIn("facilitator", await SignInAsync(host, FacilitatorId, Security.FacilitatorRole),
                Bearer(host, tokens.Issue(FacilitatorId, Organisation, Security.FacilitatorRole, TimeSpan.FromHours(2))),
                facilitated.Select(g => targets[g]).ToList()),
        };

        var routes = PageRoutes(host);
        var random = new Random(o["--seed"]);
        var rows = new List<string>();
        var verdicts = new List<string>();
        foreach (var page in Pages)
        {
            if (!routes.Contains(page.Route))
            {
                Console.WriteLine($"skipped {page.Route}: no such page in the assembly");
                continue;
            }
            foreach (var caller in callers.Where(c => c.Name == "coordinator" || page.Facilitators))
            {
                var probe = caller.Targets[0].Pick(random);
                var (status, _) = await GetAsync(caller.Cookie, page.Url(probe));
                if (status != HttpStatusCode.OK)
                {
                    Console.WriteLine($"skipped {page.Route} as {caller.Name}: {(int)status} for {page.Url(probe)}");
                    continue;
                }
                var row = await MeasureAsync(page, caller, o["--requests"], random);
                rows.Add(row.Markdown());
                verdicts.Add(row.Verdict());
            }
        }

        Console.WriteLine();
        Console.WriteLine("| page | as | requests | p50 ms | p99 ms | max ms | HTML KB median / max | gzip KB (largest) | API read beside it | API p50 ms | API p99 ms | page / API at p99 | DB round trips page / API | p99 <= 50 ms | < 100 KB |");
        Console.WriteLine("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: | --- | --- |");
        foreach (var row in rows) Console.WriteLine(row);
        Console.WriteLine();
        Console.WriteLine(await StyleSheetAsync(callers[0].Cookie));
        Console.WriteLine();
        foreach (var verdict in verdicts) Console.WriteLine(verdict);
        Console.WriteLine($"load average at the end: {LoadAverage()}");
        return rows.Count == 0 ? 1 : 0;
    }

    private static CountingLogger RoundTrips = null!;

    private sealed record SignedIn(string Name, HttpClient Cookie, HttpClient Api, List<GroupTargets> Targets);

    /// <summary>A group's ids to fill URLs with; each request picks one of its participants, pairings and cases.</summary>
    private sealed record GroupTargets(Guid Group, Guid[] Participants, Guid[] Pairings, Guid[] Cases, Guid[] Campaigns)
    {
        public Target Pick(Random random) => new(Group, One(Participants, random), One(Pairings, random), One(Cases, random), One(Campaigns, random));

        private static Guid One(Guid[] ids, Random random) => ids.Length == 0 ? Guid.Empty : ids[random.Next(ids.Length)];
    }

    private static async Task<Dictionary<Guid, GroupTargets>> TargetsAsync(IDocumentStore store)
    {
        await using var session = store.QuerySession(Organisation);
        var participants = (await session.Query<Participant>().Where(p => !p.HasLeft).ToListAsync()).ToLookup(p => p.GroupId, p => p.Id);
        var pairings = (await session.Query<Pairing>().ToListAsync()).ToLookup(p => p.GroupId, p => p.Id);
        var cases = (await session.Query<ProblemCase>().ToListAsync()).ToLookup(c => c.GroupId ?? Guid.Empty, c => c.Id);
        var campaigns = (await session.Query<Campaign>().ToListAsync()).ToLookup(c => c.GroupId, c => c.Id);
        return (await session.Query<Group>().ToListAsync()).ToDictionary(g => g.Id,
            g => new GroupTargets(g.Id, [.. participants[g.Id]], [.. pairings[g.Id]], [.. cases[g.Id]], [.. campaigns[g.Id]]));
    }

    private sealed record Row(Page Page, string As, int Requests, List<double> PageMs, List<long> Bytes, long GzipBytes, List<double> ApiMs,
        List<double>[] ApiPartMs, List<double> PageTrips, List<double> ApiTrips)
    {
        private double P99 => Percentiles.Of(PageMs, 99);
        private double MaxKb => Bytes.Max() / 1024.0;

        public string Markdown() => string.Create(CultureInfo.InvariantCulture,
            $"| `{Page.Route}` | {As} | {Requests} | {Percentiles.Median(PageMs):F1} | {P99:F1} | {PageMs.Max():F1} | " +
            $"{Percentiles.Median(Bytes.Select(b => (double)b).ToList()) / 1024:F1} / {MaxKb:F1} | {GzipBytes / 1024.0:F1} | " +
            $"{string.Join(" + ", Page.Api.Select(ApiRoute))} | {Percentiles.Median(ApiMs):F1} | {Percentiles.Of(ApiMs, 99):F1} | " +
            $"{P99 / Percentiles.Of(ApiMs, 99):F1} | {Percentiles.Median(PageTrips):F0} / {Percentiles.Median(ApiTrips):F0} | {(P99 <= TargetP99Ms ? "yes" : "NO")} | {(MaxKb < TargetKb ? "yes" : "NO")} |");

        public string Verdict() => string.Create(CultureInfo.InvariantCulture,
            $"{Page.Route} as {As}: p99 {P99:F1} ms {(P99 <= TargetP99Ms ? "<=" : ">")} 50 ms ({(P99 <= TargetP99Ms ? "met" : "NOT met")}), " +
            $"largest page {MaxKb:F1} KB {(MaxKb < TargetKb ? "<" : ">=")} 100 KB ({(MaxKb < TargetKb ? "met" : "NOT met")}){ApiParts()}");

        private string ApiParts() => Page.Api.Length < 2 ? "" : "; API p50 by route: " + string.Join(", ",
            Page.Api.Select((a, i) => string.Create(CultureInfo.InvariantCulture, $"{ApiRoute(a)} {Percentiles.Median(ApiPartMs[i]):F1} ms")));

        /// <summary>The API route as its template reads, for the table.</summary>
        private static string ApiRoute(Func<Target, string> url) =>
            "`" + Regex.Replace(url(new Target(Guid.Empty, Guid.Empty, Guid.Empty, Guid.Empty, Guid.Empty)), Guid.Empty.ToString(), "{id}") + "`";
    }

    /// <summary>
    /// Warm-up (the first request of a page compiles nothing, but loads its code and the first query plans), then the
    /// page and its API reads in turn, each on a target picked at random among the caller's groups.
    /// </summary>
    private static async Task<Row> MeasureAsync(Page page, SignedIn caller, int requests, Random random)
    {
        for (var i = 0; i < 5; i++)
        {
            var t = caller.Targets[random.Next(caller.Targets.Count)].Pick(random);
            await GetAsync(caller.Cookie, page.Url(t));
            foreach (var api in page.Api) await GetAsync(caller.Api, api(t));
        }
        var (pageMs, bytes, apiMs) = (new List<double>(), new List<long>(), new List<double>());
        var apiPartMs = page.Api.Select(_ => new List<double>()).ToArray();
        var (pageTrips, apiTrips) = (new List<double>(), new List<double>());
        byte[] largest = [];
        for (var i = 0; i < requests; i++)
        {
            var t = caller.Targets[random.Next(caller.Targets.Count)].Pick(random);
            var trips = RoundTrips.Count;
            var clock = Stopwatch.StartNew();
            var (status, body) = await GetAsync(caller.Cookie, page.Url(t));
            pageMs.Add(clock.Elapsed.TotalMilliseconds);
            pageTrips.Add(RoundTrips.Count - trips);
            trips = RoundTrips.Count;
            if (status != HttpStatusCode.OK) throw new InvalidOperationException($"{page.Url(t)} as {caller.Name}: {(int)status}");
            bytes.Add(body.Length);
            if (body.Length > largest.Length) largest = body;

            var total = 0.0;
            foreach (var (api, part) in page.Api.Zip(apiPartMs))
            {
                clock.Restart();
                var (apiStatus, _) = await GetAsync(caller.Api, api(t));
                part.Add(clock.Elapsed.TotalMilliseconds);
                total += part[^1];
                if (apiStatus != HttpStatusCode.OK) throw new InvalidOperationException($"{api(t)} as {caller.Name}: {(int)apiStatus}");
            }
            apiMs.Add(total);
            apiTrips.Add(RoundTrips.Count - trips);
        }
        if (htmlDirectory is not null)
            await File.WriteAllBytesAsync(Path.Combine(htmlDirectory, $"{Regex.Replace(page.Route.Trim('/'), "[^a-z]+", "-").Trim('-')}.{caller.Name}.html"), largest);
        return new Row(page, caller.Name, requests, pageMs, bytes, Gzipped(largest), apiMs, apiPartMs, pageTrips, apiTrips);
    }

    private static async Task<(HttpStatusCode Status, byte[] Body)> GetAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        return (response.StatusCode, await response.Content.ReadAsByteArrayAsync());
    }

    private static long Gzipped(byte[] body)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true)) gzip.Write(body);
        return buffer.Length;
    }

    /// <summary>The page routes the assembly has, parameters written {id}.</summary>
    private static HashSet<string> PageRoutes(IAlbaHost host) =>
        host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null)
            .Select(e => "/" + Regex.Replace(e.RoutePattern.RawText ?? "", @"\{[^}]*\}", "{id}").TrimEnd('/'))
            .ToHashSet();

    /// <summary>Signed in through the development sign-in page, as a person would: its antiforgery token, then the cookie kept.</summary>
    private static async Task<HttpClient> SignInAsync(IAlbaHost host, string userId, string role)
    {
        var client = new HttpClient(new Cookies(host.Server.CreateHandler())) { BaseAddress = new Uri("http://localhost") };
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");
        var (_, form) = await GetAsync(client, "/console/sign-in");
        var token = Regex.Match(System.Text.Encoding.UTF8.GetString(form), "name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"");
        if (!token.Success) throw new InvalidOperationException("/console/sign-in has no antiforgery token.");
        using var signedIn = await client.PostAsync("/console/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["userId"] = userId, ["organisationId"] = Organisation, ["role"] = role, ["__RequestVerificationToken"] = token.Groups[1].Value,
        }));
        if (signedIn.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException($"signing in as {userId}: {(int)signedIn.StatusCode}");
        return client;
    }

    private static HttpClient Bearer(IAlbaHost host, string token)
    {
        var client = host.Server.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>The style sheet every page links to, once: served, or else its file's size.</summary>
    private static async Task<string> StyleSheetAsync(HttpClient client)
    {
        var (status, body) = await GetAsync(client, "/console/console.css");
        if (status == HttpStatusCode.OK)
            return string.Create(CultureInfo.InvariantCulture,
                $"/console/console.css (served once, cached by the browser): {body.Length / 1024.0:F1} KB, gzip {Gzipped(body) / 1024.0:F1} KB");
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (new FileInfo(Path.Combine(dir.FullName, "src/Api/wwwroot/console/console.css")) is { Exists: true } file)
                return string.Create(CultureInfo.InvariantCulture,
                    $"/console/console.css answered {(int)status} in the bench host; its file: {file.Length / 1024.0:F1} KB");
        return $"/console/console.css answered {(int)status} and its file was not found";
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    /// <summary>The application's Marten logger, with a count of the commands and batches sent (each one round trip).</summary>
    private sealed class CountingLogger(IMartenLogger inner) : IMartenLogger
    {
        private long count;

        public long Count => Interlocked.Read(ref count);

        public IMartenSessionLogger StartSession(IQuerySession session) => new Session(this, inner.StartSession(session));

        public void SchemaChange(string sql) => inner.SchemaChange(sql);

        public void Sent() => Interlocked.Increment(ref count);

        private sealed class Session(CountingLogger counter, IMartenSessionLogger inner) : IMartenSessionLogger
        {
            public void LogSuccess(NpgsqlCommand command) => inner.LogSuccess(command);

            public void LogSuccess(NpgsqlBatch batch) => inner.LogSuccess(batch);

            public void LogFailure(NpgsqlCommand command, Exception ex) => inner.LogFailure(command, ex);

            public void LogFailure(NpgsqlBatch batch, Exception ex) => inner.LogFailure(batch, ex);

            public void LogFailure(Exception ex, string message) => inner.LogFailure(ex, message);

            public void RecordSavedChanges(IDocumentSession session, IChangeSet commit) => inner.RecordSavedChanges(session, commit);

            public void OnBeforeExecute(NpgsqlCommand command)
            {
                counter.Sent();
                inner.OnBeforeExecute(command);
            }

            public void OnBeforeExecute(NpgsqlBatch batch)
            {
                counter.Sent();
                inner.OnBeforeExecute(batch);
            }
        }
    }

    /// <summary>A browser's cookie jar in front of the test server's handler (as tests/Api.Tests/Console/ConsoleClient.cs).</summary>
    private sealed class Cookies(HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        private readonly CookieContainer jar = new();

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var uri = request.RequestUri!;
            if (jar.GetCookieHeader(uri) is { Length: > 0 } cookies) request.Headers.Add("Cookie", cookies);
            var response = await base.SendAsync(request, cancellationToken);
            if (response.Headers.TryGetValues("Set-Cookie", out var set))
                foreach (var cookie in set) jar.SetCookies(uri, cookie);
            return response;
        }
    }
}
