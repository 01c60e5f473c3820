using System.Net;
using System.Text.RegularExpressions;
using LivingLibrary.Api.ConsolePages;
using LivingLibrary.Api.ConsolePages.Pages.Me;
using LivingLibrary.Api.Tests.Console;

namespace LivingLibrary.Api.Tests.Me;

/// <summary>
/// Every page of a participant's own space, found as the participant finds them: from their home (/console/me), by
/// following every link that stays in their space. A page added later is checked as soon as a link leads to it.
/// </summary>
public static partial class ParticipantPages
{
    /// <summary>The fewest page kinds a crawl must reach: the home and each of its actions.</summary>
    public static int Fewest => 1 + IndexModel.Actions.Count;

    public sealed record Page(string Kind, string Path, ConsoleAnswer Answer);

    /// <summary>
    /// One page of each kind (its address with ids, days and query values taken out) reachable from the home, and what went
    /// wrong on the way: an address that does not answer 200.
    /// </summary>
    public static async Task<(IReadOnlyList<Page> Pages, IReadOnlyList<string> Wrong)> CrawlAsync(ConsoleClient me)
    {
        var pages = new List<Page>();
        var wrong = new List<string>();
        var queue = new Queue<string>([MePage.Home]);
        var kinds = new HashSet<string> { KindOf(MePage.Home) };
        while (queue.TryDequeue(out var path))
        {
            var answer = await me.GetAsync(path);
            if (answer.Status != HttpStatusCode.OK)
            {
                wrong.Add($"{path} answers {(int)answer.Status}");
                continue;
            }
            pages.Add(new Page(KindOf(path), path, answer));
            foreach (var href in answer.Document.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!))
                if (IsPage(href) && kinds.Add(KindOf(href))) queue.Enqueue(href.Split('#')[0]);
        }
        return (pages, wrong);
    }

    /// <summary>A link to another page of the space: not a language, the way out, or a download.</summary>
    public static bool IsPage(string href) =>
        href.StartsWith(MePage.Home, StringComparison.Ordinal) && !href.Contains("language=") && !href.Contains("sign-in") && !href.Contains("format=");

    /// <summary>A page's kind: its address with ids, days and query values taken out (as the console's EveryPageTests).</summary>
    public static string KindOf(string path) => Values().Replace(Days().Replace(Ids().Replace(path.Split('#')[0], "{id}"), "{day}"), "=");

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    private static partial Regex Ids();

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}")]
    private static partial Regex Days();

    [GeneratedRegex("=[^&]*")]
    private static partial Regex Values();
}
