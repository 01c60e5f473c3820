using System.Text.RegularExpressions;
using LivingLibrary.Api.Demo;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace LivingLibrary.Api.Tests.Console.Browser;

/// <summary>
/// Every kind of console page, reached as a person reaches it (by links from their groups) on the demo's data, for a
/// coordinator and a facilitator: no serious or critical axe-core violation at 1280 or 360 px, nothing wider than a
/// 360 px screen, every table's header and first column sticky (or the list shown as cards), a screenshot of each at both widths. A page added later is checked as soon as a link leads to it.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class EveryPageTests(BrowserFixture fixture) : IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        await fixture.ResetAsync();
        await DemoData.LoadAsync(fixture.Services.GetRequiredService<IDocumentStore>());
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public void Every_page_passes_axe_and_fits_a_phone()
    {
        using var browser = new Browser(fixture.Address);
        var findings = new List<string>();
        var kinds = new HashSet<string>();
        foreach (var (user, where, role) in new[]
                 {
                     (DemoData.CoordinatorId, DemoData.Organisation, "coordinator"), (DemoData.FacilitatorId, DemoData.Organisation, "facilitator"),
                     (DemoCases.DeskWorkerId, DemoData.Organisation, "facilitator"), (DemoNetwork.NetworkCoordinatorId, DemoNetwork.NetworkId.ToString(), "networkCoordinator"),
                 })
        {
            browser.SignIn(user, where, role);
            var queue = new Queue<string>(["/console?language=en"]);
            var seen = new HashSet<string>();
            while (queue.TryDequeue(out var path))
            {
                browser.Go(path);
                var kind = $"{user} {KindOf(browser.Path)}";
                if (!kinds.Add(kind)) continue;
                foreach (var violation in browser.Violations()) findings.Add($"{kind} ({browser.Path}, 1280 px): {violation}");
                foreach (var table in browser.UnstickyTables()) findings.Add($"{kind} ({browser.Path}, 1280 px): a table's header or first column scrolls away: {table}");
                var name = $"page-{user}-{Slug().Replace(KindOf(browser.Path), "-").Trim('-')}";
                if (browser.Screenshots(name) is > 0 and var overflow) findings.Add($"{kind} ({browser.Path}): {overflow} px wider than a 360 px screen: {browser.Wider}");
                browser.Resize(360);
                foreach (var violation in browser.Violations()) findings.Add($"{kind} ({browser.Path}, 360 px): {violation}");
                foreach (var table in browser.UnstickyTables()) findings.Add($"{kind} ({browser.Path}, 360 px): a table's header or first column scrolls away: {table}");
                browser.Resize(1280);
                foreach (var link in browser.FindAll("main a[href^='/console'], header a[href^='/console']").Select(a => a.GetAttribute("href")!))
                {
                    var next = new Uri(link).PathAndQuery.Split('#')[0];
                    // Downloads (the report's CSV and JSON) are not pages.
                    if (next.Contains("language=") || next.Contains("sign-in") || next.Contains("format=csv") || next.Contains("format=json")) continue;
                    if (seen.Add(KindOf(next))) queue.Enqueue(next);
                }
            }
        }

        kinds.Count.ShouldBeGreaterThanOrEqualTo(20, string.Join(", ", kinds.Order()));
        kinds.Count(k => k.StartsWith($"{DemoNetwork.NetworkCoordinatorId} /console/networks/")).ShouldBeGreaterThanOrEqualTo(4, string.Join(", ", kinds.Order()));
        kinds.ShouldContain($"{DemoCases.DeskWorkerId} /console/desks/{{id}}/sessions/{{day}}", string.Join(", ", kinds.Order()));
        findings.ShouldBeEmpty(string.Join(Environment.NewLine, findings));
    }

    /// <summary>A page's kind: its address with ids, days and query values taken out.</summary>
    private static string KindOf(string path) =>
        Values().Replace(Days().Replace(Ids().Replace(path.Split('#')[0], "{id}"), "{day}"), "=");

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    private static partial Regex Ids();

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}")]
    private static partial Regex Days();

    [GeneratedRegex("=[^&]*")]
    private static partial Regex Values();

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex Slug();
}
