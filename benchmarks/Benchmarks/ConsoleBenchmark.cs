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
/// cases and campaigns), in-process through the test server. The pages are found as a person finds them: from /console,
/// by following every link to a console page (as tests/Api.Tests/Console/Browser/EveryPageTests does, over HTTP without
/// a browser), as a coordinator and as a facilitator; each kind of page (its address with ids and query values taken
/// out) is then requested many times over the addresses found for it (p50, p99, max, the HTML's weight), and beside it
/// what bounds it, requested in turn with the page so that both see the same load: the API's JSON route reading the
/// same data when there is one, else /health/live (a request that reads nothing).
/// Issue 13's and 23's targets: p99 &lt;= 50 ms and a page of at most 100 KB. A participant's own space (issue 24,
/// docs/adr/0027) is crawled the same way from /console/me, signed in as one of the organisation's participants, and its
/// sign-in page as anyone: p99 &lt;= 50 ms and at most 30 KB as sent compressed (gzip).
/// </summary>
internal static partial class ConsoleBenchmark
{
    private const string Usage = "[--participants 5000] [--groups 200] [--cases 5000] [--requests 200] [--facilitated 20] [--seed 1] [--html DIR]";
    public const string Summary = "every console page kind reached by links (HTML, cookie) beside what bounds it " + Usage;
    private const string Organisation = ReportsBenchmark.Organisation;
    private const string CoordinatorId = "bench-coordinator", FacilitatorId = "bench-facilitator";
    private const double TargetP99Ms = 50, TargetKb = 100, ParticipantTargetKb = LivingLibrary.Api.ConsolePages.EasyToRead.MaxPageBytes / 1024.0;

    /// <summary>Pages of a kind visited to find more addresses of the kinds they link to, and addresses kept a kind.</summary>
    private const int VisitsPerKind = 4, AddressesPerKind = 60;

    /// <summary>
    /// The API's JSON routes that read what a page shows, by the page's path with its ids as {id} (filled in order from the
    /// page's address); a page kind not listed is put beside /health/live.
    /// </summary>
    private static readonly Dictionary<string, string[]> ApiReads = new()
    {
        ["/console"] = ["/api/groups"],
        ["/console/groups/{id}"] = ["/api/groups/{id}/participants"],
        ["/console/groups/{id}/intake"] = ["/api/groups/{id}/participants", "/api/tasks"],
        ["/console/groups/{id}/library"] = ["/api/groups/{id}/catalogue", "/api/groups/{id}/skill-map"],
        ["/console/groups/{id}/pairings"] = ["/api/groups/{id}/pairings", "/api/groups/{id}/unmatched-needs"],
        ["/console/participants/{id}"] = ["/api/participants/{id}", "/api/participants/{id}/pairings"],
        ["/console/pairings/{id}"] = ["/api/pairings/{id}"],
        ["/console/groups/{id}/cases"] = ["/api/groups/{id}/cases"],
        ["/console/cases/{id}"] = ["/api/cases/{id}"],
        ["/console/knowledge"] = ["/api/knowledge"],
        ["/console/desks"] = ["/api/desks"],
        ["/console/groups/{id}/campaigns"] = ["/api/groups/{id}/campaigns"],
        ["/console/campaigns/{id}"] = ["/api/campaigns/{id}", "/api/campaigns/{id}/results"],
        ["/console/campaigns/{id}/paper"] = ["/api/campaigns/{id}"],
        ["/console/groups/{id}/progress"] = ["/api/groups/{id}/progress"],
        ["/console/organisation"] = ["/api/groups", "/api/pairings/stats"],
        ["/console/observatory"] = ["/api/observatory"],
    };

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
            ["--participants"] = 5_000, ["--groups"] = 200, ["--cases"] = 5_000, ["--requests"] = 200, ["--facilitated"] = 20, ["--seed"] = 1,
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
                          $"{o["--facilitated"]} groups facilitated by {FacilitatorId}, {o["--requests"]} requests a page kind; " +
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

