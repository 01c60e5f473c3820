using LivingLibrary.Api.ConsolePages;
using LivingLibrary.Api.ConsolePages.Pages.Me;
using LivingLibrary.Api.Demo;
using LivingLibrary.Api.Localisation;
using LivingLibrary.Api.Tests.Me;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace LivingLibrary.Api.Tests.Console.Browser;

/// <summary>
/// Every page of a participant's own space in Chromium, reached by links from their home as a demo participant would
/// (docs/adr/0028): right to left in the pseudo-language at 200 % text on a 360 px phone, and on a slow mobile connection.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ParticipantPagesInBrowserTests(BrowserFixture fixture) : IAsyncLifetime
{
    private static readonly Guid Jean = DemoData.ParticipantId(2);

    public async Task InitializeAsync()
    {
        await fixture.ResetAsync();
        await DemoData.LoadAsync(fixture.Services.GetRequiredService<IDocumentStore>());
    }

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>
    /// The sign-in page, then each page of Jean's space reached by links from his home: <paramref name="check"/> runs on each.
    /// </summary>
    private void EveryPage(Browser browser, Action<string> check, List<string> findings)
    {
        browser.Go($"{MePage.Home}/sign-in");
        check($"{MePage.Home}/sign-in");
        browser.SignInParticipant(Jean, DemoData.Organisation);
        var queue = new Queue<string>([MePage.Home]);
        var kinds = new HashSet<string> { ParticipantPages.KindOf(MePage.Home) };
        var reached = 0;
        while (queue.TryDequeue(out var path))
        {
            browser.Go(path);
            if (browser.Status != 200)
            {
                findings.Add($"{path}: {browser.Status}");
                continue;
            }
            reached++;
            check(path);
            foreach (var href in browser.FindAll("a[href]").Select(a => new Uri(a.GetAttribute("href")!).PathAndQuery))
                if (ParticipantPages.IsPage(href) && kinds.Add(ParticipantPages.KindOf(href))) queue.Enqueue(href.Split('#')[0]);
        }
        reached.ShouldBeGreaterThanOrEqualTo(ParticipantPages.Fewest, string.Join(", ", kinds));
    }

    [Fact]
    public void Every_participant_page_works_right_to_left_at_200_percent_text_on_a_360_px_phone()
    {
        using var browser = new Browser(fixture.Address);
        browser.Go($"{MePage.Home}/sign-in?language={PseudoLocale.Name}");
        browser.Resize(EasyToRead.PhoneWidthPx);
        var findings = new List<string>();

        EveryPage(browser, path =>
        {
            if (browser.Root("dir") != "rtl") findings.Add($"{path}: dir is {browser.Root("dir")}, not rtl");
            foreach (var target in browser.SmallTargets(EasyToRead.MinTargetPx)) findings.Add($"{path}, 100 % text: smaller than {EasyToRead.MinTargetPx} px: {target}");
            browser.TextZoom(EasyToRead.TextZoomPercent);
            if (browser.Overflow > 0) findings.Add($"{path}: {browser.Overflow} px wider than the screen: {browser.WiderThanScreen()}");
            foreach (var violation in browser.Violations()) findings.Add($"{path}: {violation}");
            foreach (var target in browser.SmallTargets(EasyToRead.MinTargetPx)) findings.Add($"{path}, {EasyToRead.TextZoomPercent} % text: smaller than {EasyToRead.MinTargetPx} px: {target}");
        }, findings);

        findings.ShouldBeEmpty(string.Join(Environment.NewLine, findings));
    }

    [Fact]
    public void Every_participant_page_loads_whole_on_a_slow_mobile_connection_without_a_script_and_under_30_KB()
    {
        using var browser = new Browser(fixture.Address);
        browser.Go($"{MePage.Home}/sign-in?language=fr");
        // A slow 3G connection as Chromium's own profile has it: 400 ms of latency, 400 kbit/s down.
        browser.Throttle(TimeSpan.FromMilliseconds(400), downloadKbitPerSecond: 400, uploadKbitPerSecond: 400);
        var findings = new List<string>();

        EveryPage(browser, path =>
        {
            var (complete, scripts, transferred, encoded, decoded) = browser.Weight();
            if (!complete) findings.Add($"{path}: not loaded whole");
            if (scripts > 0) findings.Add($"{path}: fetches {scripts} script(s)");
            if (transferred > EasyToRead.MaxPageBytes)
                findings.Add($"{path}: {transferred} bytes on the wire ({encoded} compressed, {decoded} as read), more than {EasyToRead.MaxPageBytes}");
            if (encoded >= decoded) findings.Add($"{path}: not compressed ({encoded} bytes sent for {decoded})");
        }, findings);

        findings.ShouldBeEmpty(string.Join(Environment.NewLine, findings));
    }
}
