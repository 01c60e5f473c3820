using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using LivingLibrary.Api.ConsolePages;
using LivingLibrary.Api.Platform;
using LivingLibrary.Domain;
using LivingLibrary.Api.Tests.Privacy;
using LivingLibrary.Api.Tests.Support;

namespace LivingLibrary.Api.Tests.Console;

/// <summary>
/// Every console page a coordinator and a facilitator can reach by following links from their groups (a scene with a
/// case, a pairing, a campaign, loans and a visitor), and every form on them posted with hostile values: nothing may
/// answer 500 or show how the code is built. Pages added later are reached the same way, by their links.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed partial class HostileFormsTests(ApiFixture fixture) : ApiTest(fixture)
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
                foreach (var (action, token, names) in FormsOn(url, page))
                {
                    forms++;
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

    /// <summary>
    /// Every form a coordinator can reach that posts one of the domain's choices (a list or radio buttons whose values
    /// are an enum's names), posted as shown but for that choice, sent as a value no list has: the page answers 400
    /// with the same words beside that field ("choose a value from the list", not "required"), and records nothing.
    /// </summary>
    [Fact]
    public async Task A_posted_choice_that_is_none_of_the_list_is_refused_one_way_on_every_page_that_reads_one()
    {
        await PrivacyScene.SetUp(Host, Coordinator());
        var client = await ConsoleClient.SignInAsync(Host, "coordinator-1", OrgA, Security.CoordinatorRole);
        var problems = new List<string>();
        var read = new List<string>();
        var tried = new HashSet<string>();
        foreach (var (url, page) in await CrawlAsync(client, problems))
        {
            var forms = page.Document.QuerySelectorAll("form[method=post]").ToList();
            for (var f = 0; f < forms.Count; f++)
            foreach (var (field, choice) in DomainChoices(forms[f]).Where(c => tried.Add(OneOfMany().Replace(url, "*") + f + c.Field)))
            {
                var form = (await client.GetAsync(url)).Document.QuerySelectorAll("form[method=post]")[f];
                var action = form.GetAttribute("action") is { Length: > 0 } a ? WebUtility.HtmlDecode(a) : url;
                var before = await EventCount();
                var answer = await client.PostAsync(action, [.. AsShown(form).Where(x => x.Name != field), (field, "noSuchChoice")]);
                read.Add($"{action} {field} ({choice.Name})");
                if (answer.Status != HttpStatusCode.BadRequest || answer.ErrorOf(field) != Localisation.TestCatalogue.SayBeside(Says.NotAChoice([]), "en") || await EventCount() != before)
                    problems.Add($"{action} {field}: {(int)answer.Status}, \"{answer.ErrorOf(field)}\"");
            }
        }

        problems.ShouldBeEmpty(string.Join(Environment.NewLine, problems));
        read.Select(r => r.Split(' ')[1]).Distinct().Count().ShouldBeGreaterThanOrEqualTo(8, string.Join(Environment.NewLine, read));
    }

    /// <summary>What makes one page of a kind another of the same kind (a desk's sessions, one a week): ids and days.</summary>
    [GeneratedRegex(@"[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}|\d{4}-\d{2}-\d{2}")]
    private static partial Regex OneOfMany();

    /// <summary>The fields of a form that offer one of the domain's enums: their values are exactly its names.</summary>
    private static IEnumerable<(string Field, Type Choice)> DomainChoices(IElement form)
    {
        var enums = typeof(Choices).Assembly.GetTypes().Where(t => t.IsEnum).ToList();
        var lists = form.QuerySelectorAll("select[name]").Select(s => (Name: s.GetAttribute("name")!, Values: s.QuerySelectorAll("option").Select(o => o.GetAttribute("value")!)))
            .Concat(form.QuerySelectorAll("input[type=radio][name]").GroupBy(r => r.GetAttribute("name")!).Select(g => (Name: g.Key, Values: g.Select(r => r.GetAttribute("value")!))));
        foreach (var (name, values) in lists)
        {
            var offered = values.Where(v => v.Length > 0).ToHashSet();
            if (enums.FirstOrDefault(e => Choices.NamesOf(e).ToHashSet().SetEquals(offered)) is { } choice) yield return (name, choice);
        }
    }

    /// <summary>What a form sends as it is shown: typed values, the options selected, the boxes checked.</summary>
    private static IEnumerable<(string Name, string Value)> AsShown(IElement form) =>
        form.QuerySelectorAll("[name]").SelectMany<IElement, (string, string)>(e => e switch
        {
            _ when e.LocalName == "select" => [(e.GetAttribute("name")!, (e.QuerySelector("option[selected]") ?? e.QuerySelector("option"))?.GetAttribute("value") ?? "")],
            _ when e.LocalName == "textarea" => [(e.GetAttribute("name")!, e.TextContent)],
            _ when e.LocalName == "input" && e.GetAttribute("type") is "radio" or "checkbox" => e.HasAttribute("checked") ? [(e.GetAttribute("name")!, e.GetAttribute("value") ?? "on")] : [],
            _ when e.LocalName == "input" => [(e.GetAttribute("name")!, e.GetAttribute("value") ?? "")],
            _ => [],
        });

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
    internal static async Task<List<(string Url, ConsoleAnswer Page)>> CrawlAsync(ConsoleClient client, List<string> problems)
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

    /// <summary>The page's forms (but signing out): where each posts, its antiforgery token and its fields' names.</summary>
    internal static IEnumerable<(string Action, string Token, List<string> Names)> FormsOn(string url, ConsoleAnswer page) =>
        page.Document.QuerySelectorAll("form[method=post]").Where(f => !(f.GetAttribute("action") ?? "").Contains("SignOut")).Select(form => (
            form.GetAttribute("action") is { Length: > 0 } a ? WebUtility.HtmlDecode(a) : url,
            form.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value") ?? "",
            form.QuerySelectorAll("input[name], select[name], textarea[name]").Select(e => e.GetAttribute("name")!)
                .Where(n => n != "__RequestVerificationToken").Distinct().ToList()));

    private static string Short(string value) => value.Length > 20 ? value[..20] + "…" : value;
}