        // Every command and batch Marten sends from now on is counted: round trips per request, a query per row would show.
        var options = ((DocumentStore)store).Options;
        options.Logger(RoundTrips = new CountingLogger(options.Logger()));
        var tokens = host.Services.GetRequiredService<DevelopmentTokens>();
        Guid participant;
        await using (var session = store.QuerySession(Organisation))
            participant = (await session.Query<Participant>().Where(p => p.GroupId == facilitated[0]).OrderBy(p => p.Id).FirstAsync()).Id;
        var callers = new[]
        {
            new SignedIn("coordinator", await SignInAsync(host, CoordinatorId, Security.CoordinatorRole),
                Bearer(host, tokens.Issue(CoordinatorId, Organisation, Security.CoordinatorRole, TimeSpan.FromHours(2)))),
            new SignedIn("facilitator", await SignInAsync(host, FacilitatorId, Security.FacilitatorRole),
                Bearer(host, tokens.Issue(FacilitatorId, Organisation, Security.FacilitatorRole, TimeSpan.FromHours(2)))),
            // The participants' pages are measured as an old phone receives them: compressed.
            new SignedIn("participant", await SignInParticipantAsync(host, participant), Bearer(host, tokens.Issue(
                LivingLibrary.Domain.Caller.ParticipantUser(participant), Organisation, Security.ParticipantRole, TimeSpan.FromHours(2))),
                Start: "/console/me", TargetKb: ParticipantTargetKb),
            new SignedIn("anyone", Compressed(new HttpClient(new Cookies(host.Server.CreateHandler())) { BaseAddress = new Uri("http://localhost") }),
                host.Server.CreateClient(), Start: "/console/me/sign-in", TargetKb: ParticipantTargetKb),
        };

