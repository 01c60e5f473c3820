using System.Net;
using AngleSharp.Dom;
using LivingLibrary.Api.Platform;
using LivingLibrary.Api.Tests.Privacy;
using LivingLibrary.Api.Tests.Support;

namespace LivingLibrary.Api.Tests.Console;

/// <summary>
/// Every console page a coordinator and a facilitator can reach by following links from their groups (a scene with a
/// case, a pairing, a campaign, loans and a visitor), and every form on them posted with hostile values: nothing may
/// answer 500 or show how the code is built. Pages added later are reached the same way, by their links.
/// </summary>
public sealed class HostileFormsTests(ApiFixture fixture) : ApiTest(fixture)
{
    private const int PagesMax = 120;

    private static readonly string[] Hostile =
    [
        "", " ", new string('é', 5000), "\u0000<script>alert(1)</script>", "-1e309", "99999999999999999999", "9999-99-99", "2026-02-30",
        "00000000-0000-0000-0000-000000000000", "null", "{\"a\":1}", "../../etc/passwd", "%00", "‮", "0", "-1",
    ];

    [Fact]
    public async Task No_page_and_no_form_answers_500_whatever_is_posted()
    {
        var scene = await PrivacyScene.SetUp(Host, Coordinator());
        var problems = new List<string>();
        var forms = 0;
        var pages = new HashSet<string>();
        foreach (var client in new[]
                 {
                     await ConsoleClient.SignInAsync(Host, "coordinator-1", OrgA, Security.CoordinatorRole),
                     await ConsoleClient.SignInAsync(Host, "facilitator-1", OrgA, Security.FacilitatorRole),
                 })
        {
            foreach (var (url, page) in await CrawlAsync(client, problems))
            {
                pages.Add(url);
                foreach (var form in page.Document.QuerySelectorAll("form[method=post]").Where(f => !(f.GetAttribute("action") ?? "").Contains("SignOut")))
                {
                    forms++;
                    var action = form.GetAttribute("action") is { Length: > 0 } a ? WebUtility.HtmlDecode(a) : url;
                    var token = form.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value") ?? "";
                    var names = form.QuerySelectorAll("input[name], select[name], textarea[name]").Select(e => e.GetAttribute("name")!)
                        .Where(n => n != "__RequestVerificationToken").Distinct().ToList();
                    var variants = new List<(string, string)[]> { Array.Empty<(string, string)>() };
                    variants.AddRange(Hostile.Select(value => names.Select(n => (n, value)).ToArray()));
                    variants.Add([.. names.SelectMany(n => new[] { (n, "1"), (n, "2"), (n, "x") })]);
                    foreach (var fields in variants)
                    {
                        var answer = await client.PostAsync(action, [.. fields, ("__RequestVerificationToken", token)]);
                        if ((int)answer.Status >= 500 || answer.Html.Contains("Exception") || answer.Html.Contains("   at "))
                            problems.Add($"POST {action} [{string.Join(", ", fields.Select(f => $"{f.Item1}={Short(f.Item2)}"))}]: {(int)answer.Status}");
                    }
                }
            }
        }

        pages.Count.ShouldBeGreaterThanOrEqualTo(12, string.Join(", ", pages));
        forms.ShouldBeGreaterThanOrEqualTo(3);
        problems.ShouldBeEmpty(string.Join(Environment.NewLine, problems.Take(20)));
    }

    [Fact]
    public async Task A_page_with_a_malformed_or_unknown_id_is_404_not_500()
    {
        var client = await ConsoleClient.SignInAsync(Host, "coordinator-1", OrgA, Security.CoordinatorRole);
        foreach (var url in new[]
                 {
                     $"/console/groups/{Guid.NewGuid()}", $"/console/groups/{Guid.NewGuid()}/intake", "/console/groups/not-a-guid",
$"/console/groups/{Guid.NewGuid()}/intake?tasks=%00&tasks=" + new string('x', 3000),
                 })
            ((int)(await client.GetAsync(url)).Status).ShouldBe(404, url);
    }

    /// <summary>The pages reachable from /console by links, each answered 200 (a 500 on the way is a problem).</summary>
    private static async Task<List<(string Url, ConsoleAnswer Page)>> CrawlAsync(ConsoleClient client, List<string> problems)
    {
        var seen = new HashSet<string> { "/console" };
        var queue = new Queue<string>(["/console"]);
        var pages = new List<(string, ConsoleAnswer)>();
        while (queue.TryDequeue(out var url) && pages.Count < PagesMax)
        {
            var answer = await client.GetAsync(url);
            if ((int)answer.Status >= 500) problems.Add($"GET {url}: {(int)answer.Status}");
            if (answer.Status != HttpStatusCode.OK) continue;
            pages.Add((url, answer));
            foreach (var link in answer.Document.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!))
            {
                if (!link.StartsWith("/console", StringComparison.Ordinal) || link.Contains("language=") || link.Contains("sign-in")) continue;
                var path = link.Split('#')[0];
                if (seen.Add(path)) queue.Enqueue(path);
            }
        }
        return pages;
    }

    private static string Short(string value) => value.Length > 20 ? value[..20] + "…" : value;
}