        var random = new Random(o["--seed"]);
        var rows = new List<Row>();
        foreach (var caller in callers)
        {
            clock.Restart();
            var (kinds, skipped) = await CrawlAsync(caller);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"as {caller.Name}: {kinds.Count} page kinds reached by links in {clock.Elapsed.TotalSeconds:F1} s"));
            foreach (var line in skipped) Console.WriteLine($"  not a page: {line}");
            foreach (var (kind, addresses) in kinds) rows.Add(await MeasureAsync(kind, addresses, caller, o["--requests"], random));
        }

        Console.WriteLine();
        Console.WriteLine("| page kind | as | addresses | p50 ms | p99 ms | max ms | KB median / max | DB round trips | bounded by | its p50 ms | its p99 ms | p99 <= 50 ms | KB <= target |");
        Console.WriteLine("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | --- | --- |");
        foreach (var row in rows) Console.WriteLine(row.Markdown());
        Console.WriteLine();
        Console.WriteLine(await StyleSheetAsync(callers[0].Cookie));
        Console.WriteLine();
        var missed = rows.Where(r => !r.Met).ToList();
        Console.WriteLine(missed.Count == 0 ? "every page kind meets both targets" : $"{missed.Count} page kind(s) miss a target:");
        foreach (var row in missed) Console.WriteLine($"  {row.Verdict()}");
        Console.WriteLine($"load average at the end: {LoadAverage()}");
        return rows.Count == 0 ? 1 : 0;
    }

    private static CountingLogger RoundTrips = null!;

    /// <param name="Start">Where the crawl starts.</param>
    /// <param name="TargetKb">The most a page may weigh as received (compressed when the client asks for it).</param>
    private sealed record SignedIn(string Name, HttpClient Cookie, HttpClient Api, string Start = "/console", double TargetKb = TargetKb);

    /// <summary>
    /// From /console, every link to a console page, breadth first: a few pages of each kind are opened (to find the
    /// addresses of the kinds they link to in several groups), and up to <see cref="AddressesPerKind"/> addresses of each
    /// kind are kept. Downloads and the sign-in and language links are not pages.
    /// </summary>
    private static async Task<(SortedDictionary<string, List<string>> Kinds, List<string> Skipped)> CrawlAsync(SignedIn caller)
    {
        var kinds = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        var visits = new Dictionary<string, int>();
        var skipped = new List<string>();
        var queue = new Queue<string>([caller.Start]);
        var seen = new HashSet<string> { caller.Start };
        kinds[KindOf(caller.Start)] = [caller.Start];
        while (queue.TryDequeue(out var path))
        {
            var kind = KindOf(path);
            using var response = await caller.Cookie.GetAsync(path);
            var body = await Text(response);
            if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                kinds[kind].Remove(path);
                if (kinds[kind].Count == 0) kinds.Remove(kind);
                skipped.Add($"{path}: {(int)response.StatusCode} {response.Content.Headers.ContentType?.MediaType}");
                continue;
            }
            foreach (Match link in Links().Matches(body))
            {
                var next = WebUtility.HtmlDecode(link.Groups[1].Value).Split('#')[0];
                if (next.Contains("language=") || next.Contains("sign-in") || next.Contains("format=") || !seen.Add(next)) continue;
                var nextKind = KindOf(next);
                var addresses = kinds.TryGetValue(nextKind, out var known) ? known : kinds[nextKind] = [];
                if (addresses.Count >= AddressesPerKind) continue;
                addresses.Add(next);
                if (visits.GetValueOrDefault(nextKind) < VisitsPerKind)
                {
                    visits[nextKind] = visits.GetValueOrDefault(nextKind) + 1;
                    queue.Enqueue(next);
                }
            }
        }
        return (kinds, skipped);
    }

    /// <summary>A page's kind: its address with ids, days and query values taken out (as EveryPageTests names them).</summary>
    private static string KindOf(string path) => Values().Replace(Days().Replace(Ids().Replace(path, "{id}"), "{day}"), "=");

    private sealed record Row(string Kind, string As, int Addresses, List<double> PageMs, List<long> Bytes, List<double> Trips, string Bound,
        List<double> BoundMs, double TargetKb, bool Gzip)
    {
        private double P99 => Percentiles.Of(PageMs, 99);
        private double MaxKb => Bytes.Max() / 1024.0;
        public bool Met => P99 <= TargetP99Ms && MaxKb <= TargetKb;

        public string Markdown() => string.Create(CultureInfo.InvariantCulture,
            $"| `{Kind}` | {As} | {Addresses} | {Percentiles.Median(PageMs):F1} | {P99:F1} | {PageMs.Max():F1} | " +
            $"{Percentiles.Median(Bytes.Select(b => (double)b).ToList()) / 1024:F1} / {MaxKb:F1} | {Percentiles.Median(Trips):F0} | {Bound} | " +
            $"{Percentiles.Median(BoundMs):F1} | {Percentiles.Of(BoundMs, 99):F1} | {(P99 <= TargetP99Ms ? "yes" : "NO")} | {(MaxKb <= TargetKb ? "yes" : "NO")} ({TargetKb:F0}{(Gzip ? " gzip" : "")}) |");

        public string Verdict() => string.Create(CultureInfo.InvariantCulture,
            $"{Kind} as {As}: p99 {P99:F1} ms (target 50), largest {MaxKb:F1} KB{(Gzip ? " gzip" : "")} (target {TargetKb:F0}); {Bound} p99 {Percentiles.Of(BoundMs, 99):F1} ms");
    }

    /// <summary>
    /// Warm-up, then the page and what bounds it in turn, each time at one of the kind's addresses at random: the API's
    /// routes for the same ids (their times added), or /health/live.
    /// </summary>
    private static async Task<Row> MeasureAsync(string kind, List<string> addresses, SignedIn caller, int requests, Random random)
    {
        var path = kind.Split('?')[0];
        var api = ApiReads.GetValueOrDefault(path);
        string[] BoundOf(string address)
        {
            if (api is null) return ["/health/live"];
            var ids = Ids().Matches(address).Select(m => m.Value).ToList();
            return [.. api.Select(route => { var i = 0; return Regex.Replace(route, @"\{id\}", _ => ids[Math.Min(i++, ids.Count - 1)]); })];
        }
        for (var i = 0; i < 5; i++)
        {
            var address = addresses[random.Next(addresses.Count)];
            await GetAsync(caller.Cookie, address);
            foreach (var bound in BoundOf(address)) await GetAsync(caller.Api, bound);
        }
        var (pageMs, bytes, trips, boundMs) = (new List<double>(), new List<long>(), new List<double>(), new List<double>());
        byte[] largest = [];
        for (var i = 0; i < requests; i++)
        {
            var address = addresses[random.Next(addresses.Count)];
            var before = RoundTrips.Count;
            var clock = Stopwatch.StartNew();
            var (status, body) = await GetAsync(caller.Cookie, address);
            pageMs.Add(clock.Elapsed.TotalMilliseconds);
            trips.Add(RoundTrips.Count - before);
            if (status != HttpStatusCode.OK) throw new InvalidOperationException($"{address} as {caller.Name}: {(int)status}");
            bytes.Add(body.Length);
            if (body.Length > largest.Length) largest = body;
            clock.Restart();
            foreach (var bound in BoundOf(address))
                if ((await GetAsync(caller.Api, bound)).Status != HttpStatusCode.OK) throw new InvalidOperationException($"{bound} as {caller.Name}");
            boundMs.Add(clock.Elapsed.TotalMilliseconds);
        }
        if (htmlDirectory is not null)
            await File.WriteAllBytesAsync(Path.Combine(htmlDirectory, $"{Regex.Replace(kind.Trim('/'), "[^a-z]+", "-").Trim('-')}.{caller.Name}.html"), largest);
        var boundName = api is null ? "`/health/live`" : string.Join(" + ", api.Select(a => $"`{a}`"));
        return new Row(kind, caller.Name, addresses.Count, pageMs, bytes, trips, boundName, boundMs, caller.TargetKb,
            caller.Cookie.DefaultRequestHeaders.AcceptEncoding.Count > 0);
    }

    [GeneratedRegex("<a [^>]*href=\"(/console[^\"]*)\"")]
    private static partial Regex Links();

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    private static partial Regex Ids();

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}")]
    private static partial Regex Days();

    [GeneratedRegex("=[^&]*")]
    private static partial Regex Values();

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

    /// <summary>A participant signed in through their space's development sign-in page, asking for compressed answers as a browser does.</summary>
    private static async Task<HttpClient> SignInParticipantAsync(IAlbaHost host, Guid participant)
    {
        var client = Compressed(new HttpClient(new Cookies(host.Server.CreateHandler())) { BaseAddress = new Uri("http://localhost") });
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");
        using var form = await client.GetAsync("/console/me/sign-in");
        var token = Regex.Match(await Text(form), "name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"");
        if (!token.Success) throw new InvalidOperationException("/console/me/sign-in has no antiforgery token.");
        using var signedIn = await client.PostAsync("/console/me/sign-in?handler=Development", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["participantId"] = participant.ToString(), ["organisationId"] = Organisation, ["ownDevice"] = "true", ["__RequestVerificationToken"] = token.Groups[1].Value,
        }));
        if (signedIn.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException($"signing in as a participant: {(int)signedIn.StatusCode}");
        return client;
    }

    private static HttpClient Compressed(HttpClient client)
    {
        client.DefaultRequestHeaders.AcceptEncoding.ParseAdd("gzip");
        return client;
    }

    /// <summary>An answer's text, unzipped when it came compressed (its bytes as sent are what the table weighs).</summary>
    private static async Task<string> Text(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStreamAsync();
        if (response.Content.Headers.ContentEncoding.Contains("gzip")) body = new GZipStream(body, CompressionMode.Decompress);
        using var reader = new StreamReader(body);
        return await reader.ReadToEndAsync();
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
